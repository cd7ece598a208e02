package org.qunfang.funds.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.qunfang.funds.FundStatement;
import org.qunfang.funds.FundStatements;
import org.qunfang.funds.ledger.FundVillage;
import org.qunfang.funds.ledger.Ledger;
import org.qunfang.funds.ledger.LedgerQueries;
import org.qunfang.funds.ledger.Purposes;
import org.qunfang.identity.Caller;
import org.qunfang.platform.excel.ExcelColumn;
import org.qunfang.platform.excel.ExcelExporter;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The ledger (台账) as an Excel register, and a village's statement of revenue and expenditure for print. */
@Controller
class LedgerExportController {

	private final LedgerQueries books;
	private final Ledger ledger;
	private final FundStatements statements;
	private final Purposes purposes;
	private final ExcelExporter excel;
	private final MessageSource messages;

	LedgerExportController(LedgerQueries books, Ledger ledger, FundStatements statements, Purposes purposes,
			ExcelExporter excel, MessageSource messages) {
		this.books = books;
		this.ledger = ledger;
		this.statements = statements;
		this.purposes = purposes;
		this.excel = excel;
		this.messages = messages;
	}

	@GetMapping("/funds/villages/{id}/ledger.xlsx")
	ResponseEntity<StreamingResponseBody> ledger(Caller caller, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Locale locale) {
		FundVillage v = books.village(caller, id);
		LocalDate end = to != null ? to : ledger.today();
		LocalDate start = from != null ? from : end.withDayOfYear(1);
		Map<String, String> names = purposes.names(v.countyId(), locale);
		List<ExcelColumn<LedgerQueries.EntryView>> columns = List.of(
				ExcelColumn.of("funds.entry.voucher", LedgerQueries.EntryView::voucherNo),
				ExcelColumn.of("funds.entry.date", LedgerQueries.EntryView::bookedOn),
				ExcelColumn.of("funds.entry.kind", e -> messages.getMessage(e.kind().messageKey(), null, locale)),
				ExcelColumn.of("funds.entry.description", LedgerQueries.EntryView::description),
				ExcelColumn.of("funds.entry.source",
						e -> e.source() == null ? null : messages.getMessage(e.source().messageKey(), null, locale)),
				ExcelColumn.of("funds.entry.purpose", e -> e.purpose() == null ? null : names.getOrDefault(e.purpose(), e.purpose())),
				ExcelColumn.of("funds.entry.counterparty", LedgerQueries.EntryView::counterparty),
				ExcelColumn.of("funds.entry.income", e -> signed(e, true)),
				ExcelColumn.of("funds.entry.expense", e -> signed(e, false)),
				ExcelColumn.of("funds.entry.reverses", LedgerQueries.EntryView::reverses),
				ExcelColumn.of("funds.entry.booked-by", LedgerQueries.EntryView::bookedName),
				ExcelColumn.of("funds.entry.booked-at", LedgerQueries.EntryView::bookedAt));
		return excel.download("funds.ledger.file", columns, books.entries(v, start, end).stream(), locale);
	}

	@GetMapping("/funds/villages/{id}/statement")
	String statement(Caller caller, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Locale locale,
			Model model) {
		FundVillage v = books.village(caller, id);
		LocalDate end = to != null ? to : ledger.today();
		LocalDate start = from != null ? from : end.withDayOfMonth(1);
		FundStatement s = statements.of(caller, id, start, end);
		model.addAttribute("v", v);
		model.addAttribute("s", s);
		model.addAttribute("purposeNames", purposes.names(v.countyId(), locale));
		return "funds/statement";
	}

	/** The amount in yuan in the income or the expense column (by what it does to the bank account). */
	private static BigDecimal signed(LedgerQueries.EntryView e, boolean income) {
		long bank = e.lines().stream().filter(l -> l.account() == org.qunfang.funds.ledger.Account.BANK)
			.mapToLong(l -> l.debit().fen() - l.credit().fen()).sum();
		if (bank == 0 || (bank > 0) != income) {
			return null;
		}
		return BigDecimal.valueOf(Math.abs(bank), 2);
	}
}
