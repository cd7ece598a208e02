package org.qunfang.risk.model;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Fit and forecast for a county: 1,000 patrol zones (50 villages of 20, each zone next to the zones beside it
 * on a 40 × 25 map), ten years of synthetic cases known to the hour (a background varying tenfold between
 * zones and busier at night and at weekends, plus near-repeat chains to the zone or its neighbours). Reports
 * the time and the peak heap of one fit, and of a week's hourly forecast (1,000 zones × 168 hours). Figures
 * go to docs/benchmarks.md; nothing is asserted. Run: {@code ./mvnw -B -o test -Dtest=RiskBenchmark}.
 */
class RiskBenchmark {

	private static final int WIDTH = 40;
	private static final int HEIGHT = 25;
	private static final double DAYS = 3652;

	@Test
	void county() {
		int zones = WIDTH * HEIGHT;
		int[] regions = new int[zones];
		List<int[]> adjacent = new ArrayList<>();
		for (int z = 0; z < zones; z++) {
			int x = z % WIDTH;
			int y = z / WIDTH;
			regions[z] = (y / 5) * (WIDTH / 4) + x / 4;
			List<Integer> near = new ArrayList<>();
			if (x > 0) {
				near.add(z - 1);
			}
			if (x < WIDTH - 1) {
				near.add(z + 1);
			}
			if (y > 0) {
				near.add(z - WIDTH);
			}
			if (y < HEIGHT - 1) {
				near.add(z + WIDTH);
			}
			adjacent.add(near.stream().mapToInt(Integer::intValue).toArray());
		}
		ZonePlaces places = new ZonePlaces(regions, adjacent);
		List<Incident> cases = history(adjacent, new SplittableRandom(2026));
		System.gc();
		resetPeaks();
		long started = System.nanoTime();
		FittedRisk fit = RiskFit.fit(places, cases, 0, DAYS, RiskSettings.defaults());
		long fitted = System.nanoTime();
		long fitPeak = heapPeak();
		Forecast week = fit.hourly(DAYS, 7, 0);
		long forecast = System.nanoTime();
		System.out.printf("county: %d zones, %d cases over %.0f days; fit %.2f s (%d EM iterations, θ=%.3f ω=%.3f share=%.2f), "
				+ "peak heap during the fit %d MiB; hourly forecast of a week (%d × 168) %.1f ms, %.1f expected cases%n", zones,
				cases.size(), DAYS, (fitted - started) / 1e9, fit.iterations(), fit.branching(), fit.decayPerDay(), fit.spread(),
				fitPeak >> 20, zones, (forecast - fitted) / 1e6, week.sum());
	}

	/** Background Poisson cases by zone, hour profile and chains of near repeats (θ 0.2, mean delay 5 days). */
	private static List<Incident> history(List<int[]> adjacent, SplittableRandom random) {
		int zones = adjacent.size();
		double[] hour = new double[168];
		double hourSum = 0;
		for (int h = 0; h < 168; h++) {
			int hourOfDay = h % 24;
			hour[h] = (hourOfDay >= 19 || hourOfDay < 6 ? 3 : 1) * (h / 24 >= 4 ? 1.5 : 1);
			hourSum += hour[h];
		}
		List<double[]> points = new ArrayList<>();
		for (int z = 0; z < zones; z++) {
			double rate = 0.012 * Math.exp(random.nextGaussian() * 0.8);
			for (double t = exponential(random, rate); t < DAYS; t += exponential(random, rate)) {
				int h = (int) Math.floor(t * 24) % 168;
				if (random.nextDouble() * 4.5 < hour[h]) {
					points.add(new double[] { t, z });
				}
			}
		}
		for (int i = 0; i < points.size(); i++) {
			double[] parent = points.get(i);
			for (double u = random.nextDouble(); u < 0.2; u = random.nextDouble() * 2) {
				double t = parent[0] + exponential(random, 0.2);
				int[] near = adjacent.get((int) parent[1]);
				int z = near.length == 0 || random.nextDouble() < 0.7 ? (int) parent[1] : near[random.nextInt(near.length)];
				if (t < DAYS) {
					points.add(new double[] { t, z });
				}
			}
		}
		points.sort(Comparator.comparingDouble(p -> p[0]));
		List<Incident> cases = new ArrayList<>(points.size());
		for (double[] p : points) {
			cases.add(Incident.at((int) p[1], p[0], (int) Math.floor(p[0] * 24) % 168));
		}
		return cases;
	}

	private static double exponential(SplittableRandom random, double rate) {
		return -Math.log(1 - random.nextDouble()) / rate;
	}

	private static void resetPeaks() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			pool.resetPeakUsage();
		}
	}

	private static long heapPeak() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}
}
