package org.qunfang.funds.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.qunfang.funds.FundsPermissions;
import org.qunfang.identity.Caller;
import org.qunfang.organization.AdminUnits;
import org.qunfang.platform.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reading the books: villages with their balances, a village's funds, its ledger and its reconciliations. */
@Service
public class LedgerQueries {

	/** A fund as shown. */
	public record FundView(long id, String name, FundSource source, List<String> purposes, Money balance,
			LocalDate openedOn, Long redesignatedFrom) {
	}

	/** A village on the township's overview. */
	public record VillageBalance(long villageId, String nameZh, String nameEn, Money balance, int funds, int openProposals) {

		public String name(java.util.Locale locale) {
			return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
		}
	}

	/** One line of an entry as shown: the bank account or a fund, debit or credit. */
	public record LineView(Account account, Long fundId, String fundName, Money debit, Money credit) {
	}

	/** One entry of the ledger (台账) as shown. */
	public record EntryView(long id, long voucherNo, LocalDate bookedOn, EntryKind kind, Money amount, FundSource source,
			String purpose, String counterparty, String description, Long reverses, Long reversedBy, Long proposalId,
			String bookedName, Instant bookedAt, List<LineView> lines) {
	}

	/** A reconciliation as shown. */
	public record ReconciliationView(long id, LocalDate asOf, Money statementBalance, Money ledgerBalance, String note,
			String enteredBy, Instant enteredAt) {

		public Money difference() {
			return statementBalance.minus(ledgerBalance);
		}
	}

	private final JdbcClient jdbc;
	private final AdminUnits units;
	private final LedgerStore store;

	LedgerQueries(JdbcClient jdbc, AdminUnits units, LedgerStore store) {
		this.jdbc = jdbc;
		this.units = units;
		this.store = store;
	}

	/** The village, if the caller may see its books. */
	public FundVillage village(Caller caller, long villageId) {
		caller.require(FundsPermissions.VIEW);
		return FundVillage.of(units, caller, villageId);
	}

	/** The villages of the caller's jurisdiction with their balances and open proposals. */
	public List<VillageBalance> villages(Caller caller) {
		caller.require(FundsPermissions.VIEW);
		Map<Long, Long> balances = perVillage(caller, "select village_id, bank_balance from fund_books where ");
		Map<Long, Long> funds = perVillage(caller,
				"select village_id, count(*) from fund where balance > 0 and %s group by village_id");
		Map<Long, Long> open = perVillage(caller, """
				select village_id, count(*) from fund_proposal where status in ('PENDING', 'AWAITING_LEADER', 'APPROVED')
				and %s group by village_id""");
		return units.villages(caller.jurisdiction()).stream()
			.map(v -> new VillageBalance(v.id(), v.nameZh(), v.nameEn(), Money.fen(balances.getOrDefault(v.id(), 0L)),
					funds.getOrDefault(v.id(), 0L).intValue(), open.getOrDefault(v.id(), 0L).intValue()))
			.toList();
	}

	/** A village id → number query over the caller's jurisdiction ({@code %s} marks the scope predicate, else it ends the query). */
	private Map<Long, Long> perVillage(Caller caller, String sql) {
		var scope = caller.jurisdiction().where("");
		String full = sql.contains("%s") ? sql.formatted(scope.sql()) : sql + scope.sql();
		Map<Long, Long> values = new HashMap<>();
		scope.bind(jdbc.sql(full)).query((rs, n) -> values.put(rs.getLong(1), rs.getLong(2))).list();
		return values;
	}

	/** The village's funds, the oldest first. */
	public List<FundView> funds(FundVillage v) {
		return jdbc.sql("""
				select id, name, source, purposes, balance, opened_on, redesignated_from from fund
				where county_id = :c and village_id = :v order by opened_on, id""").param("c", v.countyId())
			.param("v", v.id())
			.query((rs, n) -> new FundView(rs.getLong("id"), rs.getString("name"), FundSource.valueOf(rs.getString("source")),
					List.copyOf(LedgerStore.purposes(rs.getString("purposes"))), Money.fen(rs.getLong("balance")),
					rs.getObject("opened_on", LocalDate.class), (Long) rs.getObject("redesignated_from", Long.class)))
			.list();
	}

	/** What the village's funds that allow the purpose hold between them. */
	public Money availableFor(FundVillage v, String purpose) {
		return Money.fen(funds(v).stream().filter(f -> f.purposes().contains(purpose)).mapToLong(f -> f.balance().fen()).sum());
	}

	/** The balance of the village's account at the township. */
	public Money bankBalance(FundVillage v) {
		return Money.fen(jdbc.sql("select coalesce(max(bank_balance), 0) from fund_books where village_id = :v")
			.param("v", v.id()).query(Long.class).single());
	}

	/** The entries booked on the days from {@code from} to {@code to}, in voucher order. */
	public List<EntryView> entries(FundVillage v, LocalDate from, LocalDate to) {
		Map<Long, List<LineView>> lines = new LinkedHashMap<>();
		jdbc.sql("""
				select l.entry_id, l.account, l.fund_id, f.name, l.debit, l.credit from ledger_line l
				left join fund f on f.id = l.fund_id
				where l.county_id = :c and l.village_id = :v and l.booked_on between :from and :to
				order by l.entry_id, l.line_no""").param("c", v.countyId()).param("v", v.id()).param("from", from)
			.param("to", to)
			.query((rs, n) -> Map.entry(rs.getLong("entry_id"), new LineView(Account.valueOf(rs.getString("account")),
					(Long) rs.getObject("fund_id", Long.class), rs.getString("name"), Money.fen(rs.getLong("debit")),
					Money.fen(rs.getLong("credit")))))
			.list().forEach(e -> lines.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		return jdbc.sql("""
				select e.*, (select r.id from ledger_entry r where r.reverses = e.id) as reversed_by from ledger_entry e
				where e.county_id = :c and e.village_id = :v and e.booked_on between :from and :to
				order by e.voucher_no""").param("c", v.countyId()).param("v", v.id()).param("from", from).param("to", to)
			.query((rs, n) -> new EntryView(rs.getLong("id"), rs.getLong("voucher_no"),
					rs.getObject("booked_on", LocalDate.class), EntryKind.valueOf(rs.getString("kind")),
					Money.fen(rs.getLong("amount")),
					rs.getString("source") == null ? null : FundSource.valueOf(rs.getString("source")),
					rs.getString("purpose"), rs.getString("counterparty"), rs.getString("description"),
					(Long) rs.getObject("reverses", Long.class), (Long) rs.getObject("reversed_by", Long.class),
					(Long) rs.getObject("proposal_id", Long.class), rs.getString("booked_name"),
					rs.getObject("booked_at", OffsetDateTime.class).toInstant(),
					List.copyOf(lines.getOrDefault(rs.getLong("id"), List.of()))))
			.list();
	}

	/** The last day closed for the village's township, if any. */
	public Optional<LocalDate> closedThrough(FundVillage v) {
		return store.closedThrough(v.countyId(), v.townshipId());
	}

	public List<ReconciliationView> reconciliations(FundVillage v) {
		return jdbc.sql("""
				select id, as_of, statement_balance, ledger_balance, note, entered_by, entered_at from fund_reconciliation
				where county_id = :c and village_id = :v order by as_of desc, entered_at desc""").param("c", v.countyId())
			.param("v", v.id())
			.query((rs, n) -> new ReconciliationView(rs.getLong("id"), rs.getObject("as_of", LocalDate.class),
					Money.fen(rs.getLong("statement_balance")), Money.fen(rs.getLong("ledger_balance")), rs.getString("note"),
					rs.getString("entered_by"), rs.getObject("entered_at", OffsetDateTime.class).toInstant()))
			.list();
	}
}
