package org.qunfang.cases.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import org.qunfang.cases.CasesPermissions;
import org.qunfang.cases.register.CaseChannel;
import org.qunfang.cases.register.CaseDetail;
import org.qunfang.cases.register.CaseQueries;
import org.qunfang.cases.register.CaseRegister;
import org.qunfang.cases.register.CaseTypes;
import org.qunfang.cases.register.PartyRole;
import org.qunfang.cases.register.PossibleDuplicates;
import org.qunfang.identity.Caller;
import org.qunfang.organization.AdminUnit;
import org.qunfang.organization.OrganizationPermissions;
import org.qunfang.organization.OrganizationRef;
import org.qunfang.organization.OrganizationStatus;
import org.qunfang.organization.bodies.PreventionOrganizations;
import org.qunfang.organization.registry.RegisterQueries;
import org.qunfang.organization.registry.VillageScope;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.attachment.Attachments;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;

/** Registering a case, its page, and the handling forms on it. */
@Controller
class CaseController {

	private final CaseRegister cases;
	private final CaseQueries queries;
	private final CaseTypes types;
	private final VillageScope villages;
	private final PreventionOrganizations organizations;
	private final RegisterQueries register;
	private final MessageSource messages;
	private final Clock clock;
	private final ZoneId zone;

	CaseController(CaseRegister cases, CaseQueries queries, CaseTypes types, VillageScope villages,
			PreventionOrganizations organizations, RegisterQueries register, MessageSource messages, Clock clock, ZoneId zone) {
		this.cases = cases;
		this.queries = queries;
		this.types = types;
		this.villages = villages;
		this.organizations = organizations;
		this.register = register;
		this.messages = messages;
		this.clock = clock;
		this.zone = zone;
	}

	/**
	 * The registration form. Without a village, a person of one village gets theirs and anyone else
	 * picks one first.
	 */
	@GetMapping("/cases/new")
	String form(Caller caller, @RequestParam(required = false) Long village, @RequestParam(required = false) CaseChannel channel,
			@RequestParam(required = false) String sourceKind, @RequestParam(required = false) Long sourceId,
			@RequestParam(required = false) Long sourceSuggestion, Model model) {
		caller.require(CasesPermissions.CASE_REGISTER);
		List<AdminUnit> all = villages.all(caller);
		Long chosen = village != null ? village : all.size() == 1 ? all.getFirst().id() : null;
		if (chosen == null) {
			model.addAttribute("villages", all);
			return "cases/case-village";
		}
		if (sourceSuggestion != null) {
			sourceKind = "SUGGESTION";
			sourceId = sourceSuggestion;
			channel = CaseChannel.SUGGESTION_BOOK;
		}
		LocalDateTime now = LocalDateTime.now(clock.withZone(zone)).truncatedTo(ChronoUnit.MINUTES);
		model.addAttribute("form", CaseForm.blank(chosen, channel, sourceKind, sourceId, now));
		return form(caller, chosen, model);
	}

	@PostMapping("/cases")
	String create(Caller caller, @Valid @ModelAttribute("form") CaseForm form, BindingResult errors, Model model,
			Locale locale) {
		caller.require(CasesPermissions.CASE_REGISTER);
		if (errors.hasErrors()) {
			model.addAttribute("error", messages.getMessage("error.case.form", null, locale));
			return form(caller, form.villageId(), model);
		}
		try {
			return "redirect:/cases/" + cases.register(caller, form.toNewCase(zone));
		}
		catch (PossibleDuplicates similar) {
			model.addAttribute("duplicates", similar.candidates());
			return form(caller, form.villageId(), model);
		}
		catch (DomainException refused) {
			model.addAttribute("error", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
			return form(caller, form.villageId(), model);
		}
	}

	private String form(Caller caller, long villageId, Model model) {
		AdminUnit village = villages.village(caller, villageId);
		model.addAttribute("village", village);
		model.addAttribute("groups", villages.groups(caller, villageId));
		model.addAttribute("types", types.active(village.countyId()));
		model.addAttribute("channels", CaseChannel.values());
		model.addAttribute("roles", PartyRole.values());
		model.addAttribute("canLinkResidents", caller.has(OrganizationPermissions.REGISTRY_VIEW));
		return "cases/case-new";
	}

	/** Residents of the village whose name matches, as options for linking a party (htmx fragment). */
	@GetMapping("/cases/resident-options")
	String residentOptions(Caller caller, @RequestParam long village,
			@RequestParam(name = "partyName", defaultValue = "") String q,
			Model model) {
		caller.require(CasesPermissions.CASE_REGISTER);
		model.addAttribute("residents", q.isBlank() ? List.of() : register.residentsOf(caller, village, q, 20));
		return "cases/case-new :: residentOptions";
	}

	@GetMapping("/cases/{id}")
	String detail(Caller caller, @PathVariable long id, Model model, Locale locale) {
		CaseDetail detail = queries.detail(caller, id);
		AdminUnit village = villages.village(caller, detail.row().villageId());
		model.addAttribute("detail", detail);
		model.addAttribute("village", village);
		model.addAttribute("typeNames", types.all(village.countyId()).stream()
			.collect(java.util.stream.Collectors.toMap(CaseTypes.CaseType::code, t -> t.name(locale))));
		model.addAttribute("groups", villages.groups(caller, village.id()));
		model.addAttribute("canHandle", caller.has(CasesPermissions.CASE_HANDLE) && !detail.row().status().ended());
		model.addAttribute("canAddPhoto", caller.has(CasesPermissions.CASE_REGISTER) || caller.has(CasesPermissions.CASE_HANDLE));
		model.addAttribute("transferTargets", caller.has(CasesPermissions.CASE_HANDLE) && caller.has(OrganizationPermissions.REGISTRY_VIEW)
				? organizations.list(caller, village.id(), null).stream()
					.filter(o -> o.status() != OrganizationStatus.DISSOLVED && o.id() != detail.ownerOrgId()).toList()
				: List.<OrganizationRef>of());
		return "cases/case";
	}

	@PostMapping("/cases/{id}/steps")
	String step(Caller caller, @PathVariable long id, @RequestParam(defaultValue = "") String note, Locale locale,
			RedirectAttributes redirect) {
		return Outcomes.run(messages, back(id), locale, redirect, "case.step.added", () -> cases.handle(caller, id, note));
	}

	@PostMapping("/cases/{id}/transfer")
	String transfer(Caller caller, @PathVariable long id, @RequestParam(required = false) Long toOrgId,
			@RequestParam(defaultValue = "") String reason, Locale locale, RedirectAttributes redirect) {
		return Outcomes.run(messages, back(id), locale, redirect, "case.transferred", () -> {
			if (toOrgId == null) {
				throw new DomainException("error.case.transfer-target");
			}
			cases.transfer(caller, id, toOrgId, reason);
		});
	}

	@PostMapping("/cases/{id}/resolve")
	String resolve(Caller caller, @PathVariable long id, @RequestParam(defaultValue = "") String outcome, Locale locale,
			RedirectAttributes redirect) {
		return Outcomes.run(messages, back(id), locale, redirect, "case.resolved", () -> cases.resolve(caller, id, outcome));
	}

	@PostMapping("/cases/{id}/refer")
	String refer(Caller caller, @PathVariable long id, @RequestParam(defaultValue = "") String referredTo,
			@RequestParam(defaultValue = "") String reason, Locale locale, RedirectAttributes redirect) {
		return Outcomes.run(messages, back(id), locale, redirect, "case.referred",
				() -> cases.refer(caller, id, referredTo, reason));
	}

	@PostMapping("/cases/{id}/close")
	String close(Caller caller, @PathVariable long id, @RequestParam(defaultValue = "") String reason, Locale locale,
			RedirectAttributes redirect) {
		return Outcomes.run(messages, back(id), locale, redirect, "case.closed",
				() -> cases.closeUnresolved(caller, id, reason));
	}

	@PostMapping("/cases/{id}/photos")
	String photo(Caller caller, @PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			Locale locale, RedirectAttributes redirect) throws IOException {
		byte[] content = file == null ? new byte[0] : file.getBytes();
		String name = file == null ? null : file.getOriginalFilename();
		return Outcomes.run(messages, back(id), locale, redirect, "case.photo.added",
				() -> cases.addPhoto(caller, id, name, content));
	}

	@GetMapping("/cases/{id}/photos/{photoId}")
	ResponseEntity<byte[]> photo(Caller caller, @PathVariable long id, @PathVariable long photoId) {
		return Attachments.serve(cases.photo(caller, id, photoId), true);
	}

	private static String back(long id) {
		return "redirect:/cases/" + id;
	}
}
