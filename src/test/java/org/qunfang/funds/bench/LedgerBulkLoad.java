package org.qunfang.funds.bench;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.qunfang.organization.AdminUnit;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads a village's ledger straight into PostgreSQL with {@code generate_series}: {@code n} entries over
 * {@code days} days from {@code start}, in blocks of ten on one of four funds (five incomes, four expenses,
 * then the reversal of the last expense or of the first income), so that every entry's lines balance and
 * no fund ever goes below zero. Fund balances, their month totals and the village's books are then set from
 * the lines, and {@link #check} proves it with SQL.
 */
final class LedgerBulkLoad {

	/** The four funds: source and allowed purposes; an expense of a block uses one of its purposes. */
	private static final String[][] FUNDS = { { "TOWNSHIP_FINANCE", "PATROL_WAGES,LOST_WORK", "乡镇拨付巡逻经费" },
			{ "DEFENSE_FEE", "PATROL_WAGES,TOOLS", "治安防范费" }, { "DONATION", "REWARDS,INSURANCE", "社会捐助" },
			{ "LEVY", "OFFICE,TOOLS", "一事一议筹资" } };

	/** Ids of the loaded rows: far above those of the id generator, below 2^53. */
	static final long BASE = 8_000_000_000_000_000L;

	private final JdbcClient jdbc;

	LedgerBulkLoad(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void load(AdminUnit v, int n, LocalDate start, int days) {
		for (int k = 1; k <= 4; k++) {
			jdbc.sql("""
					insert into fund (id, county_id, scope_path, village_id, name, source, purposes, balance, opened_on, opened_by)
					values (:id, :c, :p, :v, :name, :source, :purposes, 0, :on, 'bench')""")
				.param("id", BASE - 10 + k).param("c", v.countyId()).param("p", v.scopePath()).param("v", v.id())
				.param("name", FUNDS[k - 1][2]).param("source", FUNDS[k - 1][0]).param("purposes", FUNDS[k - 1][1])
				.param("on", start).update();
		}
		jdbc.sql("drop table if exists bench_entry").update();
		jdbc.sql("""
				create table bench_entry as
				select g, pos, blk % 4 + 1 as k,
				  case when pos < 5 then 'INCOME' when pos < 9 then 'EXPENSE' else 'REVERSAL' end as kind,
				  case when pos < 9 then null when blk % 2 = 0 then g - 1 else g - 9 end as orig,
				  case when pos < 5 then 'INCOME' when pos < 9 then 'EXPENSE' when blk % 2 = 0 then 'EXPENSE' else 'INCOME' end
				    as effect,
				  case when pos < 5 then 10000 + g % 7 * 100 when pos < 9 then 8000 + g % 5 * 100
				    when blk % 2 = 0 then 8000 + (g - 1) % 5 * 100 else 10000 + (g - 9) % 7 * 100 end as amount,
				  cast(:start as date) + cast((g - 1) * :days / :n as int) as booked_on
				from (select g, (g - 1) % 10 as pos, (g - 1) / 10 as blk from generate_series(1, cast(:n as bigint)) g) s""")
			.param("start", start).param("days", (long) days).param("n", (long) n).update();
		jdbc.sql("""
				insert into ledger_entry (id, county_id, scope_path, village_id, voucher_no, booked_on, kind, amount, source,
				  purpose, counterparty, description, reverses, reverses_kind, booked_by, booked_name, booked_at)
				select :base + g, :c, :p, :v, g, booked_on, kind, amount,
				  case when effect = 'INCOME' then (array['TOWNSHIP_FINANCE','DEFENSE_FEE','DONATION','LEVY'])[k] end,
				  case when effect = 'EXPENSE' then split_part((array['PATROL_WAGES,LOST_WORK','PATROL_WAGES,TOOLS',
				    'REWARDS,INSURANCE','OFFICE,TOOLS'])[k], ',', cast(coalesce(orig, g) % 2 + 1 as int)) end,
				  case when effect = 'INCOME' then '交款单位' || coalesce(orig, g) % 10 else '收款人' || coalesce(orig, g) % 20 end,
				  case when kind = 'REVERSAL' then '冲销凭证 ' || orig else '批量载入的凭证 ' || g end,
				  case when kind = 'REVERSAL' then :base + orig end, case when kind = 'REVERSAL' then effect end,
				  'bench', '基准测试', now()
				from bench_entry""").param("base", BASE).param("c", v.countyId()).param("p", v.scopePath()).param("v", v.id())
			.update();
		jdbc.sql("""
				insert into ledger_line (entry_id, line_no, county_id, scope_path, village_id, booked_on, account, fund_id,
				  debit, credit)
				select :base + g, l.no, :c, :p, :v, booked_on,
				  case when (l.no = 1) = (effect = 'INCOME') then 'BANK' else 'FUND' end,
				  case when (l.no = 1) = (effect = 'INCOME') then null else :base - 10 + k end,
				  case when (l.no = 1) = (kind <> 'REVERSAL') then amount else 0 end,
				  case when (l.no = 1) = (kind <> 'REVERSAL') then 0 else amount end
				from bench_entry cross join (values (1), (2)) as l(no)""").param("base", BASE).param("c", v.countyId())
			.param("p", v.scopePath()).param("v", v.id()).update();
		jdbc.sql("drop table bench_entry").update();
		jdbc.sql("""
				update fund f set balance = (select coalesce(sum(credit - debit), 0) from ledger_line l where l.fund_id = f.id)
				where f.village_id = :v""").param("v", v.id()).update();
		jdbc.sql("""
				insert into fund_month_total (fund_id, month_no, county_id, scope_path, village_id, net)
				select fund_id, cast(extract(year from booked_on) * 100 + extract(month from booked_on) as int), :c, :p, :v,
				  sum(credit - debit)
				from ledger_line where village_id = :v and account = 'FUND'
				group by fund_id, cast(extract(year from booked_on) * 100 + extract(month from booked_on) as int)""")
			.param("c", v.countyId()).param("p", v.scopePath()).param("v", v.id()).update();
		jdbc.sql("""
				insert into fund_books (village_id, county_id, scope_path, next_voucher, bank_balance)
				select :v, :c, :p, :n + 1, coalesce(sum(debit - credit), 0) from ledger_line
				where village_id = :v and account = 'BANK'""").param("v", v.id()).param("c", v.countyId())
			.param("p", v.scopePath()).param("n", (long) n).update();
	}

	/** The checks of a valid double-entry ledger, each with what it found (all but the counts must be zero). */
	Map<String, Long> check(long villageId) {
		Map<String, Long> found = new LinkedHashMap<>();
		String[][] checks = {
				{ "entries", "select count(*) from ledger_entry where village_id = :v" },
				{ "lines", "select count(*) from ledger_line where village_id = :v" },
				{ "entries whose lines do not balance", """
						select count(*) from (select entry_id from ledger_line where village_id = :v group by entry_id
						  having sum(debit) <> sum(credit) or count(*) < 2) x""" },
				{ "entries without lines", """
						select count(*) from ledger_entry e where e.village_id = :v
						  and not exists (select 1 from ledger_line l where l.entry_id = e.id)""" },
				{ "reversals not the opposite of their entry", """
						select count(*) from ledger_entry r join ledger_entry o on o.id = r.reverses
						join ledger_line rl on rl.entry_id = r.id join ledger_line ol on ol.entry_id = o.id and ol.line_no = rl.line_no
						where r.village_id = :v and (rl.account <> ol.account or coalesce(rl.fund_id, 0) <> coalesce(ol.fund_id, 0)
						  or rl.debit <> ol.credit or rl.credit <> ol.debit or r.amount <> o.amount)""" },
				{ "funds whose balance is not the sum of their lines", """
						select count(*) from fund f where f.village_id = :v
						  and f.balance <> (select coalesce(sum(credit - debit), 0) from ledger_line l where l.fund_id = f.id)""" },
				{ "reversals not naming the kind they reverse", """
						select count(*) from ledger_entry r join ledger_entry o on o.id = r.reverses
						where r.village_id = :v and (r.reverses_kind is null or r.reverses_kind <> o.kind)""" },
				{ "fund months whose total is not the sum of their lines", """
						select count(*) from (select l.fund_id, cast(extract(year from l.booked_on) * 100
						  + extract(month from l.booked_on) as int) as month, sum(l.credit - l.debit) as net
						  from ledger_line l where l.village_id = :v and l.account = 'FUND' group by 1, 2) x
						full join (select * from fund_month_total where village_id = :v) t on t.fund_id = x.fund_id and t.month_no = x.month
						where x.net is distinct from t.net""" },
				{ "fund balance minus bank balance", """
						select (select sum(balance) from fund where village_id = :v)
						  - (select bank_balance from fund_books where village_id = :v)""" },
				{ "bank balance minus the bank lines", """
						select (select bank_balance from fund_books where village_id = :v)
						  - (select coalesce(sum(debit - credit), 0) from ledger_line where village_id = :v and account = 'BANK')""" },
				{ "days a fund was below zero (running balance in voucher order)", """
						select count(*) from (select sum(l.credit - l.debit) over (partition by l.fund_id order by e.voucher_no) as b
						  from ledger_line l join ledger_entry e on e.id = l.entry_id
						  where l.village_id = :v and l.account = 'FUND') x where b < 0""" },
				{ "vouchers out of date order", """
						select count(*) from (select booked_on, lag(booked_on) over (order by voucher_no) as before
						  from ledger_entry where village_id = :v) x where booked_on < before""" } };
		for (String[] c : checks) {
			found.put(c[0], jdbc.sql(c[1]).param("v", villageId).query(Long.class).single());
		}
		return found;
	}
}
