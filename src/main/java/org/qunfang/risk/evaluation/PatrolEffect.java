package org.qunfang.risk.evaluation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The patrol effect of the risk weight, by the allocation rule alone (not the full roster solver): over a
 * month, a fixed number of (cell, day) patrol slots a day — a share of the area's cells — are given out in
 * three ways, and each is scored by the share of the month's incidents that fell in a patrolled cell on its
 * day.
 * <ul>
 * <li>rotation, without risk: the cells in turn, in a fixed shuffled order, as a village writes a roster by
 * hand (expected share: the area share);
 * <li>proportionate to risk: each cell patrolled on a day with probability proportionate to its forecast,
 * at most one (the excess goes to the others); the expected share is counted;
 * <li>highest risk first, capped: each day the cells of highest forecast, choices within 1 % of each other
 * in random order, no cell on more than {@code capDays} days of the month.
 * </ul>
 */
final class PatrolEffect {

	/** Patrolled incidents and all incidents of the month, per rule. */
	record Result(double rotation, double proportionate, double highest, long incidents, int slotsPerDay) {
	}

	private PatrolEffect() {
	}

	static Result run(Method model, Events events, int cells, int firstDay, int days, double share, int capDays, long seed) {
		int slots = Metrics.flagged(cells, share);
		SplittableRandom random = new SplittableRandom(seed);
		int[] order = shuffled(cells, random);
		int[] patrolledDays = new int[cells];
		double rotation = 0;
		double proportionate = 0;
		double highest = 0;
		long incidents = 0;
		for (int d = 0; d < days; d++) {
			int day = firstDay + d;
			int[] counts = new int[cells];
			for (int i = events.firstAt(day), end = events.firstAt(day + 1); i < end; i++) {
				if (events.place[i] >= 0) {
					counts[events.place[i]]++;
				}
				incidents++;
			}
			for (int k = 0; k < slots; k++) {
				rotation += counts[order[(int) (((long) d * slots + k) % cells)]];
			}
			double[] risk = model.scores(day, 1, Math.floorMod(day, 7) * 24, 0);
			double[] inclusion = inclusion(risk, slots);
			for (int p = 0; p < cells; p++) {
				proportionate += inclusion[p] * counts[p];
			}
			double[] key = new double[cells];
			for (int p = 0; p < cells; p++) {
				key[p] = patrolledDays[p] >= capDays ? Double.NEGATIVE_INFINITY : risk[p] * (1 + 0.01 * random.nextDouble());
			}
			Integer[] ranked = IntStream.range(0, cells).boxed().toArray(Integer[]::new);
			Arrays.sort(ranked, Comparator.comparingDouble((Integer p) -> key[p]).reversed());
			for (int k = 0; k < slots; k++) {
				patrolledDays[ranked[k]]++;
				highest += counts[ranked[k]];
			}
		}
		return new Result(rotation, proportionate, highest, incidents, slots);
	}

	/**
	 * Inclusion probabilities proportionate to risk, none above one, adding up to {@code slots}: the cells
	 * that would pass one are set to one and the rest shared out again among the others.
	 */
	static double[] inclusion(double[] risk, int slots) {
		double[] pi = new double[risk.length];
		boolean[] full = new boolean[risk.length];
		int left = Math.min(slots, risk.length);
		while (true) {
			double sum = 0;
			for (int p = 0; p < risk.length; p++) {
				sum += full[p] ? 0 : Math.max(risk[p], 0);
			}
			boolean changed = false;
			for (int p = 0; p < risk.length; p++) {
				if (!full[p]) {
					pi[p] = sum > 0 ? left * Math.max(risk[p], 0) / sum : 0;
					if (pi[p] >= 1) {
						pi[p] = 1;
						full[p] = true;
						left--;
						changed = true;
					}
				}
			}
			if (left <= 0) {
				for (int p = 0; p < risk.length; p++) {
					pi[p] = full[p] ? 1 : 0;
				}
				return pi;
			}
			if (!changed) {
				return pi;
			}
		}
	}

	private static int[] shuffled(int n, SplittableRandom random) {
		int[] order = IntStream.range(0, n).toArray();
		for (int i = n - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int t = order[i];
			order[i] = order[j];
			order[j] = t;
		}
		return order;
	}
}
