package org.qunfang.funds.web.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.qunfang.funds.FundStatement;
import org.qunfang.funds.FundStatements;
import org.qunfang.funds.ledger.FundSource;
import org.qunfang.funds.ledger.FundVillage;
import org.qunfang.funds.ledger.Ledger;
import org.qunfang.funds.ledger.LedgerQueries;
import org.qunfang.identity.Caller;
import org.qunfang.platform.Money;
import org.qunfang.platform.web.ApiController;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** A village's books: its funds and balance, its ledger, income, reversals and statements. Amounts in fen. */
@ApiController
@Tag(name = "funds")
class FundsApi {

	/** A fund with its balance. */
	record FundView(long id, String name, FundSource source, List<String> purposes, long balanceFen, LocalDate openedOn,
			Long redesignatedFrom) {
	}

	/** The village's account at the township, its funds, and the last day closed. */
	record BooksView(long villageId, long balanceFen, LocalDate closedThrough, List<FundView> funds) {
	}

	/**
	 * Income: into {@code fundId}, or into a new fund named {@code fundName} with its source and purposes;
	 * {@code bookedOn} defaults to today.
	 */
	record NewIncome(Long fundId, String fundName, FundSource source, Set<String> purposes, @NotNull Long amountFen,
			LocalDate bookedOn, String payer, String description) {
	}

	/** A reversal of an entry, with its reason, dated {@code on} (default today). */
	record NewReversal(String reason, LocalDate on) {
	}

	record Created(long id) {
	}

	private final LedgerQueries books;
	private final Ledger ledger;
	private final FundStatements statements;

	FundsApi(LedgerQueries books, Ledger ledger, FundStatements statements) {
		this.books = books;
		this.ledger = ledger;
		this.statements = statements;
	}

	@GetMapping("/funds/villages/{id}")
	@Operation(summary = "The village's account balance, its funds and the last day closed")
	BooksView village(Caller caller, @PathVariable long id) {
		FundVillage v = books.village(caller, id);
		return new BooksView(id, books.bankBalance(v).fen(), books.closedThrough(v).orElse(null),
				books.funds(v).stream().map(f -> new FundView(f.id(), f.name(), f.source(), f.purposes(), f.balance().fen(),
						f.openedOn(), f.redesignatedFrom())).toList());
	}

	@GetMapping("/funds/villages/{id}/entries")
	@Operation(summary = "The ledger entries booked from `from` (default 1 January) to `to` (default today), with their lines")
	List<LedgerQueries.EntryView> entries(Caller caller, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		FundVillage v = books.village(caller, id);
		LocalDate end = to != null ? to : ledger.today();
		return books.entries(v, from != null ? from : end.withDayOfYear(1), end);
	}

	@PostMapping("/funds/villages/{id}/income")
	@Operation(summary = "Book income into a fund of the village (the township finance officer)")
	ResponseEntity<Created> income(Caller caller, @PathVariable long id, @Valid @RequestBody NewIncome body) {
		long entry = ledger.bookIncome(caller, id, new Ledger.Income(body.fundId(), body.fundName(), body.source(),
				body.purposes(), Money.fen(body.amountFen()), body.bookedOn(), body.payer(), body.description()));
		return ResponseEntity.created(URI.create(ApiController.ROOT + "/funds/villages/" + id + "/entries"))
			.body(new Created(entry));
	}

	@PostMapping("/funds/entries/{id}/reversal")
	@Operation(summary = "Reverse an entry: book its exact opposite, with the reason")
	ResponseEntity<Created> reverse(Caller caller, @PathVariable long id, @RequestBody NewReversal body) {
		long entry = ledger.reverse(caller, id, body.on(), body.reason());
		return ResponseEntity.status(201).body(new Created(entry));
	}

	@GetMapping("/funds/villages/{id}/statement")
	@Operation(summary = "The statement of revenue and expenditure from `from` (default the 1st of this month) to `to` (default today)")
	FundStatement statement(Caller caller, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		LocalDate end = to != null ? to : ledger.today();
		return statements.of(caller, id, from != null ? from : end.withDayOfMonth(1), end);
	}
}
