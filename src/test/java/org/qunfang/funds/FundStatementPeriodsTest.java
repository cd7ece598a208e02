package org.qunfang.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.qunfang.funds.ledger.FundSource;
import org.qunfang.funds.ledger.Ledger;
import org.qunfang.identity.Caller;
import org.qunfang.identity.Role;
import org.qunfang.platform.Money;
import org.qunfang.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Statements read the funds' balances from month totals and the period's entries alone; over a ledger of
 * incomes, expenses and reversals spread across months, every period's balances equal the sums of the
 * lines, and every month total equals its month's lines.
 */
class FundStatementPeriodsTest extends IntegrationTest {

	@Autowired
	Ledger ledger;

	@Autowired
	FundStatements statements;

	@Autowired
	JdbcClient jdbc;

	@Test
	void balancesAtAnyDayEqualTheSumOfTheLinesBeforeIt() {
		String code = "SP" + System.nanoTime() % 100000;
		var units = fixtures.bean(org.qunfang.organization.AdminUnits.class);
		long township = units.createTownship(fixtures.id("county"), code, "测试镇" + code, "Township " + code).id();
		long village = units.createVillage(township, code + "V", "测试村" + code, "Village " + code).id();
		Caller finance = fixtures.account("fin." + code.toLowerCase(), "财政所" + code, Role.FINANCE_OFFICER, township);
		LocalDate today = ledger.today();
		// A township of its own: no other test closes its months.
		Random random = new Random(20261130);
		long first = ledger.bookIncome(finance, village, new Ledger.Income(null, "巡逻经费", FundSource.TOWNSHIP_FINANCE,
				Set.of("PATROL_WAGES"), Money.fen(500_000), today.minusDays(130), "财政所", "年初拨付"));
		long fund = jdbc.sql("select fund_id from ledger_line where entry_id = :e and account = 'FUND'").param("e", first)
			.query(Long.class).single();
		for (int i = 0; i < 40; i++) {
			LocalDate day = today.minusDays(random.nextInt(125));
			long entry = i % 3 == 2
					? ledger.bookIncome(finance, village, new Ledger.Income(null, "捐款" + i, FundSource.DONATION,
							Set.of("REWARDS", "TOOLS"), Money.fen(1_000 + random.nextInt(9_000)), day, "捐助人", "捐款"))
					: ledger.bookIncome(finance, village, new Ledger.Income(fund, null, null, null,
							Money.fen(1_000 + random.nextInt(9_000)), day, "财政所", "追加"));
			if (i % 4 == 0) {
				ledger.reverse(finance, entry, day.plusDays(random.nextInt((int) (today.toEpochDay() - day.toEpochDay()) + 1)),
						"重复记账");
			}
			if (i % 5 == 0) {
				ledger.postExpense(finance, village, new Ledger.Expense(0, i % 10 == 0 ? "PATROL_WAGES" : "TOOLS", "五金店",
						Money.fen(500), "购买器材", null, null));
			}
		}
		assertThat(jdbc.sql("""
				select count(*) from (select l.fund_id, sum(l.credit - l.debit) as net, m.month_no
				  from ledger_line l join fund_month_total m on m.fund_id = l.fund_id
				  and m.month_no = extract(year from l.booked_on) * 100 + extract(month from l.booked_on)
				  where l.village_id = :v and l.account = 'FUND' group by l.fund_id, m.month_no, m.net having sum(l.credit - l.debit) <> m.net) x""")
			.param("v", village).query(Long.class).single()).as("month totals equal their lines").isZero();
		assertThat(jdbc.sql("select count(*) from fund_month_total where village_id = :v").param("v", village).query(Long.class)
			.single()).isGreaterThanOrEqualTo(5);
		for (int i = 0; i < 12; i++) {
			LocalDate from = today.minusDays(140 - random.nextInt(140));
			LocalDate to = from.plusDays(random.nextInt((int) (today.toEpochDay() - from.toEpochDay()) + 1));
			FundStatement s = statements.of(finance, village, from, to);
			assertThat(s.addsUp()).isTrue();
			assertThat(byFund(s, true)).as("opening on " + from).isEqualTo(linesBefore(village, from));
			assertThat(byFund(s, false)).as("closing on " + to).isEqualTo(linesBefore(village, to.plusDays(1)));
		}
	}

	private static Map<Long, Long> byFund(FundStatement s, boolean opening) {
		Map<Long, Long> balances = new HashMap<>();
		s.funds().forEach(f -> balances.put(f.fundId(), opening ? f.openingFen() : f.closingFen()));
		balances.values().removeIf(b -> b == 0);
		return balances;
	}

	private Map<Long, Long> linesBefore(long village, LocalDate day) {
		Map<Long, Long> balances = new HashMap<>();
		List<long[]> rows = jdbc.sql("""
				select fund_id, sum(credit - debit) from ledger_line where village_id = :v and account = 'FUND'
				  and booked_on < :d group by fund_id""").param("v", village).param("d", day)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).list();
		rows.stream().filter(r -> r[1] != 0).forEach(r -> balances.put(r[0], r[1]));
		return balances;
	}
}
