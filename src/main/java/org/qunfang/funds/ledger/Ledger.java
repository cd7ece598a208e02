package org.qunfang.funds.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.qunfang.funds.ExpensePosted;
import org.qunfang.funds.FundsPermissions;
import org.qunfang.identity.Audited;
import org.qunfang.identity.Caller;
import org.qunfang.organization.AdminUnit;
import org.qunfang.organization.AdminUnits;
import org.qunfang.organization.UnitLevel;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.Money;
import org.qunfang.platform.NotFoundException;
import org.qunfang.platform.text.PlainText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 台账 — keeping a village's books at the township: income into earmarked funds, approved expenses and
 * re-designations (posted for the approvals), reversals as the only correction, period close and
 * reconciliation with the bank statement. Every posting is dated in an open period and not in the future.
 */
@Service
public class Ledger {

	/**
	 * Money in: to an existing fund of the village ({@code fundId}), or to a new fund with its name, source
	 * and allowed purposes.
	 */
	public record Income(Long fundId, String fundName, FundSource source, Set<String> purposes, Money amount,
			LocalDate bookedOn, String payer, String description) {
	}

	/**
	 * An approved expense to post: drawn from {@code fundId} alone when given, else from the oldest funds
	 * allowing the purpose; dated {@code bookedOn} (the day it was paid; today when not given).
	 */
	public record Expense(long proposalId, String purpose, String payee, Money amount, String description, Long fundId,
			LocalDate bookedOn) {
	}

	/** The outcome of a reconciliation: the bank's balance, the books' balance and the difference. */
	public record Reconciliation(long id, LocalDate asOf, Money statementBalance, Money ledgerBalance) {

		public Money difference() {
			return statementBalance.minus(ledgerBalance);
		}
	}

	private final LedgerStore store;
	private final Purposes purposes;
	private final AdminUnits units;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final ZoneId zone;

	Ledger(LedgerStore store, Purposes purposes, AdminUnits units, ApplicationEventPublisher events, Clock clock,
			ZoneId displayZone) {
		this.store = store;
		this.purposes = purposes;
		this.units = units;
		this.events = events;
		this.clock = clock;
		this.zone = displayZone;
	}

	@Transactional
	@Audited(value = "funds.income.book", target = "ledger-entry", targetId = "#result")
	public long bookIncome(Caller caller, long villageId, Income income) {
		caller.require(FundsPermissions.BOOK);
		FundVillage v = FundVillage.of(units, caller, villageId);
		Money amount = income.amount() == null ? Money.ZERO : income.amount();
		amount.requirePositive();
		String description = PlainText.required("funds.field.description", income.description(), 500);
		LocalDate on = income.bookedOn() == null ? today() : income.bookedOn();
		store.lockBooks(v);
		requireOpen(v, on);
		long fundId;
		FundSource source;
		if (income.fundId() != null) {
			fundId = store.funds(v).stream().filter(f -> f.id() == income.fundId()).findFirst()
				.orElseThrow(() -> new DomainException("error.funds.fund-unknown")).id();
			source = store.fundSource(fundId);
		}
		else {
			String name = PlainText.required("funds.field.fund-name", income.fundName(), 100);
			source = income.source() == null ? FundSource.OTHER : income.source();
			fundId = store.openFund(v, name, source, purposesOf(v, income.purposes()), on, null, caller.username());
		}
		return store.post(v, new LedgerStore.NewEntry(EntryKind.INCOME, on, amount.fen(), source, null,
				PlainText.optional("funds.field.payer", income.payer(), 100), description, null, null, caller.username(), caller.displayName(),
				clock.instant(), Posting.income(fundId, amount.fen()))).id();
	}

	/** Posts an approved expense (for the approvals, in their transaction). */
	@Transactional
	public long postExpense(Caller approver, long villageId, Expense expense) {
		approver.require(FundsPermissions.APPROVE);
		FundVillage v = FundVillage.of(units, approver, villageId);
		purposes.require(v.countyId(), expense.purpose());
		LocalDate on = expense.bookedOn() == null ? today() : expense.bookedOn();
		store.lockBooks(v);
		requireOpen(v, on);
		List<Posting.Line> lines = Posting.expense(store.funds(v), expense.purpose(), expense.amount().fen(), expense.fundId());
		LedgerStore.Written written = store.post(v, new LedgerStore.NewEntry(EntryKind.EXPENSE, on, expense.amount().fen(),
				null, expense.purpose(), expense.payee(), expense.description(), null, expense.proposalId(),
				approver.username(), approver.displayName(), clock.instant(), lines));
		events.publishEvent(new ExpensePosted(v.countyId(), v.id(), written.id(), on, expense.purpose(), expense.payee(),
				expense.amount().fen()));
		return written.id();
	}

	/**
	 * Posts an approved re-designation (for the approvals): the amount leaves {@code fromFund} for a new
	 * fund of the same source allowed only {@code toPurposes}.
	 */
	@Transactional
	public long postRedesignation(Caller approver, long villageId, long proposalId, long fromFund, Set<String> toPurposes,
			Money amount, String description) {
		approver.require(FundsPermissions.APPROVE);
		FundVillage v = FundVillage.of(units, approver, villageId);
		LocalDate on = today();
		store.lockBooks(v);
		requireOpen(v, on);
		Posting.FundState from = store.funds(v).stream().filter(f -> f.id() == fromFund).findFirst()
			.orElseThrow(() -> new DomainException("error.funds.fund-unknown"));
		FundSource source = store.fundSource(fromFund);
		Set<String> allowed = purposesOf(v, toPurposes);
		String names = String.join("、", allowed.stream().map(p -> purposes.require(v.countyId(), p).nameZh()).toList());
		long to = store.openFund(v, store.fundName(fromFund) + " → " + names, source, allowed, on, fromFund,
				approver.username());
		return store.post(v, new LedgerStore.NewEntry(EntryKind.REDESIGNATION, on, amount.fen(), source, null, null,
				description, null, proposalId, approver.username(), approver.displayName(), clock.instant(),
				Posting.redesignation(from, to, amount.fen()))).id();
	}

	/** Corrects an entry by its exact opposite, dated {@code on} (today when not given). */
	@Transactional
	@Audited(value = "funds.entry.reverse", target = "ledger-entry", targetId = "#entryId")
	public long reverse(Caller caller, long entryId, LocalDate on, String reason) {
		caller.require(FundsPermissions.BOOK);
		LedgerStore.StoredEntry entry = store.entry(caller.jurisdiction().countyId(), entryId)
			.orElseThrow(NotFoundException::new);
		FundVillage v = FundVillage.of(units, caller, entry.villageId());
		String why = PlainText.required("funds.field.reason", reason, 500);
		LocalDate day = on == null ? today() : on;
		store.lockBooks(v);
		if (entry.kind() == EntryKind.REVERSAL) {
			throw new DomainException("error.funds.reverse-reversal");
		}
		// read again under the lock: a reversal committed since the first read counts
		if (store.entry(v.countyId(), entryId).orElseThrow().reversed()) {
			throw new DomainException("error.funds.already-reversed");
		}
		if (day.isBefore(entry.bookedOn())) {
			throw new DomainException("error.funds.reversal-before-entry", entry.bookedOn());
		}
		requireOpen(v, day);
		return store.post(v, new LedgerStore.NewEntry(EntryKind.REVERSAL, day, entry.amount(), entry.source(),
				entry.purpose(), entry.counterparty(), why, entry.id(), null, caller.username(), caller.displayName(),
				clock.instant(), Posting.reversal(entry.lines()))).id();
	}

	/** Closes the township's books through the end of a month that is over; months close in order. */
	@Transactional
	@Audited(value = "funds.period.close", target = "township", targetId = "#townshipId")
	public LocalDate closePeriod(Caller caller, long townshipId, YearMonth through) {
		caller.require(FundsPermissions.BOOK);
		AdminUnit township = units.find(townshipId)
			.filter(u -> u.level() == UnitLevel.TOWNSHIP && caller.jurisdiction().covers(u.countyId(), u.scopePath()))
			.orElseThrow(NotFoundException::new);
		if (through == null) {
			throw new DomainException("error.funds.close-month");
		}
		LocalDate last = through.atEndOfMonth();
		if (!last.isBefore(today())) {
			throw new DomainException("error.funds.close-month-not-over", through);
		}
		store.closedThrough(township.countyId(), townshipId).ifPresent(closed -> {
			if (!last.isAfter(closed)) {
				throw new DomainException("error.funds.already-closed", closed);
			}
		});
		store.close(township.countyId(), township.scopePath(), townshipId, last, caller.username(), clock.instant());
		return last;
	}

	/** Records the bank statement's balance on a day against the books' balance that day. */
	@Transactional
	@Audited(value = "funds.reconcile", target = "village", targetId = "#villageId")
	public Reconciliation reconcile(Caller caller, long villageId, LocalDate asOf, Money statementBalance, String note) {
		caller.require(FundsPermissions.BOOK);
		FundVillage v = FundVillage.of(units, caller, villageId);
		if (asOf == null || asOf.isAfter(today())) {
			throw new DomainException("error.funds.reconcile-date");
		}
		if (statementBalance == null || statementBalance.isNegative()) {
			throw new DomainException("error.money.negative", statementBalance == null ? "" : statementBalance.yuan());
		}
		long books = store.bankBalance(v, asOf);
		long id = store.reconcile(v, asOf, statementBalance.fen(), books, PlainText.optional("funds.field.note", note, 500), caller.username(),
				clock.instant());
		return new Reconciliation(id, asOf, statementBalance, Money.fen(books));
	}

	/** The day in the display zone. */
	public LocalDate today() {
		return LocalDate.now(clock.withZone(zone));
	}

	private void requireOpen(FundVillage v, LocalDate on) {
		if (on.isAfter(today())) {
			throw new DomainException("error.funds.future-date", on);
		}
		store.closedThrough(v.countyId(), v.townshipId()).ifPresent(closed -> {
			if (!on.isAfter(closed)) {
				throw new DomainException("error.funds.period-closed", on, closed);
			}
		});
	}

	private Set<String> purposesOf(FundVillage v, Set<String> codes) {
		if (codes == null || codes.isEmpty()) {
			throw new DomainException("error.funds.purposes-missing");
		}
		Set<String> checked = new LinkedHashSet<>();
		for (String code : codes) {
			checked.add(purposes.require(v.countyId(), code).code());
		}
		return checked;
	}
}
