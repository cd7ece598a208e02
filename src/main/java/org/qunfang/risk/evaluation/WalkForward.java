package org.qunfang.risk.evaluation;

import java.util.List;

/**
 * Walks forward over an evaluation period: for each period of {@code horizon} days, every method ranks the
 * cells from the events before the period, and is scored against the events within it. With shifts a
 * period starts at 07:00 and each shift is scored on its own.
 */
final class WalkForward {

	private WalkForward() {
	}

	/**
	 * @param from the first day of the evaluation (days from the origin, a Monday)
	 * @param to the day after the last day of the evaluation
	 * @return the pooled tallies, per method and slot
	 */
	static Metrics.Tally[][] run(List<Method> methods, Events events, int cells, int from, int to, int horizon,
			boolean shifts) {
		int slots = shifts ? 2 : 1;
		Metrics.Tally[][] tallies = new Metrics.Tally[methods.size()][slots];
		for (Metrics.Tally[] row : tallies) {
			for (int s = 0; s < slots; s++) {
				row[s] = new Metrics.Tally(cells);
			}
		}
		for (int day = from; day + horizon <= to; day += horizon) {
			double start = day + (shifts ? Shifts.START_HOUR / 24.0 : 0);
			int startHourOfWeek = Math.floorMod(day, 7) * 24 + (shifts ? Shifts.START_HOUR : 0);
			int[][] counts = new int[slots][cells];
			int[] outside = new int[slots];
			for (int i = events.firstAt(start), end = events.firstAt(start + horizon); i < end; i++) {
				int slot = shifts ? Shifts.of(events.hourOfWeek[i] % 24) : 0;
				if (events.place[i] >= 0) {
					counts[slot][events.place[i]]++;
				} else {
					outside[slot]++;
				}
			}
			for (int m = 0; m < methods.size(); m++) {
				for (int s = 0; s < slots; s++) {
					tallies[m][s].add(methods.get(m).scores(start, horizon, startHourOfWeek, s), counts[s], outside[s]);
				}
			}
		}
		return tallies;
	}
}
