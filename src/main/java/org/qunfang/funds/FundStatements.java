package org.qunfang.funds;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.qunfang.funds.ledger.LedgerQueries;
import org.qunfang.funds.ledger.Purposes;
import org.qunfang.identity.Caller;
import org.qunfang.funds.ledger.FundVillage;
import org.qunfang.organization.AdminUnits;
import org.qunfang.platform.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Draws up a village's {@link FundStatement} for a period from its ledger, summing in the database: the
 * funds' balances from their month totals and at most a month of lines at each end, the income and
 * expenditure from the period's entries alone (a reversal names the kind it reverses), so a statement
 * costs what its period holds, not the village's whole history.
 */
@Service
public class FundStatements {

	private final JdbcClient jdbc;
	private final AdminUnits units;
	private final Purposes purposes;
	private final LedgerQueries books;

	FundStatements(JdbcClient jdbc, AdminUnits units, Purposes purposes, LedgerQueries books) {
		this.jdbc = jdbc;
		this.units = units;
		this.purposes = purposes;
		this.books = books;
	}

	/** The statement of a village the caller may see, for the days from {@code from} to {@code to}. */
	public FundStatement of(Caller caller, long villageId, LocalDate from, LocalDate to) {
		caller.require(FundsPermissions.VIEW);
		return draw(FundVillage.of(units, caller, villageId), from, to);
	}

	/** The names of the county's purposes by code (those switched off too), for the lines of a statement. */
	public Map<String, String> purposeNames(long countyId, Locale locale) {
		return purposes.names(countyId, locale);
	}

	/** The last day the books of a village the caller may see are closed through, if any. */
	public Optional<LocalDate> closedThrough(Caller caller, long villageId) {
		return books.closedThrough(books.village(caller, villageId));
	}

	FundStatement draw(FundVillage v, LocalDate from, LocalDate to) {
		if (from == null || to == null || to.isBefore(from)) {
			throw new DomainException("error.funds.statement-period");
		}
		Map<Long, Long> opening = balancesBefore(v, from);
		Map<Long, Long> closing = balancesBefore(v, to.plusDays(1));
		List<FundStatement.FundLine> funds = new ArrayList<>();
		jdbc.sql("select id, name, source, purposes from fund where county_id = :c and village_id = :v order by opened_on, id")
			.param("c", v.countyId()).param("v", v.id()).query((rs, n) -> {
				long id = rs.getLong("id");
				long open = opening.getOrDefault(id, 0L);
				long close = closing.getOrDefault(id, 0L);
				if (opening.containsKey(id) || closing.containsKey(id)) {
					funds.add(new FundStatement.FundLine(id, rs.getString("name"), rs.getString("source"),
							Arrays.asList(rs.getString("purposes").split(",")), open, close));
				}
				return id;
			}).list();
		return new FundStatement(v.countyId(), v.id(), v.nameZh(), v.nameEn(), from, to,
				opening.values().stream().mapToLong(Long::longValue).sum(), income(v, from, to), expenses(v, from, to),
				redesignations(v, from, to), List.copyOf(funds), closing.values().stream().mapToLong(Long::longValue).sum());
	}

	/**
	 * Each fund's balance at the start of {@code day}: the month totals before its month, plus the lines of
	 * its month before it — never more than a month of lines, however long the ledger.
	 */
	private Map<Long, Long> balancesBefore(FundVillage v, LocalDate day) {
		Map<Long, Long> balances = new HashMap<>();
		jdbc.sql("""
				select fund_id, sum(net) as balance from fund_month_total
				where county_id = :c and village_id = :v and month_no < :m group by fund_id""")
			.param("c", v.countyId()).param("v", v.id()).param("m", day.getYear() * 100 + day.getMonthValue())
			.query((rs, n) -> balances.merge(rs.getLong("fund_id"), rs.getLong("balance"), Long::sum)).list();
		jdbc.sql("""
				select fund_id, sum(credit - debit) as balance from ledger_line
				where county_id = :c and village_id = :v and account = 'FUND' and booked_on >= :first and booked_on < :d
				group by fund_id""")
			.param("c", v.countyId()).param("v", v.id()).param("first", day.withDayOfMonth(1)).param("d", day)
			.query((rs, n) -> balances.merge(rs.getLong("fund_id"), rs.getLong("balance"), Long::sum)).list();
		return balances;
	}

	private List<FundStatement.IncomeLine> income(FundVillage v, LocalDate from, LocalDate to) {
		Map<String, Long> bySource = new LinkedHashMap<>();
		jdbc.sql("""
				select e.kind, e.source, sum(e.amount) as total from ledger_entry e
				where e.county_id = :c and e.village_id = :v and e.booked_on between :from and :to
				  and (e.kind = 'INCOME' or e.reverses_kind = 'INCOME')
				group by e.kind, e.source order by e.source""").param("c", v.countyId()).param("v", v.id())
			.param("from", from).param("to", to)
			.query((rs, n) -> bySource.merge(rs.getString("source"),
					"INCOME".equals(rs.getString("kind")) ? rs.getLong("total") : -rs.getLong("total"), Long::sum))
			.list();
		return bySource.entrySet().stream().filter(e -> e.getValue() != 0)
			.map(e -> new FundStatement.IncomeLine(e.getKey(), e.getValue())).toList();
	}

	private List<FundStatement.ExpenseLine> expenses(FundVillage v, LocalDate from, LocalDate to) {
		record Key(String purpose, String payee) {
		}
		Map<Key, long[]> lines = new LinkedHashMap<>();
		jdbc.sql("""
				select e.kind, e.purpose, e.counterparty, sum(e.amount) as total, count(*) as n from ledger_entry e
				where e.county_id = :c and e.village_id = :v and e.booked_on between :from and :to
				  and (e.kind = 'EXPENSE' or e.reverses_kind = 'EXPENSE')
				group by e.kind, e.purpose, e.counterparty order by e.purpose, e.counterparty""")
			.param("c", v.countyId()).param("v", v.id()).param("from", from).param("to", to).query((rs, n) -> {
				long[] line = lines.computeIfAbsent(new Key(rs.getString("purpose"), rs.getString("counterparty")),
						k -> new long[2]);
				boolean expense = "EXPENSE".equals(rs.getString("kind"));
				line[0] += expense ? rs.getLong("total") : -rs.getLong("total");
				line[1] += expense ? rs.getLong("n") : -rs.getLong("n");
				return line;
			}).list();
		return lines.entrySet().stream().filter(e -> e.getValue()[0] != 0)
			.map(e -> new FundStatement.ExpenseLine(e.getKey().purpose(), e.getKey().payee(), e.getValue()[0],
					(int) e.getValue()[1]))
			.toList();
	}

	private List<FundStatement.Redesignation> redesignations(FundVillage v, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select e.booked_on, e.voucher_no, e.kind, e.amount, e.description,
				  (select f.name from ledger_line l join fund f on f.id = l.fund_id where l.entry_id = e.id and l.debit > 0) as debited,
				  (select f.name from ledger_line l join fund f on f.id = l.fund_id where l.entry_id = e.id and l.credit > 0) as credited
				from ledger_entry e
				where e.county_id = :c and e.village_id = :v and e.booked_on between :from and :to
				  and (e.kind = 'REDESIGNATION' or e.reverses_kind = 'REDESIGNATION')
				order by e.voucher_no""").param("c", v.countyId()).param("v", v.id()).param("from", from).param("to", to)
			.query((rs, n) -> {
				boolean reversal = "REVERSAL".equals(rs.getString("kind"));
				return new FundStatement.Redesignation(rs.getObject("booked_on", LocalDate.class), rs.getLong("voucher_no"),
						reversal ? rs.getString("credited") : rs.getString("debited"),
						reversal ? rs.getString("debited") : rs.getString("credited"),
						reversal ? -rs.getLong("amount") : rs.getLong("amount"), rs.getString("description"));
			}).list();
	}
}
