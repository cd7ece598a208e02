package org.qunfang.funds.web;

import java.util.List;
import java.util.Locale;

import org.qunfang.funds.fees.BillViews.BillLine;
import org.qunfang.funds.fees.BillViews.PaymentLine;
import org.qunfang.funds.fees.CollectionQueries;
import org.qunfang.funds.ledger.FundVillage;
import org.qunfang.funds.ledger.Ledger;
import org.qunfang.funds.ledger.LedgerQueries;
import org.qunfang.identity.Caller;
import org.qunfang.organization.registry.VillageScope;
import org.qunfang.platform.excel.ExcelColumn;
import org.qunfang.platform.excel.ExcelExporter;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The registers (台账) of collection, on A4 and in Excel: a village's arrears (欠费, by village group and
 * charge), its receipts of a year (收据存根), and a charge's bills.
 */
@Controller
class CollectionRegisterController {

	private final CollectionQueries queries;
	private final LedgerQueries books;
	private final Ledger ledger;
	private final VillageScope villages;
	private final ExcelExporter excel;
	private final MessageSource messages;
	private final ChargeNames names;

	CollectionRegisterController(CollectionQueries queries, LedgerQueries books, Ledger ledger, VillageScope villages,
			ExcelExporter excel, MessageSource messages, ChargeNames names) {
		this.names = names;
		this.queries = queries;
		this.books = books;
		this.ledger = ledger;
		this.villages = villages;
		this.excel = excel;
		this.messages = messages;
	}

	@GetMapping("/funds/villages/{id}/arrears")
	String arrears(Caller caller, @PathVariable long id, @RequestParam(required = false) Long group,
			@RequestParam(required = false) Long charge, Model model) {
		FundVillage v = books.village(caller, id);
		List<BillLine> bills = queries.arrears(caller, id, group, charge);
		model.addAttribute("v", v);
		model.addAttribute("bills", bills);
		model.addAttribute("groups", villages.groups(caller, id));
		model.addAttribute("charges", queries.charges(caller, id));
		model.addAttribute("group", group);
		model.addAttribute("charge", charge);
		model.addAttribute("owedFen", bills.stream().mapToLong(BillLine::owedFen).sum());
		return "funds/arrears";
	}

	@GetMapping("/funds/villages/{id}/arrears.xlsx")
	ResponseEntity<StreamingResponseBody> arrearsExcel(Caller caller, @PathVariable long id,
			@RequestParam(required = false) Long group, @RequestParam(required = false) Long charge, Locale locale) {
		books.village(caller, id);
		return excel.download("funds.arrears.file", billColumns(locale), queries.arrears(caller, id, group, charge).stream(),
				locale);
	}

	@GetMapping("/funds/charges/{id}/bills.xlsx")
	ResponseEntity<StreamingResponseBody> billsExcel(Caller caller, @PathVariable long id, Locale locale) {
		queries.charge(caller, id);
		return excel.download("funds.bills.file", billColumns(locale), queries.bills(caller, id).stream(), locale);
	}

	@GetMapping("/funds/villages/{id}/receipts")
	String receipts(Caller caller, @PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
		FundVillage v = books.village(caller, id);
		int shown = year == null ? ledger.today().getYear() : year;
		List<PaymentLine> receipts = queries.receipts(caller, id, shown);
		model.addAttribute("v", v);
		model.addAttribute("year", shown);
		model.addAttribute("receipts", receipts);
		model.addAttribute("totalFen", receipts.stream().mapToLong(PaymentLine::countedFen).sum());
		return "funds/receipts";
	}

	@GetMapping("/funds/villages/{id}/receipts.xlsx")
	ResponseEntity<StreamingResponseBody> receiptsExcel(Caller caller, @PathVariable long id,
			@RequestParam(required = false) Integer year, Locale locale) {
		books.village(caller, id);
		List<ExcelColumn<PaymentLine>> columns = List.of(
				ExcelColumn.of("funds.receipt.number", PaymentLine::receiptNumber),
				ExcelColumn.of("funds.payment.paid-on", PaymentLine::paidOn),
				ExcelColumn.of("funds.bill.group", PaymentLine::groupName),
				ExcelColumn.of("funds.bill.household", PaymentLine::householdNo),
				ExcelColumn.of("funds.bill.head", PaymentLine::headName),
				ExcelColumn.of("funds.payment.payer", PaymentLine::payer),
				ExcelColumn.of("funds.charge.title", p -> names.of(p.kind(), p.year(), p.title(), locale)),
				ExcelColumn.of("funds.payment.amount", p -> yuan(p.amountFen())),
				ExcelColumn.of("funds.payment.method", p -> messages.getMessage(p.method().messageKey(), null, locale)),
				ExcelColumn.of("funds.payment.collected-by", PaymentLine::collectedName),
				ExcelColumn.of("funds.payment.collected-at", PaymentLine::collectedAt),
				ExcelColumn.of("funds.payment.voided.badge", PaymentLine::voidReason));
		return excel.download("funds.receipts.file", columns,
				queries.receipts(caller, id, year == null ? ledger.today().getYear() : year).stream(), locale);
	}

	private List<ExcelColumn<BillLine>> billColumns(Locale locale) {
		return List.of(ExcelColumn.of("funds.bill.group", BillLine::groupName),
				ExcelColumn.of("funds.bill.household", BillLine::householdNo),
				ExcelColumn.of("funds.bill.head", BillLine::headName),
				ExcelColumn.of("funds.charge.title", b -> names.of(b.kind(), b.year(), b.title(), locale)),
				ExcelColumn.of("funds.bill.persons", BillLine::persons),
				ExcelColumn.of("funds.bill.charged", BillLine::charged),
				ExcelColumn.of("funds.bill.amount", b -> yuan(b.amountFen())),
				ExcelColumn.of("funds.bill.paid", b -> yuan(b.paidFen())),
				ExcelColumn.of("funds.bill.owed", b -> yuan(b.owedFen())),
				ExcelColumn.of("funds.bill.state", b -> messages.getMessage(b.state().messageKey(), null, locale)),
				ExcelColumn.of("funds.bill.exemption",
						b -> b.exemption() == null ? null : messages.getMessage(b.exemption().messageKey(), null, locale)));
	}

	private static java.math.BigDecimal yuan(long fen) {
		return java.math.BigDecimal.valueOf(fen, 2);
	}
}
