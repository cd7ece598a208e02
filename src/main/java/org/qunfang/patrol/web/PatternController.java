package org.qunfang.patrol.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

import org.qunfang.identity.Caller;
import org.qunfang.organization.OrganizationPermissions;
import org.qunfang.organization.OrganizationRef;
import org.qunfang.organization.OrganizationStatus;
import org.qunfang.organization.bodies.PreventionOrganizations;
import org.qunfang.patrol.PatrolPermissions;
import org.qunfang.patrol.patterns.ShiftKind;
import org.qunfang.patrol.zones.PatrolZones;
import org.qunfang.platform.web.Outcomes;
import org.qunfang.patrol.patterns.ShiftPattern;
import org.qunfang.patrol.patterns.ShiftPatterns;
import org.qunfang.patrol.schedule.Schedules;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 班次 — the shift patterns of the organizations in the caller's jurisdiction. */
@Controller
class PatternController {

	private final Schedules schedules;
	private final ShiftPatterns patterns;
	private final org.springframework.context.MessageSource messages;
	private final PreventionOrganizations organizations;
	private final PatrolZones zones;

	PatternController(Schedules schedules, ShiftPatterns patterns, org.springframework.context.MessageSource messages,
			PreventionOrganizations organizations, PatrolZones zones) {
		this.schedules = schedules;
		this.patterns = patterns;
		this.messages = messages;
		this.organizations = organizations;
		this.zones = zones;
	}

	@GetMapping("/patrol/patterns")
	String list(Caller caller, Model model, java.util.Locale locale) {
		Map<Schedules.Plannable, List<ShiftPattern>> byOrg = new LinkedHashMap<>();
		for (Schedules.Plannable org : schedules.plannable(caller)) {
			byOrg.put(org, patterns.ofOrganization(caller.jurisdiction().countyId(), org.orgId()));
		}
		model.addAttribute("organizations", byOrg);
		Map<Long, String> days = new LinkedHashMap<>();
		byOrg.values().forEach(list -> list.forEach(p -> days.put(p.id(), java.util.Arrays.stream(java.time.DayOfWeek.values())
			.filter(p.weekdays()::contains).map(d -> messages.getMessage("patrol.pattern.day." + d.getValue(), null, locale))
			.collect(java.util.stream.Collectors.joining(" ")))));
		model.addAttribute("days", days);
		boolean canPlan = caller.has(PatrolPermissions.SCHEDULE_PLAN) && caller.has(OrganizationPermissions.REGISTRY_VIEW);
		model.addAttribute("canPlan", canPlan);
		if (canPlan) {
			List<OrganizationRef> orgs = organizations.list(caller, null, null).stream()
				.filter(o -> o.status() != OrganizationStatus.DISSOLVED).toList();
			model.addAttribute("allOrganizations", orgs);
			model.addAttribute("kinds", ShiftKind.values());
			model.addAttribute("weekdays", DayOfWeek.values());
			Map<Long, String> zoneNames = new LinkedHashMap<>();
			orgs.stream().map(OrganizationRef::villageId).distinct()
				.forEach(v -> zones.zonesOf(caller, v).forEach(z -> zoneNames.put(z.id(), z.name())));
			model.addAttribute("zones", zoneNames);
		}
		return "patrol/patterns";
	}

	@PostMapping("/patrol/patterns")
	String create(Caller caller, @RequestParam long orgId, @RequestParam(defaultValue = "") String name,
			@RequestParam(required = false) ShiftKind kind, @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime summerStart,
			@RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime summerEnd, @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime winterStart,
			@RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime winterEnd,
			@RequestParam(name = "weekdays", required = false) List<DayOfWeek> weekdays,
			@RequestParam(defaultValue = "1") int minStaff, @RequestParam(defaultValue = "false") boolean leaderRequired,
			@RequestParam(name = "zoneIds", required = false) List<Long> zoneIds, java.util.Locale locale,
			RedirectAttributes redirect) {
		return Outcomes.run(messages, "redirect:/patrol/patterns", locale, redirect, "patrol.pattern.created",
				() -> patterns.create(caller, new ShiftPatterns.NewPattern(orgId, null, name, kind, summerStart, summerEnd,
						winterStart, winterEnd, weekdays == null ? Set.of() : Set.copyOf(weekdays), minStaff, leaderRequired,
						zoneIds == null ? List.of() : zoneIds)));
	}
}
