package org.qunfang.risk.evaluation;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * How much better one method is than another over the same walk forward, and how sure that is. Both were
 * scored on the same periods, cells and incidents, so the ratio of their PAIs at an area share is the ratio
 * of the incidents they captured. The interval is a paired block bootstrap: the periods are cut into
 * consecutive blocks (a week of days, so that a run of related cases stays together), blocks are drawn with
 * replacement as many times as there are blocks, and the ratio is recomputed; the 2.5th and 97.5th
 * percentiles of those ratios bound a 95 % interval. An interval that contains 1 means the walk cannot tell
 * the two methods apart.
 */
final class Comparison {

	/** The ratio of the captures and its 95 % interval; NaN when the second method captured nothing. */
	record Ratio(double estimate, double low, double high) {

		boolean separates() {
			return low > 1 || high < 1;
		}
	}

	private Comparison() {
	}

	static Ratio ratio(Metrics.Tally a, Metrics.Tally b, int area, int blockPeriods, int resamples, long seed) {
		int periods = a.periods();
		if (b.periods() != periods) {
			throw new IllegalArgumentException("the tallies are of different walks");
		}
		int block = Math.max(1, blockPeriods);
		int blocks = (periods + block - 1) / block;
		double[] sumA = new double[blocks];
		double[] sumB = new double[blocks];
		for (int p = 0; p < periods; p++) {
			sumA[p / block] += a.capturedIn(p, area);
			sumB[p / block] += b.capturedIn(p, area);
		}
		double estimate = ratio(Arrays.stream(sumA).sum(), Arrays.stream(sumB).sum());
		if (blocks == 0 || Double.isNaN(estimate)) {
			return new Ratio(estimate, Double.NaN, Double.NaN);
		}
		SplittableRandom random = new SplittableRandom(seed);
		double[] drawn = new double[resamples];
		for (int r = 0; r < resamples; r++) {
			double x = 0;
			double y = 0;
			for (int k = 0; k < blocks; k++) {
				int pick = random.nextInt(blocks);
				x += sumA[pick];
				y += sumB[pick];
			}
			drawn[r] = y > 0 ? x / y : Double.POSITIVE_INFINITY;
		}
		Arrays.sort(drawn);
		return new Ratio(estimate, percentile(drawn, 0.025), percentile(drawn, 0.975));
	}

	private static double ratio(double x, double y) {
		return y > 0 ? x / y : Double.NaN;
	}

	/** The value below which the share {@code q} of the sorted values lies (nearest rank). */
	static double percentile(double[] sorted, double q) {
		int rank = (int) Math.ceil(q * sorted.length);
		return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
	}
}
