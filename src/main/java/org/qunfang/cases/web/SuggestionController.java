package org.qunfang.cases.web;

import java.util.List;
import java.util.Locale;

import org.qunfang.cases.CasesPermissions;
import org.qunfang.cases.suggestion.SuggestionFilter;
import org.qunfang.cases.suggestion.SuggestionHandling;
import org.qunfang.cases.suggestion.SuggestionKind;
import org.qunfang.cases.suggestion.SuggestionRegister;
import org.qunfang.cases.suggestion.SuggestionStatus;
import org.qunfang.cases.suggestion.SuggestionView;
import org.qunfang.identity.Caller;
import org.qunfang.identity.PersonalData;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.excel.ExcelColumn;
import org.qunfang.platform.excel.ExcelExporter;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 群众意见簿台账 — the staff side of the suggestion book: the register (filter, Excel, A4 print, counts by
 * month), one suggestion with its history, and the reply, resolve and close forms.
 */
@Controller
class SuggestionController {

	/** The register's filter as the page's query string carries it; absent checkboxes are false. */
	record Filter(Long village, SuggestionKind kind, SuggestionStatus status, Boolean awaiting, Boolean overdue) {

		SuggestionFilter filter() {
			return new SuggestionFilter(village, kind, status, Boolean.TRUE.equals(awaiting), Boolean.TRUE.equals(overdue));
		}
	}

	private final SuggestionRegister register;
	private final SuggestionHandling handling;
	private final PersonalData personalData;
	private final ExcelExporter excel;
	private final MessageSource messages;

	SuggestionController(SuggestionRegister register, SuggestionHandling handling, PersonalData personalData,
			ExcelExporter excel, MessageSource messages) {
		this.register = register;
		this.handling = handling;
		this.personalData = personalData;
		this.excel = excel;
		this.messages = messages;
	}

	@GetMapping("/suggestions")
	String list(Caller caller, Filter filter, Model model, Locale locale) {
		List<SuggestionView> rows = register.list(caller, filter.filter(), locale);
		model.addAttribute("filter", filter);
		model.addAttribute("rows", rows);
		model.addAttribute("limited", rows.size() >= SuggestionRegister.LIMIT);
		model.addAttribute("months", register.byMonth(caller, filter.village()));
		model.addAttribute("villages", register.villages(caller));
		model.addAttribute("villageName",
				filter.village() == null ? null : register.village(caller, filter.village()).name(locale));
		model.addAttribute("kinds", SuggestionKind.values());
		model.addAttribute("statuses", SuggestionStatus.values());
		return "cases/suggestions";
	}

	/** How many suggestions await a reply (or are overdue) in the caller's jurisdiction, for the home page. */
	@GetMapping(value = "/suggestions/count", produces = "text/html;charset=UTF-8")
	@org.springframework.web.bind.annotation.ResponseBody
	String count(Caller caller, @RequestParam(defaultValue = "false") boolean overdue) {
		return org.qunfang.platform.web.HomeCard.figureFragment(overdue ? "suggestions-overdue" : "suggestions-awaiting",
				register.count(caller, new SuggestionFilter(null, null, null, !overdue, overdue)));
	}

	@GetMapping("/suggestions.xlsx")
	ResponseEntity<StreamingResponseBody> export(Caller caller, Filter filter, Locale locale) {
		List<SuggestionView> rows = register.list(caller, filter.filter(), locale);
		List<ExcelColumn<SuggestionView>> columns = List.of(
				ExcelColumn.of("suggestion.submitted-at", SuggestionView::submittedAt),
				ExcelColumn.of("suggestion.village", SuggestionView::villageName),
				ExcelColumn.of("suggestion.kind", v -> text(v.kind().messageKey(), locale)),
				ExcelColumn.of("suggestion.content", SuggestionView::content),
				ExcelColumn.of("suggestion.submitter", v -> v.anonymous() ? text("suggestion.anonymous", locale)
						: v.submitterMasked() + (v.phoneMasked() == null ? "" : " " + v.phoneMasked())),
				ExcelColumn.of("suggestion.owner", v -> v.ownerName() == null ? text("suggestion.no-owner", locale) : v.ownerName()),
				ExcelColumn.of("suggestion.status", v -> text(v.status().messageKey(), locale)),
				ExcelColumn.of("suggestion.due-at", SuggestionView::dueAt),
				ExcelColumn.of("suggestion.escalations", SuggestionView::escalations),
				ExcelColumn.of("suggestion.reply", SuggestionView::reply),
				ExcelColumn.of("suggestion.replied-at", SuggestionView::repliedAt),
				ExcelColumn.of("suggestion.replied-by", SuggestionView::repliedBy),
				ExcelColumn.of("suggestion.outcome-note", SuggestionView::outcomeNote));
		return excel.download("suggestion.register", columns, rows.stream(), locale);
	}

	@GetMapping("/suggestions/{id}")
	String detail(Caller caller, @PathVariable long id, Model model, Locale locale) {
		var suggestion = handling.get(caller, id, locale);
		model.addAttribute("s", suggestion);
		model.addAttribute("history", handling.history(caller, id));
		model.addAttribute("canReply", caller.has(CasesPermissions.SUGGESTION_REPLY));
		model.addAttribute("canRegisterCase", caller.has(CasesPermissions.CASE_REGISTER));
		model.addAttribute("canReveal", personalData.mayReveal(caller)
				&& org.qunfang.cases.suggestion.SuggestionHandling.mayRevealKind(caller, suggestion.kind()));
		return "cases/suggestion";
	}

	@PostMapping("/suggestions/{id}/reply")
	String reply(Caller caller, @PathVariable long id, @RequestParam(defaultValue = "") String reply, Model model,
			Locale locale, RedirectAttributes redirect) {
		return act(caller, id, "suggestion.replied", () -> handling.reply(caller, id, reply), "replyDraft", reply, model,
				locale, redirect);
	}

	@PostMapping("/suggestions/{id}/resolve")
	String resolve(Caller caller, @PathVariable long id, @RequestParam(defaultValue = "") String note, Model model,
			Locale locale, RedirectAttributes redirect) {
		return act(caller, id, "suggestion.resolved", () -> handling.resolve(caller, id, note), "noteDraft", note, model,
				locale, redirect);
	}

	@PostMapping("/suggestions/{id}/close")
	String close(Caller caller, @PathVariable long id, @RequestParam(defaultValue = "") String reason, Model model,
			Locale locale, RedirectAttributes redirect) {
		return act(caller, id, "suggestion.closed", () -> handling.closeUnresolved(caller, id, reason), "reasonDraft",
				reason, model, locale, redirect);
	}

	@PostMapping("/suggestions/{id}/submitter")
	String revealSubmitter(Caller caller, @PathVariable long id, Model model) {
		SuggestionHandling.Submitter submitter = handling.revealSubmitter(caller, id);
		model.addAttribute("value", submitter.phone() == null ? submitter.name() : submitter.name() + " " + submitter.phone());
		return "cases/suggestion :: revealed";
	}

	/** Runs a form's action; a refusal shows the page again with the reason and what was typed. */
	private String act(Caller caller, long id, String notice, Runnable action, String draftName, String draft, Model model,
			Locale locale, RedirectAttributes redirect) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
			return "redirect:/suggestions/" + id;
		}
		catch (DomainException refused) {
			model.addAttribute("error", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
			model.addAttribute(draftName, draft);
			return detail(caller, id, model, locale);
		}
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
