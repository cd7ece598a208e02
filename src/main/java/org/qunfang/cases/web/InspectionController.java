package org.qunfang.cases.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.qunfang.cases.CasesPermissions;
import org.qunfang.cases.inspection.ChecklistTemplates;
import org.qunfang.cases.inspection.InspectionCalendar;
import org.qunfang.cases.inspection.InspectionPhotos;
import org.qunfang.cases.inspection.InspectionQueries;
import org.qunfang.cases.inspection.Inspections;
import org.qunfang.cases.inspection.NewInspection;
import org.qunfang.cases.inspection.Upload;
import org.qunfang.cases.inspection.VillageNames;
import org.qunfang.cases.internal.CasesSettings;
import org.qunfang.identity.Caller;
import org.qunfang.organization.AdminUnit;
import org.qunfang.organization.registry.VillageScope;
import org.qunfang.platform.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Recording an inspection (choose the village and template, then answer every item with notes and
 * photos), the inspection record that prints as the paper form, and its photos.
 */
@Controller
class InspectionController {

	/** The inspection form: the place and day, who inspected, and an answer per item of the template. */
	record InspectionForm(@NotNull Long villageId, @NotNull Long templateId, @NotBlank @Size(max = 200) String placeName,
			Long groupId, @NotNull LocalDate inspectedOn, @NotBlank @Size(max = 200) String inspectors,
			@Size(max = 100) String responsible, LocalDate deadline, List<ItemForm> items) {

		NewInspection inspection() {
			List<NewInspection.Answer> answers = items == null ? List.of() : items.stream()
				.map(i -> new NewInspection.Answer(i.itemId(), i.passed(), i.note(), null, null, null)).toList();
			return new NewInspection(villageId, templateId, placeName, groupId, inspectedOn, inspectors, responsible,
					deadline, answers);
		}
	}

	/** One item's answer on the form. */
	record ItemForm(Long itemId, Boolean passed, String note) {
	}

	/** Photos of an item are sent as file inputs named by the item's id. */
	static final String PHOTOS = "photos-";

	private final Inspections inspections;
	private final InspectionQueries queries;
	private final InspectionPhotos photos;
	private final ChecklistTemplates templates;
	private final VillageScope villageScope;
	private final VillageNames villages;
	private final CasesSettings settings;
	private final MessageSource messages;
	private final InspectionCalendar calendar;

	InspectionController(Inspections inspections, InspectionQueries queries, InspectionPhotos photos,
			ChecklistTemplates templates, VillageScope villageScope, VillageNames villages,
			CasesSettings settings, MessageSource messages, InspectionCalendar calendar) {
		this.inspections = inspections;
		this.queries = queries;
		this.photos = photos;
		this.templates = templates;
		this.villageScope = villageScope;
		this.villages = villages;
		this.settings = settings;
		this.messages = messages;
		this.calendar = calendar;
	}

	@GetMapping("/inspections/new")
	String newForm(Caller caller, @RequestParam(required = false) Long village,
			@RequestParam(required = false) Long template, Model model, Locale locale) {
		caller.require(CasesPermissions.INSPECTION_RECORD);
		model.addAttribute("form", new InspectionForm(village, template, "", null, calendar.today(),
				caller.displayName(), "", null, List.of()));
		return form(caller, village, template, model, locale);
	}

	@PostMapping("/inspections")
	String create(Caller caller, @Valid @ModelAttribute("form") InspectionForm form, BindingResult errors,
			@RequestParam MultiValueMap<String, MultipartFile> files, Model model, Locale locale) {
		caller.require(CasesPermissions.INSPECTION_RECORD);
		if (form.villageId() != null) {
			villageScope.village(caller, form.villageId());
		}
		if (errors.hasErrors()) {
			model.addAttribute("error", messages.getMessage("error.inspection.form", null, locale));
			return form(caller, form.villageId(), form.templateId(), model, locale);
		}
		try {
			Map<Long, List<Upload>> itemPhotos = new LinkedHashMap<>();
			files.forEach((name, list) -> {
				if (name.startsWith(PHOTOS) && !Uploads.of(list).isEmpty()) {
					itemPhotos.put(itemId(name), Uploads.of(list));
				}
			});
			return "redirect:/inspections/" + inspections.record(caller, form.inspection(), itemPhotos);
		}
		catch (DomainException refused) {
			model.addAttribute("error", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
			return form(caller, form.villageId(), form.templateId(), model, locale);
		}
	}

	@GetMapping("/inspections/{id}")
	String detail(Caller caller, @PathVariable long id, Model model) {
		model.addAttribute("d", queries.get(caller, id));
		return "cases/inspection";
	}

	@GetMapping("/inspection-photos/{id}")
	ResponseEntity<byte[]> photo(Caller caller, @PathVariable long id) {
		return org.qunfang.platform.attachment.Attachments.serve(photos.load(caller, id), true);
	}

	/** The form: the choice of village and template first, then the template's items. */
	private String form(Caller caller, Long villageId, Long templateId, Model model, Locale locale) {
		model.addAttribute("villages", villages.of(caller.jurisdiction()).values());
		List<ChecklistTemplates.Template> active = templates.list(caller, false);
		model.addAttribute("templates", active);
		AdminUnit village = villageId == null ? null : villageScope.village(caller, villageId);
		model.addAttribute("village", village);
		if (village == null || templateId == null) {
			return "cases/inspection-start";
		}
		ChecklistTemplates.Template template = active.stream().filter(t -> t.id() == templateId).findFirst().orElse(null);
		if (template == null) {
			model.addAttribute("error", messages.getMessage("error.inspection.unknown-template", null, locale));
			return "cases/inspection-start";
		}
		model.addAttribute("template", template);
		model.addAttribute("groups", villageScope.groups(caller, villageId));
		model.addAttribute("days", settings.value(village.countyId(), CasesSettings.Setting.RECTIFICATION_DAYS));
		return "cases/inspection-new";
	}

	private static Long itemId(String name) {
		try {
			return Long.valueOf(name.substring(PHOTOS.length()));
		}
		catch (NumberFormatException unknown) {
			throw new DomainException("error.inspection.unknown-item", name);
		}
	}
}
