package org.qunfang.funds.web;

import java.util.Locale;

import org.qunfang.funds.FundsPermissions;
import org.qunfang.funds.fees.Bills;
import org.qunfang.funds.fees.ChargeKind;
import org.qunfang.funds.fees.ChargeSettings;
import org.qunfang.funds.fees.CollectionQueries;
import org.qunfang.funds.fees.DefenseFees;
import org.qunfang.funds.ledger.FundVillage;
import org.qunfang.funds.ledger.Ledger;
import org.qunfang.funds.ledger.LedgerQueries;
import org.qunfang.funds.ledger.Purposes;
import org.qunfang.funds.levy.Levies;
import org.qunfang.funds.levy.LevyQueries;
import org.qunfang.identity.Caller;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.Money;
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
 * Money from the masses: the charges (levies and defense fees) of the villages, a village's charges with
 * the forms to propose a levy and set the year's fee, a charge with its bills (and a levy's meeting,
 * rules, exemptions and decision), and making the bills.
 */
@Controller
class ChargeController {

	private final CollectionQueries queries;
	private final LevyQueries levyQueries;
	private final Levies levies;
	private final DefenseFees fees;
	private final Bills bills;
	private final LedgerQueries books;
	private final Ledger ledger;
	private final Purposes purposes;
	private final ChargeSettings settings;
	private final MessageSource messages;

	ChargeController(CollectionQueries queries, LevyQueries levyQueries, Levies levies, DefenseFees fees, Bills bills,
			LedgerQueries books, Ledger ledger, Purposes purposes, ChargeSettings settings, MessageSource messages) {
		this.queries = queries;
		this.levyQueries = levyQueries;
		this.levies = levies;
		this.fees = fees;
		this.bills = bills;
		this.books = books;
		this.ledger = ledger;
		this.purposes = purposes;
		this.settings = settings;
		this.messages = messages;
	}

	@GetMapping("/funds/charges")
	String list(Caller caller, Locale locale, Model model) {
		model.addAttribute("charges", queries.charges(caller, null));
		model.addAttribute("villages", books.villages(caller));
		return "funds/charges";
	}

	@GetMapping("/funds/villages/{id}/charges")
	String village(Caller caller, @PathVariable long id, Locale locale, Model model) {
		FundVillage v = books.village(caller, id);
		int year = ledger.today().getYear();
		model.addAttribute("v", v);
		model.addAttribute("charges", queries.charges(caller, id));
		model.addAttribute("purposes", purposes.active(v.countyId()));
		model.addAttribute("purposeNames", purposes.names(v.countyId(), locale));
		model.addAttribute("rules", settings.rules(v.countyId()));
		model.addAttribute("year", year);
		model.addAttribute("canManage", caller.has(FundsPermissions.LEVY));
		return "funds/village-charges";
	}

	@PostMapping("/funds/villages/{id}/levies")
	String propose(Caller caller, @PathVariable long id, @RequestParam(defaultValue = "") String purpose,
			@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String total,
			@RequestParam(defaultValue = "") String perPerson, @RequestParam(required = false) Integer year, Locale locale,
			RedirectAttributes redirect) {
		try {
			long levy = levies.propose(caller, id, new Levies.NewLevy(purpose, title, Money.parseYuan(total),
					Money.parseYuan(perPerson), year));
			redirect.addFlashAttribute("notice", "funds.levy.proposed");
			return "redirect:/funds/charges/" + levy;
		}
		catch (DomainException refused) {
			redirect.addFlashAttribute("error", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
			return "redirect:/funds/villages/" + id + "/charges";
		}
	}

	@PostMapping("/funds/villages/{id}/fees")
	String setFee(Caller caller, @PathVariable long id, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "") String amount, Locale locale, RedirectAttributes redirect) {
		return Outcomes.run(messages, "redirect:/funds/villages/" + id + "/charges", locale, redirect, "funds.fee.saved",
				() -> fees.set(caller, id, year == null ? 0 : year, Money.parseYuan(amount)));
	}

	@GetMapping("/funds/charges/{id}")
	String charge(Caller caller, @PathVariable long id, Locale locale, Model model) {
		var charge = queries.charge(caller, id);
		FundVillage v = books.village(caller, charge.villageId());
		model.addAttribute("c", charge);
		model.addAttribute("v", v);
		model.addAttribute("bills", queries.bills(caller, id));
		model.addAttribute("purposeNames", purposes.names(v.countyId(), locale));
		model.addAttribute("canManage", caller.has(FundsPermissions.LEVY));
		model.addAttribute("canCollect", caller.has(FundsPermissions.COLLECT));
		if (charge.kind() == ChargeKind.LEVY) {
			model.addAttribute("levy", levyQueries.levy(caller, id));
			model.addAttribute("canDecide", Levies.mayDecide(caller, settings.rules(v.countyId())));
			if (caller.has(FundsPermissions.LEVY)) {
				model.addAttribute("residents", levyQueries.residents(caller, id));
				model.addAttribute("reasons", levyQueries.markableReasons(v.countyId()));
			}
			model.addAttribute("today", ledger.today());
		}
		return "funds/charge";
	}

	@PostMapping("/funds/charges/{id}/bills")
	String bill(Caller caller, @PathVariable long id, Locale locale, RedirectAttributes redirect) {
		return Outcomes.run(messages, "redirect:/funds/charges/" + id, locale, redirect, "funds.bills.made",
				() -> bills.generate(caller, id));
	}
}
