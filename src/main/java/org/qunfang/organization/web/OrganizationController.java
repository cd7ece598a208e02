package org.qunfang.organization.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.qunfang.identity.Caller;
import org.qunfang.organization.OrganizationPermissions;
import org.qunfang.organization.OrganizationRef;
import org.qunfang.organization.OrganizationStatus;
import org.qunfang.organization.OrganizationType;
import org.qunfang.organization.Remuneration;
import org.qunfang.organization.bodies.Appointments;
import org.qunfang.organization.bodies.JointDefense;
import org.qunfang.organization.bodies.MemberView;
import org.qunfang.organization.bodies.NewAppointment;
import org.qunfang.organization.bodies.NewOrganization;
import org.qunfang.organization.bodies.Posts;
import org.qunfang.organization.bodies.PreventionOrganizations;
import org.qunfang.organization.bodies.SecurityContracts;
import org.qunfang.organization.registry.RegisterQueries;
import org.qunfang.organization.registry.VillageScope;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.excel.ExcelColumn;
import org.qunfang.platform.excel.ExcelExporter;
import org.qunfang.platform.web.Outcomes;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Prevention organizations: list, set up, status, members and their appointments, the printable roster. */
@Controller
class OrganizationController {

	private final PreventionOrganizations organizations;
	private final Appointments appointments;
	private final Posts posts;
	private final JointDefense jointDefense;
	private final SecurityContracts contracts;
	private final RegisterQueries queries;
	private final org.qunfang.organization.registry.RegistryOverview overview;
	private final VillageScope villages;
	private final ExcelExporter excel;
	private final MessageSource messages;
	private final Clock clock;
	private final ZoneId zone;

	OrganizationController(PreventionOrganizations organizations, Appointments appointments, Posts posts,
			JointDefense jointDefense, SecurityContracts contracts, RegisterQueries queries,
			org.qunfang.organization.registry.RegistryOverview overview, VillageScope villages,
			ExcelExporter excel, MessageSource messages, Clock clock, ZoneId displayZone) {
		this.organizations = organizations;
		this.appointments = appointments;
		this.posts = posts;
		this.jointDefense = jointDefense;
		this.contracts = contracts;
		this.queries = queries;
		this.overview = overview;
		this.villages = villages;
		this.excel = excel;
		this.messages = messages;
		this.clock = clock;
		this.zone = displayZone;
	}

	@GetMapping("/organizations")
	String list(Caller caller, @RequestParam(required = false) Long village,
			@RequestParam(required = false) OrganizationType type, Model model) {
		model.addAttribute("organizations", organizations.list(caller, village, type));
		model.addAttribute("types", OrganizationType.values());
		model.addAttribute("type", type);
		model.addAttribute("villageId", village);
		return "organization/organizations";
	}

	@GetMapping("/organizations.xlsx")
	ResponseEntity<StreamingResponseBody> export(Caller caller, @RequestParam(required = false) Long village,
			@RequestParam(required = false) OrganizationType type, Locale locale) {
		List<ExcelColumn<OrganizationRef>> columns = List.of(ExcelColumn.of("org.name", OrganizationRef::name),
				ExcelColumn.of("org.type", o -> messages.getMessage(o.type().messageKey(), null, locale)),
				ExcelColumn.of("org.village", o -> villages.village(caller, o.villageId()).name(locale)),
				ExcelColumn.of("org.status", o -> messages.getMessage(o.status().messageKey(), null, locale)));
		return excel.download("organizations.register", columns, organizations.list(caller, village, type).stream(), locale);
	}

	@GetMapping("/organizations/new")
	String newForm(Caller caller, @RequestParam long village, Model model) {
		caller.require(OrganizationPermissions.ORG_MANAGE);
		model.addAttribute("form", new NewOrganization(village, null, "", LocalDate.now(clock.withZone(zone)), List.of()));
		return form(caller, village, model);
	}

	@PostMapping("/organizations")
	String create(Caller caller, @Valid @ModelAttribute("form") NewOrganization form, BindingResult errors, Model model,
			Locale locale) {
		if (errors.hasErrors()) {
			return form(caller, form.villageId(), model);
		}
		try {
			return "redirect:/organizations/" + organizations.create(caller, form);
		}
		catch (DomainException refused) {
			model.addAttribute("error", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
			return form(caller, form.villageId(), model);
		}
	}

	@GetMapping("/organizations/{id}")
	String detail(Caller caller, @PathVariable long id, Model model, Locale locale) {
		OrganizationRef org = organizations.get(caller, id);
		model.addAttribute("org", org);
		model.addAttribute("village", villages.village(caller, org.villageId()));
		model.addAttribute("members", appointments.members(caller, id, true));
		model.addAttribute("history", organizations.history(caller, id));
		model.addAttribute("posts", posts.all(org.countyId()));
		model.addAttribute("postNames", postNames(org.countyId(), locale));
		model.addAttribute("residents", queries.residentsOf(caller, org.villageId(), null, 1000));
		model.addAttribute("statuses", OrganizationStatus.values());
		model.addAttribute("remunerations", Remuneration.values());
		model.addAttribute("today", LocalDate.now(clock.withZone(zone)));
		model.addAttribute("canManage", caller.has(OrganizationPermissions.ORG_MANAGE));
		model.addAttribute("canAppoint", caller.has(OrganizationPermissions.MEMBER_APPOINT));
		model.addAttribute("canOverride", caller.has(OrganizationPermissions.CHECKS_OVERRIDE));
		if (org.type() == OrganizationType.TEN_HOUSEHOLD) {
			model.addAttribute("jointMembers", jointDefense.members(caller, id));
			model.addAttribute("swaps", jointDefense.swaps(caller, id));
			model.addAttribute("onDuty", jointDefense.onDuty(caller, id, LocalDate.now(clock.withZone(zone))).orElse(null));
		}
		if (org.type() == OrganizationType.SECURITY_CONTRACT) {
			model.addAttribute("contracts", contracts.list(caller, id));
			model.addAttribute("canContract", caller.has(OrganizationPermissions.CONTRACT_MANAGE));
		}
		return "organization/organization";
	}

	@GetMapping("/organizations/{id}/roster")
	String roster(Caller caller, @PathVariable long id, Model model, Locale locale) {
		OrganizationRef org = organizations.get(caller, id);
		model.addAttribute("org", org);
		model.addAttribute("village", villages.village(caller, org.villageId()));
		model.addAttribute("members", appointments.members(caller, id, false));
		model.addAttribute("postNames", postNames(org.countyId(), locale));
		model.addAttribute("today", LocalDate.now(clock.withZone(zone)));
		return "organization/roster";
	}

	@GetMapping("/organizations/{id}/members.xlsx")
	ResponseEntity<StreamingResponseBody> exportMembers(Caller caller, @PathVariable long id, Locale locale) {
		List<ExcelColumn<MemberView>> columns = List.of(ExcelColumn.of("member.name", MemberView::name),
				ExcelColumn.of("member.gender", m -> messages.getMessage("gender." + m.gender(), null, locale)),
				ExcelColumn.of("member.age", MemberView::age), ExcelColumn.of("member.post", MemberView::postCode),
				ExcelColumn.of("member.remuneration", m -> messages.getMessage(m.remuneration().messageKey(), null, locale)),
				ExcelColumn.of("member.start", MemberView::startDate), ExcelColumn.of("member.end", MemberView::endDate),
				ExcelColumn.of("member.failed-checks", MemberView::failedChecks),
				ExcelColumn.of("member.override", MemberView::overrideReason));
		return excel.download("members.register", columns, appointments.members(caller, id, true).stream(), locale);
	}

	@PostMapping("/organizations/{id}/status")
	String status(Caller caller, @PathVariable long id, @RequestParam OrganizationStatus status,
			@RequestParam(defaultValue = "") String reason, Locale locale, RedirectAttributes redirect) {
		return act(id, locale, redirect, "org.status.saved", () -> organizations.changeStatus(caller, id, status, reason));
	}

	@PostMapping("/organizations/{id}/members")
	String appoint(Caller caller, @PathVariable long id, @Valid NewAppointment form, BindingResult errors,
			@RequestParam(defaultValue = "false") boolean override, Locale locale, RedirectAttributes redirect) {
		organizations.get(caller, id);
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("error", messages.getMessage("error.validation", null, locale));
			return "redirect:/organizations/" + id;
		}
		return act(id, locale, redirect, "member.appointed", () -> {
			if (override) {
				appointments.appointOverridingChecks(caller, id, form, locale);
			}
			else {
				appointments.appoint(caller, id, form, locale);
			}
		});
	}

	@PostMapping("/organizations/{id}/members/{appointment}/end")
	String end(Caller caller, @PathVariable long id, @PathVariable long appointment,
			@RequestParam(required = false) LocalDate endDate, @RequestParam(defaultValue = "") String reason, Locale locale,
			RedirectAttributes redirect) {
		return act(id, locale, redirect, "member.ended", () -> appointments.end(caller, appointment, endDate, reason));
	}

	private java.util.Map<String, String> postNames(long countyId, Locale locale) {
		return posts.all(countyId).stream()
			.collect(java.util.stream.Collectors.toMap(p -> p.code(), p -> p.name(locale)));
	}

	private String form(Caller caller, long villageId, Model model) {
		model.addAttribute("village", villages.village(caller, villageId));
		model.addAttribute("neighbors", overview.villages(caller).stream().filter(v -> v.villageId() != villageId).toList());
		model.addAttribute("types", OrganizationType.values());
		return "organization/organization-new";
	}

	/** Runs an action and comes back to the organization with its outcome. */
	private String act(long orgId, Locale locale, RedirectAttributes redirect, String notice, Runnable action) {
		return Outcomes.run(messages, "redirect:/organizations/" + orgId, locale, redirect, notice, action);
	}
}
