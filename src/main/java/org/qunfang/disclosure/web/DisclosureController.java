package org.qunfang.disclosure.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.qunfang.disclosure.DisclosurePermissions;
import org.qunfang.disclosure.publication.DisclosureVillages;
import org.qunfang.disclosure.publication.Period;
import org.qunfang.disclosure.publication.Publications;
import org.qunfang.disclosure.publication.PublishedStatement;
import org.qunfang.disclosure.publication.Questions;
import org.qunfang.disclosure.publication.StatementQueries;
import org.qunfang.funds.FundStatements;
import org.qunfang.identity.Caller;
import org.qunfang.organization.AdminUnit;
import org.qunfang.platform.web.Outcomes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officials' pages of public disclosure: the villages with what they published, a village's statements
 * with the publish and correction forms, and the villagers' questions to answer.
 */
@Controller
class DisclosureController {

	/** How many months back the publish form offers (with the quarters among them). */
	private static final int MONTHS_OFFERED = 24;

	private final StatementQueries queries;
	private final Publications publications;
	private final Questions questions;
	private final DisclosureVillages villages;
	private final FundStatements statements;
	private final MessageSource messages;

	DisclosureController(StatementQueries queries, Publications publications, Questions questions,
			DisclosureVillages villages, FundStatements statements, MessageSource messages) {
		this.queries = queries;
		this.publications = publications;
		this.questions = questions;
		this.villages = villages;
		this.statements = statements;
		this.messages = messages;
	}

	@GetMapping("/disclosure")
	String overview(Caller caller, Model model) {
		model.addAttribute("villages", queries.overview(caller));
		return "disclosure/overview";
	}

	@GetMapping("/disclosure/villages/{id}")
	String village(Caller caller, @PathVariable long id, Model model) {
		AdminUnit village = villages.village(caller, id);
		boolean canPublish = caller.has(DisclosurePermissions.PUBLISH);
		List<PublishedStatement> published = queries.ofVillage(caller, id);
		model.addAttribute("village", village);
		model.addAttribute("published", published);
		model.addAttribute("publishedPeriods", published.stream().map(s -> s.period().code()).collect(Collectors.toSet()));
		model.addAttribute("questions", questions.ofVillage(caller, id));
		model.addAttribute("canPublish", canPublish);
		model.addAttribute("canAnswer", caller.has(DisclosurePermissions.ANSWER));
		if (canPublish) {
			model.addAttribute("periods", Period.recent(publications.today(), MONTHS_OFFERED));
			model.addAttribute("closedThrough", statements.closedThrough(caller, id).orElse(null));
		}
		return "disclosure/village";
	}

	@PostMapping("/disclosure/villages/{id}/statements")
	String publish(Caller caller, @PathVariable long id, @RequestParam(defaultValue = "") String period,
			@RequestParam(required = false) Long corrects, @RequestParam(defaultValue = "") String reason, Locale locale,
			RedirectAttributes redirect) {
		return Outcomes.run(messages, "redirect:/disclosure/villages/" + id, locale, redirect, "disclosure.published",
				() -> publications.publish(caller, id, new Publications.NewPublication(period, corrects, reason)));
	}

	@PostMapping("/disclosure/questions/{id}/answer")
	String answer(Caller caller, @PathVariable long id, @RequestParam long village,
			@RequestParam(defaultValue = "") String answer, Locale locale, RedirectAttributes redirect) {
		return Outcomes.run(messages, "redirect:/disclosure/villages/" + village + "#questions", locale, redirect,
				"disclosure.answered", () -> questions.answer(caller, id, answer));
	}
}
