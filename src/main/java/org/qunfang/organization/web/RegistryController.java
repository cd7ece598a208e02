package org.qunfang.organization.web;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.qunfang.identity.Caller;
import org.qunfang.identity.IdentityPermissions;
import org.qunfang.organization.Education;
import org.qunfang.organization.Health;
import org.qunfang.organization.HouseholdCategory;
import org.qunfang.organization.OrganizationPermissions;
import org.qunfang.organization.Relation;
import org.qunfang.organization.bodies.PreventionOrganizations;
import org.qunfang.organization.registry.HouseholdRegister;
import org.qunfang.organization.registry.HouseholdRow;
import org.qunfang.organization.registry.NewHousehold;
import org.qunfang.organization.registry.NewResident;
import org.qunfang.organization.registry.RegisterQueries;
import org.qunfang.organization.registry.RegistryOverview;
import org.qunfang.organization.registry.VillageContacts;
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

/** The household register pages: villages, a village's households, a household, search. */
@Controller
class RegistryController {

	private static final int PAGE_SIZE = 50;

	private final RegistryOverview overview;
	private final RegisterQueries queries;
	private final HouseholdRegister register;
	private final VillageScope villages;
	private final VillageContacts contacts;
	private final PreventionOrganizations organizations;
	private final ExcelExporter excel;
	private final MessageSource messages;

	RegistryController(RegistryOverview overview, RegisterQueries queries, HouseholdRegister register,
			VillageScope villages, VillageContacts contacts, PreventionOrganizations organizations, ExcelExporter excel,
			MessageSource messages) {
		this.overview = overview;
		this.queries = queries;
		this.register = register;
		this.villages = villages;
		this.contacts = contacts;
		this.organizations = organizations;
		this.excel = excel;
		this.messages = messages;
	}

	@GetMapping("/registry")
	String villages(Caller caller, Model model) {
		model.addAttribute("villages", overview.villages(caller));
		return "organization/villages";
	}

	@GetMapping("/registry/villages/{id}")
	String village(Caller caller, @PathVariable long id, @RequestParam(required = false) Long group,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("village", villages.village(caller, id));
		model.addAttribute("groups", queries.groups(caller, id));
		model.addAttribute("households", queries.households(caller, id, group, q, page, PAGE_SIZE));
		model.addAttribute("organizations", organizations.list(caller, id, null));
		model.addAttribute("contacts", contacts.of(caller, id));
		model.addAttribute("group", group);
		model.addAttribute("q", q);
		model.addAttribute("canEdit", caller.has(OrganizationPermissions.REGISTRY_EDIT));
		model.addAttribute("canImport", caller.has(OrganizationPermissions.REGISTRY_IMPORT));
		model.addAttribute("canExportFull", caller.has(OrganizationPermissions.REGISTRY_IMPORT)
				&& caller.has(IdentityPermissions.PERSONAL_DATA_UNMASK));
		model.addAttribute("canAssign", caller.has(OrganizationPermissions.VILLAGE_ASSIGN));
		if (caller.has(OrganizationPermissions.VILLAGE_ASSIGN)) {
			model.addAttribute("leaderCandidates", contacts.leaderCandidates(caller, id));
			model.addAttribute("liaisonCandidates", contacts.liaisonCandidates(caller, id));
		}
		return "organization/village";
	}

	@GetMapping("/registry/villages/{id}/households.xlsx")
	ResponseEntity<StreamingResponseBody> exportHouseholds(Caller caller, @PathVariable long id,
			@RequestParam(required = false) Long group, @RequestParam(required = false) String q, Locale locale) {
		List<ExcelColumn<HouseholdRow>> columns = List.of(ExcelColumn.of("household.no", HouseholdRow::householdNo),
				ExcelColumn.of("household.group", HouseholdRow::groupName), ExcelColumn.of("household.head", HouseholdRow::headName),
				ExcelColumn.of("household.address", HouseholdRow::address),
				ExcelColumn.of("household.category", h -> messages.getMessage(h.category().messageKey(), null, locale)),
				ExcelColumn.of("household.residents", HouseholdRow::residents));
		return excel.download("households.register", columns,
				queries.allHouseholds(caller, id, group, q).stream(), locale);
	}

	@PostMapping("/registry/villages/{id}/contacts")
	String assign(Caller caller, @PathVariable long id, @RequestParam(required = false) Long leaderUserId,
			@RequestParam(required = false) Long liaisonUserId, Locale locale, RedirectAttributes redirect) {
		return Outcomes.run(messages, "redirect:/registry/villages/" + id, locale, redirect, "village.contacts.saved",
				() -> contacts.assign(caller, id, leaderUserId, liaisonUserId));
	}

	@PostMapping("/registry/villages/{id}/groups")
	String createGroup(Caller caller, @PathVariable long id, @RequestParam(defaultValue = "") String code,
			@RequestParam(defaultValue = "") String name, Locale locale, RedirectAttributes redirect) {
		return Outcomes.run(messages, "redirect:/registry/villages/" + id, locale, redirect, "group.created",
				() -> register.createGroup(caller, id, code, name));
	}

	@GetMapping("/registry/households/new")
	String newHousehold(Caller caller, @RequestParam long village, Model model) {
		caller.require(OrganizationPermissions.REGISTRY_EDIT);
		model.addAttribute("form", new NewHousehold(village, null, "", "", HouseholdCategory.ORDINARY));
		return householdForm(caller, village, model);
	}

	@PostMapping("/registry/households")
	String createHousehold(Caller caller, @Valid @ModelAttribute("form") NewHousehold form, BindingResult errors,
			Model model, Locale locale) {
		if (errors.hasErrors()) {
			return householdForm(caller, form.villageId(), model);
		}
		try {
			return "redirect:/registry/households/" + register.createHousehold(caller, form);
		}
		catch (DomainException refused) {
			model.addAttribute("error", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
			return householdForm(caller, form.villageId(), model);
		}
	}

	@GetMapping("/registry/households/{id}")
	String household(Caller caller, @PathVariable long id, Model model) {
		var detail = queries.household(caller, id);
		model.addAttribute("detail", detail);
		model.addAttribute("village", villages.village(caller, detail.household().villageId()));
		model.addAttribute("canEdit", caller.has(OrganizationPermissions.REGISTRY_EDIT));
		model.addAttribute("canReveal", caller.has(IdentityPermissions.PERSONAL_DATA_UNMASK));
		if (!model.containsAttribute("resident")) {
			model.addAttribute("resident", new NewResident("", "", "", null, null, null, false, ""));
		}
		choices(model);
		return "organization/household";
	}

	@PostMapping("/registry/households/{id}/residents")
	String addResident(Caller caller, @PathVariable long id, @Valid @ModelAttribute("resident") NewResident form,
			BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				register.addResident(caller, id, form);
				redirect.addFlashAttribute("notice", "resident.added");
				return "redirect:/registry/households/" + id;
			}
			catch (DomainException refused) {
				model.addAttribute("error", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
			}
		}
		return household(caller, id, model);
	}

	@PostMapping("/registry/residents/{id}/id-number")
	String revealIdNumber(Caller caller, @PathVariable long id, Model model) {
		model.addAttribute("value", queries.revealIdNumber(caller, id));
		return "organization/household :: revealed";
	}

	@PostMapping("/registry/residents/{id}/phone")
	String revealPhone(Caller caller, @PathVariable long id, Model model) {
		model.addAttribute("value", queries.revealPhone(caller, id));
		return "organization/household :: revealed";
	}

	@GetMapping("/registry/search")
	String search(Caller caller, @RequestParam(required = false) String q, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("residents", queries.search(caller, q, 200));
		return "organization/search";
	}

	private String householdForm(Caller caller, long villageId, Model model) {
		model.addAttribute("village", villages.village(caller, villageId));
		model.addAttribute("groups", queries.groups(caller, villageId));
		model.addAttribute("categories", HouseholdCategory.values());
		return "organization/household-new";
	}

	static void choices(Model model) {
		model.addAttribute("relations", Relation.values());
		model.addAttribute("educations", Education.values());
		model.addAttribute("healths", Health.values());
	}
}
