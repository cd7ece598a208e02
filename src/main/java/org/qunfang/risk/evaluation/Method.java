package org.qunfang.risk.evaluation;

/**
 * A way of ranking the cells for a coming period: the model or a baseline. A slot is the whole period, or
 * with shifts, 0 the day shift and 1 the night shift.
 */
interface Method {

	String name();

	/**
	 * Scores per cell (higher is riskier) for the period from {@code now} for {@code days} days, from the
	 * events before {@code now} only.
	 *
	 * @param startHourOfWeek the hour of the week {@code now} falls in (0 = Monday 00:00)
	 */
	double[] scores(double now, double days, int startHourOfWeek, int slot);

	/**
	 * Whether the method looks at the future (a reference for what a map can reach, not a forecast): it is
	 * shown apart and never counted as a baseline.
	 */
	default boolean hindsight() {
		return false;
	}
}
