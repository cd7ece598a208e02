package org.qunfang.funds.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.qunfang.funds.FundsPermissions;
import org.qunfang.funds.fees.CollectionQueries;
import org.qunfang.funds.fees.PaymentMethod;
import org.qunfang.funds.fees.Payments;
import org.qunfang.funds.ledger.Ledger;
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

/**
 * A household's bill with the form to record a payment, and the receipt (收据) to print. The form carries a
 * key made when it is shown, so sending it twice (a double click, a resend after a lost answer) records
 * one payment and shows its receipt again.
 */
@Controller
class CollectionController {

	private final CollectionQueries queries;
	private final Payments payments;
	private final Ledger ledger;
	private final MessageSource messages;

	CollectionController(CollectionQueries queries, Payments payments, Ledger ledger, MessageSource messages) {
		this.queries = queries;
		this.payments = payments;
		this.ledger = ledger;
		this.messages = messages;
	}

	@GetMapping("/funds/bills/{id}")
	String bill(Caller caller, @PathVariable long id, Model model) {
		var detail = queries.bill(caller, id);
		model.addAttribute("d", detail);
		model.addAttribute("b", detail.bill());
		model.addAttribute("canCollect", caller.has(FundsPermissions.COLLECT));
		model.addAttribute("clientKey", UUID.randomUUID().toString());
		model.addAttribute("methods", PaymentMethod.values());
		model.addAttribute("today", ledger.today());
		return "funds/bill";
	}

	@PostMapping("/funds/bills/{id}/payments")
	String pay(Caller caller, @PathVariable long id, @RequestParam(defaultValue = "") String clientKey,
			@RequestParam(defaultValue = "") String amount, @RequestParam(defaultValue = "CASH") String method,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn,
			@RequestParam(defaultValue = "") String payer, Locale locale, RedirectAttributes redirect) {
		try {
			Payments.Recorded recorded = payments.record(caller, id, new Payments.NewPayment(clientKey,
					Money.parseYuan(amount), PaymentMethod.parse(method), paidOn, payer));
			return "redirect:/funds/payments/" + recorded.paymentId() + "/receipt?" + (recorded.replayed() ? "replayed" : "recorded");
		}
		catch (DomainException refused) {
			redirect.addFlashAttribute("error", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
			return "redirect:/funds/bills/" + id;
		}
	}

	/**
	 * The receipt. After a payment the notice comes in the address, not the session: a double-clicked form
	 * sends two requests at once, and both land here without writing to the session.
	 */
	@GetMapping("/funds/payments/{id}/receipt")
	String receipt(Caller caller, @PathVariable long id, @RequestParam(required = false) String recorded,
			@RequestParam(required = false) String replayed, Model model) {
		if (recorded != null || replayed != null) {
			model.addAttribute("notice", replayed != null ? "funds.payment.replayed" : "funds.payment.recorded");
		}
		var receipt = queries.receipt(caller, id);
		model.addAttribute("r", receipt);
		model.addAttribute("p", receipt.payment());
		model.addAttribute("capitals", ChineseAmount.of(receipt.payment().amountFen()));
		model.addAttribute("canVoid", caller.has(FundsPermissions.BOOK));
		return "funds/receipt";
	}

	@PostMapping("/funds/payments/{id}/void")
	String voidPayment(Caller caller, @PathVariable long id, @RequestParam(defaultValue = "") String reason, Locale locale,
			RedirectAttributes redirect) {
		return Outcomes.run(messages, "redirect:/funds/payments/" + id + "/receipt", locale, redirect,
				"funds.payment.voided", () -> payments.voidPayment(caller, id, reason));
	}
}
