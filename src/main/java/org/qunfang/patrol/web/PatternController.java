package org.qunfang.patrol.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.qunfang.identity.Caller;
import org.qunfang.organization.OrganizationPermissions;
import org.qunfang.organization.OrganizationRef;
import org.qunfang.organization.OrganizationStatus;
import org.qunfang.organization.bodies.PreventionOrganizations;
import org.qunfang.patrol.PatrolPermissions;
import org.qunfang.patrol.patterns.ShiftKind;
import org.qunfang.patrol.patterns.ShiftPattern;
import org.qunfang.patrol.patterns.ShiftPatterns;
import org.qunfang.patrol.zones.PatrolZones;
import org.qunfang.platform.web.Outcomes;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 班次 — the shift patterns of the organizations in the caller's jurisdiction: add, change, retire and
 * take up again.
 */
@Controller
class PatternController {

	/** The fields of the pattern form, new or changed (the organization is chosen only for a new one). */
	record PatternForm(String name, ShiftKind kind, @DateTimeFormat(pattern = "HH:mm") LocalTime summerStart,
			@DateTimeFormat(pattern = "HH:mm") LocalTime summerEnd, @DateTimeFormat(pattern = "HH:mm") LocalTime winterStart,
			@DateTimeFormat(pattern = "HH:mm") LocalTime winterEnd, List<DayOfWeek> weekdays, Integer minStaff,
			Boolean leaderRequired, List<Long> zoneIds) {

		ShiftPatterns.NewPattern pattern(long orgId, Long partnerOrgId) {
			return new ShiftPatterns.NewPattern(orgId, partnerOrgId, name, kind, summerStart, summerEnd, winterStart,
					winterEnd, weekdays == null ? Set.of() : Set.copyOf(weekdays), minStaff == null ? 1 : minStaff,
					Boolean.TRUE.equals(leaderRequired), zoneIds);
		}
	}

	/** An organization on the page, with its patterns. */
	record Owner(long orgId, String name) {
	}

	/** What the form of a new pattern starts with: evening hours, two people with a leader, every day. */
	private static final ShiftPattern BLANK = new ShiftPattern(0, 0, 0, "", 0, null, "", ShiftKind.DAY_DUTY,
			LocalTime.of(21, 0), LocalTime.of(1, 0), LocalTime.of(19, 0), LocalTime.of(23, 0), EnumSet.allOf(DayOfWeek.class),
			2, true, List.of(), true);

	private final ShiftPatterns patterns;
	private final MessageSource messages;
	private final PreventionOrganizations organizations;
	private final PatrolZones zones;

	PatternController(ShiftPatterns patterns, MessageSource messages, PreventionOrganizations organizations,
			PatrolZones zones) {
		this.patterns = patterns;
		this.messages = messages;
		this.organizations = organizations;
		this.zones = zones;
	}

	@GetMapping("/patrol/patterns")
	String list(Caller caller, Model model, Locale locale) {
		List<ShiftPattern> all = patterns.inJurisdiction(caller);
		Map<Long, String> names = organizations.names(caller.jurisdiction().countyId(),
				all.stream().map(ShiftPattern::orgId).distinct().toList());
		Map<Owner, List<ShiftPattern>> byOrg = all.stream()
			.sorted(Comparator.comparing((ShiftPattern p) -> names.getOrDefault(p.orgId(), "")).thenComparing(p -> !p.active()))
			.collect(Collectors.groupingBy(p -> new Owner(p.orgId(), names.getOrDefault(p.orgId(), "")), LinkedHashMap::new,
					Collectors.toList()));
		model.addAttribute("organizations", byOrg);
		Map<Long, String> days = new LinkedHashMap<>();
		all.forEach(p -> days.put(p.id(), Arrays.stream(DayOfWeek.values()).filter(p.weekdays()::contains)
			.map(d -> messages.getMessage("patrol.pattern.day." + d.getValue(), null, locale))
			.collect(Collectors.joining(" "))));
		model.addAttribute("days", days);
		boolean canPlan = canPlan(caller);
		model.addAttribute("canPlan", canPlan);
		if (canPlan) {
			List<OrganizationRef> orgs = organizations.list(caller, null, null).stream()
				.filter(o -> o.status() != OrganizationStatus.DISSOLVED).toList();
			model.addAttribute("allOrganizations", orgs);
			formChoices(caller, model, BLANK, orgs.stream().map(OrganizationRef::villageId).distinct().toList());
		}
		return "patrol/patterns";
	}

	@PostMapping("/patrol/patterns")
	String create(Caller caller, @RequestParam long orgId, PatternForm form, Locale locale, RedirectAttributes redirect) {
		return Outcomes.run(messages, "redirect:/patrol/patterns", locale, redirect, "patrol.pattern.created",
				() -> patterns.create(caller, form.pattern(orgId, null)));
	}

	@GetMapping("/patrol/patterns/{id}")
	String edit(Caller caller, @PathVariable long id, Model model) {
		caller.require(PatrolPermissions.SCHEDULE_PLAN);
		ShiftPattern pattern = patterns.get(caller, id);
		Map<Long, String> names = organizations.names(pattern.countyId(), pattern.partnerOrgId() == null
				? List.of(pattern.orgId()) : List.of(pattern.orgId(), pattern.partnerOrgId()));
		model.addAttribute("orgName", names.getOrDefault(pattern.orgId(), ""));
		model.addAttribute("partnerName", pattern.partnerOrgId() == null ? null : names.get(pattern.partnerOrgId()));
		boolean changeable = patterns.changeableBy(caller, pattern);
		model.addAttribute("changeable", changeable);
		List<Long> villages = !changeable || pattern.partnerOrgId() == null ? List.of(pattern.villageId())
				: List.of(pattern.villageId(), organizations.villageOf(pattern.countyId(), pattern.partnerOrgId())
					.orElse(pattern.villageId()));
		formChoices(caller, model, pattern, villages.stream().distinct().toList());
		return "patrol/pattern";
	}

	@PostMapping("/patrol/patterns/{id}")
	String update(Caller caller, @PathVariable long id, PatternForm form, Locale locale, RedirectAttributes redirect) {
		ShiftPattern pattern = patterns.get(caller, id);
		return Outcomes.run(messages, "redirect:/patrol/patterns/" + id, locale, redirect, "patrol.pattern.saved",
				() -> patterns.update(caller, id, form.pattern(pattern.orgId(), pattern.partnerOrgId())));
	}

	@PostMapping("/patrol/patterns/{id}/retire")
	String retire(Caller caller, @PathVariable long id, Locale locale, RedirectAttributes redirect) {
		return Outcomes.run(messages, "redirect:/patrol/patterns", locale, redirect, "patrol.pattern.retired",
				() -> patterns.retire(caller, id));
	}

	@PostMapping("/patrol/patterns/{id}/reactivate")
	String reactivate(Caller caller, @PathVariable long id, Locale locale, RedirectAttributes redirect) {
		return Outcomes.run(messages, "redirect:/patrol/patterns", locale, redirect, "patrol.pattern.reactivated",
				() -> patterns.reactivate(caller, id));
	}

	private static boolean canPlan(Caller caller) {
		return caller.has(PatrolPermissions.SCHEDULE_PLAN) && caller.has(OrganizationPermissions.REGISTRY_VIEW);
	}

	/** What the pattern form offers: kinds, weekdays and the zones of the villages, {@code p} filled in. */
	private void formChoices(Caller caller, Model model, ShiftPattern p, List<Long> villageIds) {
		model.addAttribute("p", p);
		model.addAttribute("kinds", ShiftKind.values());
		model.addAttribute("weekdays", DayOfWeek.values());
		Map<Long, String> zoneNames = new LinkedHashMap<>();
		villageIds.forEach(v -> zones.zonesOf(caller, v).forEach(z -> zoneNames.put(z.id(), z.name())));
		model.addAttribute("zones", zoneNames);
	}
}
