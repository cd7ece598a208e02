package org.qunfang.risk.evaluation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Hit rate and predictive accuracy index (PAI). For a forecast that ranks the cells of the area, flagging
 * the top share {@code a} of the cells captures a share of the period's incidents: the hit rate. PAI is the
 * hit rate over the area share flagged (Chainey et al. 2008): 1 for a ranking no better than chance.
 * Cells with equal scores are flagged in random order, and the expected capture is counted: when only part
 * of a run of equal scores fits, each of its cells counts for the part that fits. So a constant score (the
 * uniform baseline) captures exactly its area share.
 */
public final class Metrics {

	/** The area shares reported. */
	public static final double[] AREAS = { 0.01, 0.02, 0.05, 0.10 };

	private Metrics() {
	}

	/** How many cells an area share flags (at least one). */
	public static int flagged(int cells, double share) {
		return Math.max(1, (int) Math.round(share * cells));
	}

	/** The expected incidents in the {@code flagged} highest-scoring cells, equal scores taken at random. */
	public static double captured(double[] scores, int[] counts, int flagged) {
		return captured(scores, counts, new int[] { flagged })[0];
	}

	/** {@link #captured(double[], int[], int)} for several numbers of flagged cells, sorting once. */
	static double[] captured(double[] scores, int[] counts, int[] flagged) {
		Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
		Arrays.sort(order, Comparator.comparingDouble((Integer p) -> scores[p]).reversed());
		double[] captured = new double[flagged.length];
		for (int f = 0; f < flagged.length; f++) {
			int taken = 0;
			for (int start = 0; start < order.length && taken < flagged[f];) {
				int end = start;
				double tied = 0;
				while (end < order.length && scores[order[end]] == scores[order[start]]) {
					tied += counts[order[end]];
					end++;
				}
				int run = end - start;
				int fits = Math.min(run, flagged[f] - taken);
				captured[f] += tied * fits / run;
				taken += fits;
				start = end;
			}
		}
		return captured;
	}

	/**
	 * Incidents captured, pooled over the periods of a walk forward: the hit rate is all incidents captured
	 * over all incidents (including those in cells outside the area, which no method can capture).
	 */
	public static final class Tally {

		private final int cells;
		private final double[] captured = new double[AREAS.length];
		private final java.util.List<double[]> byPeriod = new java.util.ArrayList<>();
		private long incidents;
		private long outside;
		private int periods;

		public Tally(int cells) {
			this.cells = cells;
		}

		/** Scores one period: its forecast scores and its incidents per cell, and those outside the area. */
		public void add(double[] scores, int[] counts, int outsideArea) {
			int[] flagged = new int[AREAS.length];
			for (int a = 0; a < AREAS.length; a++) {
				flagged[a] = flagged(cells, AREAS[a]);
			}
			double[] got = captured(scores, counts, flagged);
			for (int a = 0; a < AREAS.length; a++) {
				captured[a] += got[a];
			}
			byPeriod.add(got);
			incidents += Arrays.stream(counts).sum() + outsideArea;
			outside += outsideArea;
			periods++;
		}

		public double hitRate(int area) {
			return incidents == 0 ? 0 : captured[area] / incidents;
		}

		/** The hit rate over the share of the area actually flagged. */
		public double pai(int area) {
			return hitRate(area) / ((double) flagged(cells, AREAS[area]) / cells);
		}

		public long incidents() {
			return incidents;
		}

		public long outside() {
			return outside;
		}

		public int periods() {
			return periods;
		}

		/** The incidents captured in one period (in the order the periods were added) at an area share. */
		public double capturedIn(int period, int area) {
			return byPeriod.get(period)[area];
		}
	}
}
