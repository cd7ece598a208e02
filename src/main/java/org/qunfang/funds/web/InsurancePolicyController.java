package org.qunfang.funds.web;

import java.time.LocalDate;
import java.util.Locale;

import org.qunfang.funds.FundsPermissions;
import org.qunfang.funds.insurance.InsuranceKind;
import org.qunfang.funds.insurance.InsurancePolicies;
import org.qunfang.funds.insurance.InsurancePremiums;
import org.qunfang.funds.insurance.InsuredPeople;
import org.qunfang.funds.insurance.PolicyTerms;
import org.qunfang.funds.ledger.FundVillage;
import org.qunfang.funds.ledger.Ledger;
import org.qunfang.funds.ledger.LedgerQueries;
import org.qunfang.identity.Caller;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.Money;
import org.qunfang.platform.web.Outcomes;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Entering, correcting and ending a policy, and proposing its premium. */
@Controller
class InsurancePolicyController {

	/**
	 * The policy form as typed, kept (in the session's flash attributes, hence serializable) when the policy
	 * is refused so nothing need be typed again.
	 */
	record PolicyForm(Long resident, String kind, String insurer, String policyNo, LocalDate startsOn, LocalDate endsOn,
			String premium) implements java.io.Serializable {
	}

	private final InsurancePolicies policies;
	private final InsurancePremiums premiums;
	private final InsuredPeople people;
	private final LedgerQueries books;
	private final Ledger ledger;
	private final MessageSource messages;

	InsurancePolicyController(InsurancePolicies policies, InsurancePremiums premiums, InsuredPeople people,
			LedgerQueries books, Ledger ledger, MessageSource messages) {
		this.policies = policies;
		this.premiums = premiums;
		this.people = people;
		this.books = books;
		this.ledger = ledger;
		this.messages = messages;
	}

	/** The form; {@code q} searches the village's residents, the other parameters fill it in (a renewal). */
	@GetMapping("/funds/villages/{id}/insurance/new")
	String form(Caller caller, @PathVariable long id, @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) Long resident, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String insurer, @RequestParam(required = false) String premium,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn, Locale locale,
			Model model) {
		caller.require(FundsPermissions.INSURANCE);
		FundVillage v = books.village(caller, id);
		LocalDate start = startsOn != null ? startsOn : ledger.today();
		model.addAttribute("v", v);
		model.addAttribute("q", q);
		var candidates = people.candidates(caller, v);
		model.addAttribute("candidates", candidates);
		model.addAttribute("found", people.search(caller, v, q).stream()
			.filter(r -> candidates.stream().noneMatch(c -> c.residentId() == r.id())).toList());
		model.addAttribute("longService", people.longServiceYears());
		model.addAttribute("kinds", InsuranceKind.values());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new PolicyForm(resident, kind, insurer, null, start, start.plusYears(1).minusDays(1),
					premium));
		}
		return "funds/insurance-new";
	}

	@PostMapping("/funds/villages/{id}/insurance")
	String add(Caller caller, @PathVariable long id, @RequestParam(required = false) Long resident,
			@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String insurer,
			@RequestParam(defaultValue = "") String policyNo,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
			@RequestParam(defaultValue = "") String premium, Locale locale, RedirectAttributes redirect) {
		try {
			long policy = policies.add(caller, id, resident, terms(kind, insurer, policyNo, startsOn, endsOn, premium));
			redirect.addFlashAttribute("notice", "funds.insurance.added");
			return "redirect:/funds/insurance/" + policy;
		}
		catch (DomainException refused) {
			redirect.addFlashAttribute("error", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
			redirect.addFlashAttribute("form", new PolicyForm(resident, kind, insurer, policyNo, startsOn, endsOn, premium));
			return "redirect:/funds/villages/" + id + "/insurance/new";
		}
	}

	@PostMapping("/funds/insurance/{id}")
	String change(Caller caller, @PathVariable long id, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "") String insurer, @RequestParam(defaultValue = "") String policyNo,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
			@RequestParam(defaultValue = "") String premium, Locale locale, RedirectAttributes redirect) {
		return Outcomes.run(messages, back(id), locale, redirect, "funds.insurance.changed",
				() -> policies.change(caller, id, terms(kind, insurer, policyNo, startsOn, endsOn, premium)));
	}

	@PostMapping("/funds/insurance/{id}/end")
	String end(Caller caller, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(defaultValue = "") String reason, Locale locale, RedirectAttributes redirect) {
		return Outcomes.run(messages, back(id), locale, redirect, "funds.insurance.ended",
				() -> policies.end(caller, id, on, reason));
	}

	@PostMapping("/funds/insurance/{id}/premium")
	String premium(Caller caller, @PathVariable long id, @RequestParam(defaultValue = "") String description,
			Locale locale, RedirectAttributes redirect) {
		try {
			long proposal = premiums.propose(caller, id, description, locale);
			redirect.addFlashAttribute("notice", "funds.insurance.premium-proposed");
			return "redirect:/funds/proposals/" + proposal;
		}
		catch (DomainException refused) {
			redirect.addFlashAttribute("error", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
			return back(id);
		}
	}

	private static PolicyTerms terms(String kind, String insurer, String policyNo, LocalDate startsOn, LocalDate endsOn,
			String premium) {
		return new PolicyTerms(InsuranceKind.parse(kind), insurer, policyNo, startsOn, endsOn, Money.parseYuan(premium));
	}

	private static String back(long id) {
		return "redirect:/funds/insurance/" + id;
	}
}
