package org.qunfang.funds.bench;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qunfang.funds.FundStatement;
import org.qunfang.funds.FundStatements;
import org.qunfang.identity.Caller;
import org.qunfang.organization.AdminUnit;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A village with a million ledger entries over seven years (PostgreSQL only): loads them with SQL unless
 * the village has them from an earlier run, checks they are a valid double-entry ledger, then times
 * {@link FundStatements#of} as the statement page calls it — for last month, last quarter and last year,
 * {@code benchmark.repetitions} times each after three warm-up runs. Figures go to docs/benchmarks.md;
 * nothing is asserted. Run with {@code bench/funds-statement.sh}.
 */
class StatementBenchmark extends LedgerBenchmark {

	@Autowired
	FundStatements statements;

	@Test
	void statementsOfAVillageWithAMillionEntries() {
		assumePostgres();
		int entries = Integer.getInteger("benchmark.entries", 1_000_000);
		int repetitions = Integer.getInteger("benchmark.repetitions", 15);
		LocalDate today = ledger.today();
		LocalDate start = today.minusYears(7);
		AdminUnit village = village("BENCH-STATEMENT", "基准村", "Benchmark Village");
		LedgerBulkLoad loader = new LedgerBulkLoad(jdbc);
		long loaded = jdbc.sql("select count(*) from ledger_entry where village_id = :v").param("v", village.id())
			.query(Long.class).single();
		if (loaded == 0) {
			long began = System.nanoTime();
			loader.load(village, entries, start, (int) (today.toEpochDay() - start.toEpochDay()));
			System.out.printf("loaded %,d entries from %s to %s in %.1f s%n", entries, start, today.minusDays(1),
					(System.nanoTime() - began) / 1e9);
		}
		long began = System.nanoTime();
		jdbc.sql("analyze ledger_entry").update();
		jdbc.sql("analyze ledger_line").update();
		System.out.printf("analyze: %.1f s%n", (System.nanoTime() - began) / 1e9);
		for (Map.Entry<String, Long> check : loader.check(village.id()).entrySet()) {
			System.out.printf("check: %s = %,d%n", check.getKey(), check.getValue());
		}
		Caller finance = fixtures.caller("t1.finance");
		YearMonth month = YearMonth.from(today).minusMonths(1);
		LocalDate quarter = month.atDay(1).withMonth((month.getMonthValue() - 1) / 3 * 3 + 1);
		if (!quarter.plusMonths(3).isBefore(today)) {
			quarter = quarter.minusMonths(3);
		}
		LocalDate year = LocalDate.of(today.getYear() - 1, 1, 1);
		measure(finance, village, "month", month.atDay(1), month.atEndOfMonth(), repetitions);
		measure(finance, village, "quarter", quarter, quarter.plusMonths(3).minusDays(1), repetitions);
		measure(finance, village, "year", year, year.plusYears(1).minusDays(1), repetitions);
	}

	private void measure(Caller caller, AdminUnit village, String label, LocalDate from, LocalDate to, int repetitions) {
		FundStatement s = null;
		for (int i = 0; i < 3; i++) {
			s = statements.of(caller, village.id(), from, to);
		}
		long[] nanos = new long[repetitions];
		for (int i = 0; i < repetitions; i++) {
			long began = System.nanoTime();
			s = statements.of(caller, village.id(), from, to);
			nanos[i] = System.nanoTime() - began;
		}
		Timings t = Timings.of(nanos);
		long entries = jdbc.sql("select count(*) from ledger_entry where village_id = :v and booked_on between :f and :t")
			.param("v", village.id()).param("f", from).param("t", to).query(Long.class).single();
		System.out.printf("statement %-7s %s to %s: %,d entries; median %.1f ms, max %.1f ms over %d runs; "
				+ "income %s, expenditure %s in %d lines, closing %s yuan, adds up: %s%n", label, from, to, entries, t.median(),
				t.max(), repetitions, yuan(s.incomeFen()), yuan(s.expenseFen()), s.expenses().size(), yuan(s.closingFen()),
				s.addsUp());
	}

	private static String yuan(long fen) {
		return java.math.BigDecimal.valueOf(fen, 2).toPlainString();
	}
}
