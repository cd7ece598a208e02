package org.qunfang.risk.evaluation;

/**
 * The baselines the model is measured against. Each sees, per slot, only the events of that slot (with
 * shifts: a night-shift ranking is built from past night-shift incidents) that fell inside the area.
 * <ul>
 * <li>uniform: every cell alike (its expected PAI is 1);
 * <li>naive counts: the incidents of the last {@code days} days per cell;
 * <li>kernel density: those counts smoothed by a Gaussian of {@code bandwidth} metres (cut at three
 * bandwidths);
 * <li>prospective hotspotting (Bowers, Johnson &amp; Pease 2004): each case of the last {@code weeks} weeks
 * within {@code radius} metres adds 1/(1 + distance in cells) × 1/(1 + age in whole weeks).
 * </ul>
 * And two references that look at the future, to show how far any fixed map of the cells could go: the
 * counts of all the data's incidents except the scored period's, and the counts of the evaluation period's
 * incidents except the scored period's (equal counts ranked by all the data).
 */
final class Baselines {

	private Baselines() {
	}

	static Method uniform(int cells) {
		return new Method() {
			@Override
			public String name() {
				return "uniform";
			}

			@Override
			public double[] scores(double now, double days, int startHourOfWeek, int slot) {
				return new double[cells];
			}
		};
	}

	static Method counts(String name, int cells, Events[] bySlot, double days) {
		return kernel(name, cells, bySlot, days, null, null);
	}

	static Method density(String name, StudyGrid grid, Events[] bySlot, double days, double bandwidth) {
		StudyGrid.Neighbours near = grid.neighbours(3 * bandwidth);
		double[][] weights = new double[near.cells().length][];
		for (int i = 0; i < weights.length; i++) {
			double[] d = near.metres()[i];
			weights[i] = new double[d.length];
			for (int k = 0; k < d.length; k++) {
				weights[i][k] = Math.exp(-d[k] * d[k] / (2 * bandwidth * bandwidth));
			}
		}
		return kernel(name, grid.size(), bySlot, days, near.cells(), weights);
	}

	/** Past events of the window, each spread over its neighbours by fixed weights (or kept in its cell). */
	private static Method kernel(String name, int cells, Events[] bySlot, double days, int[][] near, double[][] weights) {
		return new Method() {
			@Override
			public String name() {
				return name;
			}

			@Override
			public double[] scores(double now, double horizon, int startHourOfWeek, int slot) {
				Events e = bySlot[slot];
				double[] scores = new double[cells];
				for (int i = e.firstAt(now - days), end = e.firstAt(now); i < end; i++) {
					int p = e.place[i];
					if (p < 0) {
						continue;
					}
					if (near == null) {
						scores[p]++;
					} else {
						for (int k = 0; k < near[p].length; k++) {
							scores[near[p][k]] += weights[p][k];
						}
					}
				}
				return scores;
			}
		};
	}

	static Method prospective(StudyGrid grid, Events[] bySlot, double radius, int weeks) {
		StudyGrid.Neighbours near = grid.neighbours(radius);
		return new Method() {
			@Override
			public String name() {
				return "prospective hotspotting (" + Math.round(radius) + " m, " + weeks + " weeks)";
			}

			@Override
			public double[] scores(double now, double horizon, int startHourOfWeek, int slot) {
				Events e = bySlot[slot];
				double[] scores = new double[grid.size()];
				for (int i = e.firstAt(now - 7.0 * weeks), end = e.firstAt(now); i < end; i++) {
					int p = e.place[i];
					if (p < 0) {
						continue;
					}
					double age = 1 + Math.floor((now - e.time[i]) / 7);
					for (int k = 0; k < near.cells()[p].length; k++) {
						scores[near.cells()[p][k]] += 1 / ((1 + near.metres()[p][k] / grid.cellMetres()) * age);
					}
				}
				return scores;
			}
		};
	}

	/**
	 * The counts of the slot's incidents in {@code [from, to)} other than those of the scored period, equal
	 * counts ranked by the counts of all the data other than the period's. With the whole data as
	 * {@code [from, to)}: a map drawn from five years that include the future; with the evaluation period: the
	 * period's own map, which knows where the cases of these months cluster.
	 */
	static Method hindsight(String name, int cells, Events[] bySlot, double from, double to) {
		return new Method() {
			@Override
			public String name() {
				return name;
			}

			@Override
			public boolean hindsight() {
				return true;
			}

			@Override
			public double[] scores(double now, double horizon, int startHourOfWeek, int slot) {
				Events e = bySlot[slot];
				double[] inWindow = new double[cells];
				double[] all = new double[cells];
				for (int i = 0; i < e.size(); i++) {
					int p = e.place[i];
					if (p < 0 || (e.time[i] >= now && e.time[i] < now + horizon)) {
						continue;
					}
					all[p]++;
					if (e.time[i] >= from && e.time[i] < to) {
						inWindow[p]++;
					}
				}
				double scale = e.size() + 1.0;
				double[] scores = new double[cells];
				for (int p = 0; p < cells; p++) {
					scores[p] = inWindow[p] * scale + all[p];
				}
				return scores;
			}
		};
	}
}
