package org.qunfang.funds.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.qunfang.platform.IdGenerator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the ledger: the one place entries, lines, funds and the village's books are written. Every
 * posting first locks the village's books row, so the postings of a village are taken one at a time and
 * each sees the balances the one before left; fund balances are changed by a guarded update that cannot
 * take them below zero, and the table refuses a negative balance as well. Nothing here updates or
 * deletes an entry or a line. Callers check permissions, scope and the period.
 */
@Component
class LedgerStore {

	/**
	 * An entry to write, with its lines; {@code collection} marks a payment a village collected (and its
	 * reversal), which only voiding the payment corrects.
	 */
	record NewEntry(EntryKind kind, LocalDate bookedOn, long amount, FundSource source, String purpose,
			String counterparty, String description, Long reverses, Long proposalId, String bookedBy, String bookedName,
			Instant bookedAt, List<Posting.Line> lines, boolean collection) {

		NewEntry(EntryKind kind, LocalDate bookedOn, long amount, FundSource source, String purpose, String counterparty,
				String description, Long reverses, Long proposalId, String bookedBy, String bookedName, Instant bookedAt,
				List<Posting.Line> lines) {
			this(kind, bookedOn, amount, source, purpose, counterparty, description, reverses, proposalId, bookedBy,
					bookedName, bookedAt, lines, false);
		}
	}

	/** A written entry: its id and voucher number. */
	record Written(long id, long voucherNo) {
	}

	/** A stored entry as the reversal needs it. */
	record StoredEntry(long id, long villageId, EntryKind kind, LocalDate bookedOn, long amount, FundSource source,
			String purpose, String counterparty, String description, Long reverses, boolean reversed, boolean collection,
			List<Posting.Line> lines) {
	}

	private final JdbcClient jdbc;
	private final IdGenerator ids;

	LedgerStore(JdbcClient jdbc, IdGenerator ids) {
		this.jdbc = jdbc;
		this.ids = ids;
	}

	/**
	 * Creates the village's books if it has none yet (two first postings at once both find them made), then
	 * locks them until the transaction ends.
	 */
	void lockBooks(FundVillage v) {
		jdbc.sql("""
				insert into fund_books (village_id, county_id, scope_path, next_voucher, bank_balance)
				values (:v, :c, :p, 1, 0) on conflict do nothing""")
			.param("v", v.id()).param("c", v.countyId()).param("p", v.scopePath()).update();
		jdbc.sql("select village_id from fund_books where village_id = :v and county_id = :c for update")
			.param("v", v.id()).param("c", v.countyId()).query(Long.class).single();
	}

	/** The village's funds as they stand (call with the books locked). */
	List<Posting.FundState> funds(FundVillage v) {
		return jdbc.sql("select id, purposes, balance, opened_on from fund where county_id = :c and village_id = :v")
			.param("c", v.countyId()).param("v", v.id())
			.query((rs, n) -> new Posting.FundState(rs.getLong("id"), purposes(rs.getString("purposes")),
					rs.getLong("balance"), rs.getObject("opened_on", LocalDate.class)))
			.list();
	}

	/** Opens a fund; {@code collectionKey} names the collection (a levy, a year's fee) whose payments it takes. */
	long openFund(FundVillage v, String name, FundSource source, Set<String> purposes, LocalDate openedOn, Long redesignatedFrom,
			String openedBy, String collectionKey) {
		long id = ids.next();
		String shown = name.length() > 100 ? name.substring(0, 99) + "…" : name;
		jdbc.sql("""
				insert into fund (id, county_id, scope_path, village_id, name, source, purposes, balance,
				  redesignated_from, opened_on, opened_by, collection_key)
				values (:id, :c, :p, :v, :name, :source, :purposes, 0, :from, :on, :by, :key)""")
			.param("id", id).param("c", v.countyId()).param("p", v.scopePath()).param("v", v.id()).param("name", shown)
			.param("source", source.name()).param("purposes", String.join(",", purposes)).param("from", redesignatedFrom)
			.param("on", openedOn).param("by", openedBy).param("key", collectionKey).update();
		return id;
	}

	/** The fund that takes the payments of a collection, if its first payment opened one. */
	Optional<Long> collectionFund(FundVillage v, String collectionKey) {
		return jdbc.sql("select id from fund where county_id = :c and village_id = :v and collection_key = :k")
			.param("c", v.countyId()).param("v", v.id()).param("k", collectionKey).query(Long.class).optional();
	}

	FundSource fundSource(long fundId) {
		return FundSource.valueOf(jdbc.sql("select source from fund where id = :f").param("f", fundId).query(String.class)
			.single());
	}

	String fundName(long fundId) {
		return jdbc.sql("select name from fund where id = :f").param("f", fundId).query(String.class).single();
	}

	/**
	 * Writes the entry and its lines and applies them to the fund balances and the bank balance; the
	 * entry's voucher number is the village's next one. Call with the books locked.
	 */
	Written post(FundVillage v, NewEntry e) {
		Map<Long, Long> balances = funds(v).stream()
			.collect(Collectors.toMap(Posting.FundState::id, Posting.FundState::balance));
		Map<Long, Long> changes = Posting.fundChanges(e.lines(), balances);
		long voucher = jdbc.sql("select next_voucher from fund_books where village_id = :v").param("v", v.id())
			.query(Long.class).single();
		long id = ids.next();
		String reversesKind = e.reverses() == null ? null
				: jdbc.sql("select kind from ledger_entry where id = :r and county_id = :c").param("r", e.reverses())
					.param("c", v.countyId()).query(String.class).single();
		jdbc.sql("""
				insert into ledger_entry (id, county_id, scope_path, village_id, voucher_no, booked_on, kind, amount,
				  source, purpose, counterparty, description, reverses, reverses_kind, proposal_id, booked_by, booked_name,
				  booked_at, collection)
				values (:id, :c, :p, :v, :no, :on, :kind, :amount, :source, :purpose, :cp, :d, :rev, :revKind, :prop, :by,
				  :name, :at, :collection)""")
			.param("id", id).param("c", v.countyId()).param("p", v.scopePath()).param("v", v.id()).param("no", voucher)
			.param("on", e.bookedOn()).param("kind", e.kind().name()).param("amount", e.amount())
			.param("source", e.source() == null ? null : e.source().name()).param("purpose", e.purpose())
			.param("cp", e.counterparty()).param("d", e.description()).param("rev", e.reverses()).param("revKind", reversesKind)
			.param("prop", e.proposalId()).param("by", e.bookedBy()).param("name", e.bookedName())
			.param("at", e.bookedAt().atOffset(ZoneOffset.UTC)).param("collection", e.collection()).update();
		int no = 1;
		for (Posting.Line line : e.lines()) {
			jdbc.sql("""
					insert into ledger_line (entry_id, line_no, county_id, scope_path, village_id, booked_on, account, fund_id,
					  debit, credit)
					values (:e, :no, :c, :p, :v, :on, :a, :f, :d, :cr)""")
				.param("e", id).param("no", no++).param("c", v.countyId()).param("p", v.scopePath()).param("v", v.id())
				.param("on", e.bookedOn()).param("a", line.account().name()).param("f", line.fundId()).param("d", line.debit())
				.param("cr", line.credit()).update();
		}
		for (Map.Entry<Long, Long> change : changes.entrySet()) {
			int updated = jdbc.sql("""
					update fund set balance = balance + :d
					where id = :f and village_id = :v and balance + :d >= 0""")
				.param("d", change.getValue()).param("f", change.getKey()).param("v", v.id()).update();
			if (updated != 1) {
				throw new IllegalStateException("fund " + change.getKey() + " changed under a locked book");
			}
			addToMonth(v, change.getKey(), e.bookedOn(), change.getValue());
		}
		jdbc.sql("""
				update fund_books set next_voucher = next_voucher + 1, bank_balance = bank_balance + :d
				where village_id = :v""").param("d", Posting.bankChange(e.lines())).param("v", v.id()).update();
		return new Written(id, voucher);
	}

	/** Adds a posting's change of a fund to the fund's total for the month (call with the books locked). */
	private void addToMonth(FundVillage v, long fundId, LocalDate day, long delta) {
		int month = month(day);
		int updated = jdbc.sql("""
				update fund_month_total set net = net + :d where fund_id = :f and month_no = :m and county_id = :c""")
			.param("d", delta).param("f", fundId).param("m", month).param("c", v.countyId()).update();
		if (updated == 0) {
			jdbc.sql("""
					insert into fund_month_total (fund_id, month_no, county_id, scope_path, village_id, net)
					values (:f, :m, :c, :p, :v, :d)""").param("f", fundId).param("m", month).param("c", v.countyId())
				.param("p", v.scopePath()).param("v", v.id()).param("d", delta).update();
		}
	}

	/** The month of a day as {@code fund_month_total} keys it: yyyymm. */
	private static int month(LocalDate day) {
		return day.getYear() * 100 + day.getMonthValue();
	}

	Optional<StoredEntry> entry(long countyId, long entryId) {
		List<Posting.Line> lines = jdbc.sql("""
				select account, fund_id, debit, credit from ledger_line where entry_id = :e and county_id = :c
				order by line_no""").param("e", entryId).param("c", countyId)
			.query((rs, n) -> new Posting.Line(Account.valueOf(rs.getString("account")),
					(Long) rs.getObject("fund_id", Long.class), rs.getLong("debit"), rs.getLong("credit")))
			.list();
		return jdbc.sql("""
				select e.id, e.village_id, e.kind, e.booked_on, e.amount, e.source, e.purpose, e.counterparty,
				  e.description, e.reverses, e.collection,
				  exists (select 1 from ledger_entry r where r.reverses = e.id) as reversed
				from ledger_entry e where e.id = :e and e.county_id = :c""").param("e", entryId).param("c", countyId)
			.query((rs, n) -> new StoredEntry(rs.getLong("id"), rs.getLong("village_id"), EntryKind.valueOf(rs.getString("kind")),
					rs.getObject("booked_on", LocalDate.class), rs.getLong("amount"),
					rs.getString("source") == null ? null : FundSource.valueOf(rs.getString("source")), rs.getString("purpose"),
					rs.getString("counterparty"), rs.getString("description"), (Long) rs.getObject("reverses", Long.class),
					rs.getBoolean("reversed"), rs.getBoolean("collection"), lines))
			.optional();
	}

	/** The last day closed for the township's villages, if any. */
	Optional<LocalDate> closedThrough(long countyId, long townshipId) {
		return jdbc.sql("select max(closed_through) from fund_period_close where county_id = :c and township_id = :t")
			.param("c", countyId).param("t", townshipId).query(LocalDate.class).optional();
	}

	void close(long countyId, String townshipPath, long townshipId, LocalDate through, String by, Instant at) {
		jdbc.sql("""
				insert into fund_period_close (id, county_id, scope_path, township_id, closed_through, closed_by, closed_at)
				values (:id, :c, :p, :t, :through, :by, :at)""").param("id", ids.next()).param("c", countyId)
			.param("p", townshipPath).param("t", townshipId).param("through", through).param("by", by)
			.param("at", at.atOffset(ZoneOffset.UTC)).update();
	}

	/** The bank balance of the village's books at the end of a day. */
	long bankBalance(FundVillage v, LocalDate asOf) {
		return jdbc.sql("""
				select coalesce(sum(debit - credit), 0) from ledger_line
				where county_id = :c and village_id = :v and account = 'BANK' and booked_on <= :d""")
			.param("c", v.countyId()).param("v", v.id()).param("d", asOf).query(Long.class).single();
	}

	long reconcile(FundVillage v, LocalDate asOf, long statementBalance, long ledgerBalance, String note, String by, Instant at) {
		long id = ids.next();
		jdbc.sql("""
				insert into fund_reconciliation (id, county_id, scope_path, village_id, as_of, statement_balance,
				  ledger_balance, note, entered_by, entered_at)
				values (:id, :c, :p, :v, :d, :s, :l, :note, :by, :at)""").param("id", id).param("c", v.countyId())
			.param("p", v.scopePath()).param("v", v.id()).param("d", asOf).param("s", statementBalance)
			.param("l", ledgerBalance).param("note", note).param("by", by).param("at", at.atOffset(ZoneOffset.UTC)).update();
		return id;
	}

	static Set<String> purposes(String stored) {
		return stored == null || stored.isEmpty() ? Set.of()
				: Arrays.stream(stored.split(",")).collect(Collectors.toCollection(LinkedHashSet::new));
	}
}
