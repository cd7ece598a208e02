package org.qunfang.funds.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.qunfang.funds.ledger.FundSource;
import org.qunfang.funds.ledger.Ledger;
import org.qunfang.identity.Caller;
import org.qunfang.platform.Money;

/**
 * Postings per second through the {@link Ledger} use cases on PostgreSQL (the village's books are locked
 * for each posting, so one village's postings are taken one at a time): 1, 4 and 16 threads posting to one
 * village and to any of 50, alternately an income ({@code bookIncome}, with its operation-log row) and an
 * expense ({@code postExpense}, as an approval books it), each posting its own transaction, for
 * {@code benchmark.seconds} (20) after {@code benchmark.warmup} (5) seconds; the six configurations in
 * {@code benchmark.rounds} (3) rounds, so that a busy moment of the machine does not fall on one alone.
 * Figures go to docs/benchmarks.md; nothing is asserted. Run with {@code bench/funds-booking.sh}.
 */
class BookingBenchmark extends LedgerBenchmark {

	private record Books(long village, long fund) {
	}

	@Test
	void postingsPerSecond() throws Exception {
		assumePostgres();
		int seconds = Integer.getInteger("benchmark.seconds", 20);
		int warmup = Integer.getInteger("benchmark.warmup", 5);
		int rounds = Integer.getInteger("benchmark.rounds", 3);
		Caller finance = fixtures.caller("t1.finance");
		List<Books> books = new ArrayList<>();
		for (int i = 1; i <= 50; i++) {
			books.add(books(finance, "BENCH-BOOKING-" + i));
		}
		Map<String, List<Double>> rates = new LinkedHashMap<>();
		for (int round = 1; round <= rounds; round++) {
			for (int villages : new int[] { 1, 50 }) {
				for (int threads : new int[] { 1, 4, 16 }) {
					double rate = run(finance, books.subList(0, villages), threads, warmup, seconds);
					rates.computeIfAbsent("%2d village(s), %2d thread(s)".formatted(villages, threads), k -> new ArrayList<>())
						.add(rate);
				}
			}
		}
		rates.forEach((config, r) -> System.out.printf("bookings summary: %s: median of %d rounds %,.0f/s (%,.0f–%,.0f)%n",
				config, r.size(), r.stream().sorted().toList().get(r.size() / 2), r.stream().mapToDouble(d -> d).min().orElse(0),
				r.stream().mapToDouble(d -> d).max().orElse(0)));
		for (Books b : books) {
			long unbalanced = jdbc.sql("""
					select count(*) from (select entry_id from ledger_line where village_id = :v group by entry_id
					  having sum(debit) <> sum(credit)) x""").param("v", b.village()).query(Long.class).single()
					+ jdbc.sql("""
							select (select sum(balance) from fund where village_id = :v)
							  - (select bank_balance from fund_books where village_id = :v)""").param("v", b.village())
						.query(Long.class).single();
			if (unbalanced != 0) {
				System.out.printf("village %d: books do not balance (%d)%n", b.village(), unbalanced);
			}
		}
		System.out.printf("checked: every entry of the %d villages balances and their funds add up to their accounts%n",
				books.size());
	}

	private Books books(Caller finance, String code) {
		long village = village(code, "基准村" + code, "Benchmark " + code).id();
		var fund = jdbc.sql("select min(id) from fund where village_id = :v").param("v", village).query(Long.class).optional()
			.filter(id -> id != null);
		if (fund.isEmpty()) {
			ledger.bookIncome(finance, village, new Ledger.Income(null, "基准经费", FundSource.TOWNSHIP_FINANCE,
					Set.of("PATROL_WAGES"), Money.fen(1_000_000_000L), null, "财政所", "基准测试拨款"));
			fund = jdbc.sql("select min(id) from fund where village_id = :v").param("v", village).query(Long.class).optional();
		}
		return new Books(village, fund.orElseThrow());
	}

	/** One configuration's run: its line of figures, and the postings per second. */
	private double run(Caller finance, List<Books> books, int threads, int warmup, int seconds) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long start = System.nanoTime();
		long measureFrom = start + TimeUnit.SECONDS.toNanos(warmup);
		long end = measureFrom + TimeUnit.SECONDS.toNanos(seconds);
		AtomicInteger failures = new AtomicInteger();
		List<Future<long[]>> results = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			results.add(pool.submit(() -> {
				long[] latencies = new long[1 << 20];
				int n = 0;
				for (long i = 0; System.nanoTime() < end; i++) {
					Books b = books.get(ThreadLocalRandom.current().nextInt(books.size()));
					long began = System.nanoTime();
					try {
						post(finance, b, i);
					}
					catch (RuntimeException failed) {
						failures.incrementAndGet();
						continue;
					}
					long done = System.nanoTime();
					if (began >= measureFrom && done <= end && n < latencies.length) {
						latencies[n++] = done - began;
					}
				}
				return Arrays.copyOf(latencies, n);
			}));
		}
		List<long[]> all = new ArrayList<>();
		for (Future<long[]> f : results) {
			all.add(f.get());
		}
		pool.shutdown();
		long[] merged = all.stream().flatMapToLong(Arrays::stream).toArray();
		Timings t = Timings.of(merged);
		System.out.printf("bookings: %2d village(s), %2d thread(s): %,d postings in %d s = %,.0f/s; latency p50 %.1f ms, "
				+ "p99 %.1f ms, max %.1f ms; %d failed%n", books.size(), threads, merged.length, seconds,
				merged.length / (double) seconds, t.median(), t.percentile(99), t.max(), failures.get());
		return merged.length / (double) seconds;
	}

	private void post(Caller finance, Books b, long i) {
		if (i % 2 == 0) {
			ledger.bookIncome(finance, b.village(), new Ledger.Income(b.fund(), null, null, null,
					Money.fen(100), null, null, "基准测试收入"));
		}
		else {
			ledger.postExpense(finance, b.village(), new Ledger.Expense(0, "PATROL_WAGES", "巡逻队员",
					Money.fen(50), "基准测试支出", b.fund(), null));
		}
	}
}
