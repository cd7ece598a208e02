package org.qunfang.funds.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.qunfang.funds.FundStatement;
import org.qunfang.funds.FundStatements;
import org.qunfang.funds.fees.BillViews.ChargeLine;
import org.qunfang.funds.fees.CollectionQueries;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The levies and fees register and a village's statement as Excel files. */
@Controller
class FundRegistersController {

	/** One row of a statement in Excel: its section, item, detail and amount. */
	record StatementRow(String section, String item, String detail, BigDecimal amount) {
	}

	private final CollectionQueries collections;
	private final FundStatements statements;
	private final LedgerQueries books;
	private final Ledger ledger;
	private final Purposes purposes;
	private final ExcelExporter excel;
	private final MessageSource messages;

	FundRegistersController(CollectionQueries collections, FundStatements statements, LedgerQueries books, Ledger ledger,
			Purposes purposes, ExcelExporter excel, MessageSource messages) {
		this.collections = collections;
		this.statements = statements;
		this.books = books;
		this.ledger = ledger;
		this.purposes = purposes;
		this.excel = excel;
		this.messages = messages;
	}

	@GetMapping("/funds/charges.xlsx")
	ResponseEntity<StreamingResponseBody> charges(Caller caller, Locale locale) {
		List<ExcelColumn<ChargeLine>> columns = List.of(ExcelColumn.of("funds.village", (ChargeLine c) -> c.village(locale)),
				ExcelColumn.of("funds.charge.kind", c -> text(c.kind().messageKey(), locale)),
				ExcelColumn.of("funds.charges.year", ChargeLine::year), ExcelColumn.of("funds.charge.title", ChargeLine::title),
				ExcelColumn.of("funds.charges.unit", c -> yuan(c.unitFen())),
				ExcelColumn.of("funds.charge.status", c -> text(c.status().messageKey(), locale)),
				ExcelColumn.of("funds.charge.bills", ChargeLine::bills), ExcelColumn.of("funds.charge.billed", c -> yuan(c.billedFen())),
				ExcelColumn.of("funds.charge.paid", c -> yuan(c.paidFen())), ExcelColumn.of("funds.charge.owed", c -> yuan(c.owedFen())));
		return excel.download("nav.fund-charges", columns, collections.charges(caller, null).stream(), locale);
	}

	@GetMapping("/funds/villages/{id}/statement.xlsx")
	ResponseEntity<StreamingResponseBody> statement(Caller caller, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Locale locale) {
		FundVillage v = books.village(caller, id);
		LocalDate end = to != null ? to : ledger.today();
		FundStatement s = statements.of(caller, id, from != null ? from : end.withDayOfMonth(1), end);
		Map<String, String> names = purposes.names(v.countyId(), locale);
		List<StatementRow> rows = new ArrayList<>();
		String period = s.from() + " — " + s.to();
		rows.add(new StatementRow(text("funds.statement.opening", locale), v.name(locale), period, yuan(s.openingFen())));
		s.income().forEach(i -> rows.add(new StatementRow(text("funds.statement.income", locale),
				text("funds.source." + i.source(), locale), null, yuan(i.amountFen()))));
		s.expenses().forEach(e -> rows.add(new StatementRow(text("funds.statement.expense", locale),
				names.getOrDefault(e.purpose(), e.purpose()), e.payee(), yuan(e.amountFen()))));
		s.redesignations().forEach(r -> rows.add(new StatementRow(text("funds.statement.redesignations", locale),
				r.fromFund() + " → " + r.toFund(), r.reason(), yuan(r.amountFen()))));
		s.funds().forEach(f -> rows.add(new StatementRow(text("funds.statement.funds", locale), f.name(),
				yuan(f.openingFen()) + " → " + yuan(f.closingFen()), yuan(f.closingFen()))));
		rows.add(new StatementRow(text("funds.statement.closing", locale), v.name(locale), period, yuan(s.closingFen())));
		List<ExcelColumn<StatementRow>> columns = List.of(ExcelColumn.of("funds.statement.section", StatementRow::section),
				ExcelColumn.of("funds.statement.item", StatementRow::item),
				ExcelColumn.of("funds.statement.detail", StatementRow::detail), ExcelColumn.of("funds.amount", StatementRow::amount));
		return excel.download("funds.statement.file", columns, rows.stream(), locale);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private static BigDecimal yuan(long fen) {
		return BigDecimal.valueOf(fen, 2);
	}
}
