package org.qunfang.disclosure.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.qunfang.disclosure.publication.PublicDisclosure;
import org.qunfang.disclosure.publication.PublishedStatement;
import org.qunfang.disclosure.publication.QuestionDesk;
import org.qunfang.disclosure.publication.Questions;
import org.qunfang.disclosure.publication.StatementText;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.RefusalException;
import org.qunfang.platform.publicform.TooManyAttempts;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The village's public disclosure pages, open without signing in and made for a small phone: the page the
 * notice's QR code leads to, with the village's published statements, whether each verified, the questions
 * on them and what to check them with; and the form to ask about a line.
 */
@Controller
class PublicDisclosureController {

	/** The question form as typed; {@code website} is the honeypot a person leaves empty. */
	record AskForm(Integer line, String question, String name, String challengeToken, String answer, String website) {

		Questions.Asking asking() {
			return new Questions.Asking(line == null ? 0 : line, question, name);
		}

		QuestionDesk.Proof proof() {
			return new QuestionDesk.Proof(challengeToken, answer, website);
		}
	}

	private final PublicDisclosure disclosure;
	private final QuestionDesk desk;
	private final MessageSource messages;

	PublicDisclosureController(PublicDisclosure disclosure, QuestionDesk desk, MessageSource messages) {
		this.disclosure = disclosure;
		this.desk = desk;
		this.messages = messages;
	}

	/** The address of a village's public disclosure page, as the notice's QR code carries it. */
	static String villagePath(long villageId) {
		return "/public/villages/" + villageId + "/funds";
	}

	@GetMapping("/public/villages/{id}/funds")
	String village(@PathVariable long id, Model model) {
		model.addAttribute("page", disclosure.page(id));
		return "disclosure/public-village";
	}

	@GetMapping("/public/statements/{id}/ask")
	String ask(@PathVariable long id, @RequestParam(required = false) Integer line, Model model) {
		return form(disclosure.statement(id), new AskForm(line, "", "", null, null, null), model);
	}

	@PostMapping("/public/statements/{id}/questions")
	String question(@PathVariable long id, AskForm form, HttpServletRequest request, HttpServletResponse response,
			Model model, Locale locale, RedirectAttributes redirect) {
		PublishedStatement statement = disclosure.statement(id);
		try {
			desk.ask(id, form.asking(), form.proof(), request.getRemoteAddr());
			redirect.addFlashAttribute("notice", "disclosure.question.received");
			return "redirect:" + villagePath(statement.villageId()) + "#statement-" + id;
		}
		catch (TooManyAttempts | DomainException refused) {
			response.setStatus(refused instanceof TooManyAttempts ? HttpStatus.TOO_MANY_REQUESTS.value()
					: HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("error", text(refused, locale));
			return form(statement, form, model);
		}
	}

	private String form(PublishedStatement statement, AskForm form, Model model) {
		model.addAttribute("statement", statement);
		model.addAttribute("village", disclosure.village(statement.villageId()));
		model.addAttribute("lines", StatementText.lines(statement.text()));
		model.addAttribute("form", form);
		model.addAttribute("challenge", desk.challenge());
		model.addAttribute("questionMax", Questions.QUESTION_MAX);
		return "disclosure/public-ask";
	}

	private String text(RefusalException refused, Locale locale) {
		return messages.getMessage(refused.messageKey(), refused.arguments(), locale);
	}
}
