package org.qunfang.funds.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.qunfang.funds.FundsPermissions;
import org.qunfang.funds.ledger.FundSource;
import org.qunfang.funds.ledger.FundVillage;
import org.qunfang.funds.ledger.Ledger;
import org.qunfang.funds.ledger.LedgerQueries;
import org.qunfang.funds.ledger.Purposes;
import org.qunfang.identity.Caller;
import org.qunfang.identity.ScopeLevel;
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

/** The funds pages: the villages' balances, a village's books (台账), income, reversal, close and reconcile. */
@Controller
class FundsController {

	private final LedgerQueries books;
	private final Ledger ledger;
	private final Purposes purposes;
	private final MessageSource messages;

	FundsController(LedgerQueries books, Ledger ledger, Purposes purposes, MessageSource messages) {
		this.books = books;
		this.ledger = ledger;
		this.purposes = purposes;
		this.messages = messages;
	}

	@GetMapping("/funds")
	String overview(Caller caller, Model model) {
		model.addAttribute("villages", books.villages(caller));
		boolean township = caller.jurisdiction().level() == ScopeLevel.TOWNSHIP;
		model.addAttribute("canClose", township && caller.has(FundsPermissions.BOOK));
		model.addAttribute("townshipId", caller.jurisdiction().unitId());
		model.addAttribute("lastMonth", YearMonth.from(ledger.today()).minusMonths(1));
		return "funds/overview";
	}

	@PostMapping("/funds/townships/{id}/close")
	String close(Caller caller, @PathVariable long id, @RequestParam(defaultValue = "") String month, Locale locale,
			RedirectAttributes redirect) {
		return Outcomes.run(messages, "redirect:/funds", locale, redirect, "funds.closed",
				() -> ledger.closePeriod(caller, id, month(month)));
	}

	@GetMapping("/funds/villages/{id}")
	String village(Caller caller, @PathVariable long id, Locale locale,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		FundVillage v = books.village(caller, id);
		LocalDate end = to != null ? to : ledger.today();
		LocalDate start = from != null ? from : end.withDayOfYear(1);
		model.addAttribute("v", v);
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("funds", books.funds(v));
		model.addAttribute("balance", books.bankBalance(v));
		model.addAttribute("entries", books.entries(v, start, end));
		model.addAttribute("closedThrough", books.closedThrough(v).orElse(null));
		model.addAttribute("reconciliations", books.reconciliations(v));
		model.addAttribute("purposes", purposes.active(v.countyId()));
		model.addAttribute("purposeNames", purposes.names(v.countyId(), locale));
		model.addAttribute("sources", FundSource.values());
		model.addAttribute("today", ledger.today());
		model.addAttribute("canBook", caller.has(FundsPermissions.BOOK));
		model.addAttribute("canPropose", caller.has(FundsPermissions.PROPOSE));
		return "funds/village";
	}

	@PostMapping("/funds/villages/{id}/income")
	String income(Caller caller, @PathVariable long id, @RequestParam(required = false) Long fund,
			@RequestParam(defaultValue = "") String fundName, @RequestParam(defaultValue = "OTHER") String source,
			@RequestParam(name = "purpose", required = false) List<String> purposeCodes,
			@RequestParam(defaultValue = "") String amount,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate bookedOn,
			@RequestParam(defaultValue = "") String payer, @RequestParam(defaultValue = "") String description,
			Locale locale, RedirectAttributes redirect) {
		return Outcomes.run(messages, back(id), locale, redirect, "funds.income.booked",
				() -> ledger.bookIncome(caller, id, new Ledger.Income(fund, fundName, FundSource.parse(source),
						purposeCodes == null ? null : new LinkedHashSet<>(purposeCodes), Money.parseYuan(amount), bookedOn,
						payer, description)));
	}

	@PostMapping("/funds/entries/{id}/reverse")
	String reverse(Caller caller, @PathVariable long id, @RequestParam long village,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(defaultValue = "") String reason, Locale locale, RedirectAttributes redirect) {
		return Outcomes.run(messages, back(village), locale, redirect, "funds.reversed",
				() -> ledger.reverse(caller, id, on, reason));
	}

	@PostMapping("/funds/villages/{id}/reconcile")
	String reconcile(Caller caller, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "") String balance, @RequestParam(defaultValue = "") String note, Locale locale,
			RedirectAttributes redirect) {
		return Outcomes.run(messages, back(id) + "#reconciliation", locale, redirect, "funds.reconciled",
				() -> ledger.reconcile(caller, id, asOf, Money.parseYuan(balance), note));
	}

	static YearMonth month(String text) {
		try {
			return YearMonth.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw new DomainException("error.funds.close-month");
		}
	}

	private static String back(long village) {
		return "redirect:/funds/villages/" + village;
	}
}
