package org.qunfang.cases.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.qunfang.cases.CasesPermissions;
import org.qunfang.cases.inspection.ChecklistKind;
import org.qunfang.cases.inspection.ChecklistTemplates;
import org.qunfang.identity.Caller;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.web.Outcomes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 检查表模板 — the county's checklist templates: list, add, edit the items, retire. Items are typed one per line. */
@Controller
class ChecklistController {

	private final ChecklistTemplates templates;
	private final MessageSource messages;

	ChecklistController(ChecklistTemplates templates, MessageSource messages) {
		this.templates = templates;
		this.messages = messages;
	}

	@GetMapping("/checklists")
	String list(Caller caller, @RequestParam(defaultValue = "false") boolean retired, Model model) {
		model.addAttribute("templates", templates.list(caller, retired));
		model.addAttribute("retired", retired);
		model.addAttribute("canEdit", caller.has(CasesPermissions.CHECKLIST_EDIT));
		return "cases/checklists";
	}

	@GetMapping("/checklists/new")
	String newForm(Caller caller, Model model) {
		caller.require(CasesPermissions.CHECKLIST_EDIT);
		return form(model, null, "", "");
	}

	@PostMapping("/checklists")
	String create(Caller caller, @RequestParam(required = false) ChecklistKind kind,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String items, Model model,
			Locale locale, RedirectAttributes redirect) {
		caller.require(CasesPermissions.CHECKLIST_EDIT);
		try {
			long id = templates.create(caller, kind, name, lines(items));
			redirect.addFlashAttribute("notice", "checklist.created");
			return "redirect:/checklists/" + id;
		}
		catch (DomainException refused) {
			model.addAttribute("error", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
			return form(model, kind, name, items);
		}
	}

	@GetMapping("/checklists/{id}")
	String detail(Caller caller, @PathVariable long id, Model model) {
		ChecklistTemplates.Template template = templates.get(caller, id);
		model.addAttribute("t", template);
		model.addAttribute("itemsText", String.join("\n", template.items().stream().map(i -> i.wording()).toList()));
		model.addAttribute("canEdit", caller.has(CasesPermissions.CHECKLIST_EDIT) && !template.retired());
		return "cases/checklist";
	}

	@PostMapping("/checklists/{id}")
	String update(Caller caller, @PathVariable long id, @RequestParam(defaultValue = "0") int revision,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String items, Locale locale,
			RedirectAttributes redirect) {
		return Outcomes.run(messages, "redirect:/checklists/" + id, locale, redirect, "checklist.saved",
				() -> templates.update(caller, id, revision, name, lines(items)));
	}

	@PostMapping("/checklists/{id}/retire")
	String retire(Caller caller, @PathVariable long id, Locale locale, RedirectAttributes redirect) {
		return Outcomes.run(messages, "redirect:/checklists/" + id, locale, redirect, "checklist.retired",
				() -> templates.retire(caller, id));
	}

	private static String form(Model model, ChecklistKind kind, String name, String items) {
		model.addAttribute("kinds", ChecklistKind.values());
		model.addAttribute("kind", kind);
		model.addAttribute("name", name);
		model.addAttribute("items", items);
		return "cases/checklist-new";
	}

	/** The items typed one per line; blank lines are skipped. */
	private static List<String> lines(String text) {
		return Arrays.stream(text.split("\\R")).filter(l -> !l.isBlank()).toList();
	}
}
