package org.qunfang.cases.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.qunfang.cases.suggestion.BookVillages;
import org.qunfang.cases.suggestion.NewSuggestion;
import org.qunfang.cases.suggestion.PublicSuggestion;
import org.qunfang.cases.suggestion.PublicSuggestionDesk;
import org.qunfang.cases.suggestion.SuggestionIntake;
import org.qunfang.cases.suggestion.SuggestionKind;
import org.qunfang.cases.suggestion.TrackingCodeMiss;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.RefusalException;
import org.qunfang.platform.publicform.TooManyAttempts;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The village's public suggestion-book pages, open without signing in and usable without JavaScript on a
 * small phone: the village page the QR poster leads to, the writing form, the receipt with the tracking
 * code (shown once, never stored), and looking up or reopening a submission by its code.
 */
@Controller
class PublicSuggestionController {

	/**
	 * The writing form as typed: {@code named} is true when the writer gives their name (absent: anonymous);
	 * {@code website} is the honeypot a person leaves empty.
	 */
	record SubmissionForm(String kind, String content, Boolean named, String name, String phone, String challengeToken,
			String answer, String website) {

		static SubmissionForm blank() {
			return new SubmissionForm(SuggestionKind.SUGGESTION.name(), "", false, "", "", null, null, null);
		}

		public boolean withName() {
			return Boolean.TRUE.equals(named);
		}

		NewSuggestion suggestion() {
			return new NewSuggestion(kind, content, !withName(), name, phone);
		}

		PublicSuggestionDesk.Proof proof() {
			return new PublicSuggestionDesk.Proof(challengeToken, answer, website);
		}
	}

	private final PublicSuggestionDesk desk;
	private final BookVillages villages;
	private final MessageSource messages;

	PublicSuggestionController(PublicSuggestionDesk desk, BookVillages villages, MessageSource messages) {
		this.desk = desk;
		this.villages = villages;
		this.messages = messages;
	}

	@GetMapping("/public/villages/{id}")
	String village(@PathVariable long id, Model model) {
		model.addAttribute("page", desk.page(id));
		model.addAttribute("kinds", SuggestionKind.values());
		return "cases/public-village";
	}

	@GetMapping("/public/villages/{id}/write")
	String write(@PathVariable long id, Model model) {
		return form(id, SubmissionForm.blank(), model);
	}

	@PostMapping("/public/villages/{id}/suggestions")
	String submit(@PathVariable long id, SubmissionForm form, HttpServletRequest request, HttpServletResponse response,
			Model model, Locale locale) {
		try {
			SuggestionIntake.Receipt receipt = desk.submit(id, form.suggestion(), form.proof(), request.getRemoteAddr());
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			model.addAttribute("village", villages.village(id));
			model.addAttribute("receipt", receipt);
			return "cases/public-receipt";
		}
		catch (TooManyAttempts | DomainException refused) {
			refuse(refused, response, model, locale);
			return form(id, form, model);
		}
	}

	@GetMapping("/public/suggestions/lookup")
	String lookupForm(@RequestParam(required = false) Long village, Model model) {
		model.addAttribute("villageId", village);
		return "cases/public-lookup";
	}

	@PostMapping("/public/suggestions/lookup")
	String lookup(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response,
			Model model, Locale locale) {
		try {
			return result(desk.lookup(code, request.getRemoteAddr()), code, response, model);
		}
		catch (TrackingCodeMiss | TooManyAttempts refused) {
			refuse(refused, response, model, locale);
			return "cases/public-lookup";
		}
	}

	@PostMapping("/public/suggestions/reopen")
	String reopen(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String reason,
			HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
		try {
			PublicSuggestion reopened = desk.reopen(code, reason, request.getRemoteAddr());
			model.addAttribute("notice", "public.reopened");
			return result(reopened, code, response, model);
		}
		catch (TrackingCodeMiss | TooManyAttempts refused) {
			refuse(refused, response, model, locale);
			return "cases/public-lookup";
		}
		catch (DomainException refused) {
			model.addAttribute("reopenError", text(refused, locale));
			model.addAttribute("reason", reason);
			return lookup(code, request, response, model, locale);
		}
	}

	private String result(PublicSuggestion found, String code, HttpServletResponse response, Model model) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		model.addAttribute("found", found);
		model.addAttribute("village", villages.village(found.villageId()));
		model.addAttribute("code", code);
		return "cases/public-lookup";
	}

	private String form(long villageId, SubmissionForm form, Model model) {
		model.addAttribute("village", villages.village(villageId));
		model.addAttribute("form", form);
		model.addAttribute("kinds", SuggestionKind.values());
		model.addAttribute("challenge", desk.challenge());
		model.addAttribute("contentMax", SuggestionIntake.CONTENT_MAX);
		return "cases/public-write";
	}

	private void refuse(RefusalException refused, HttpServletResponse response, Model model, Locale locale) {
		response.setStatus(switch (refused) {
			case TooManyAttempts tooMany -> HttpStatus.TOO_MANY_REQUESTS.value();
			case TrackingCodeMiss miss -> HttpStatus.NOT_FOUND.value();
			default -> HttpStatus.UNPROCESSABLE_CONTENT.value();
		});
		model.addAttribute("error", text(refused, locale));
	}

	private String text(RefusalException refused, Locale locale) {
		return messages.getMessage(refused.messageKey(), refused.arguments(), locale);
	}
}
