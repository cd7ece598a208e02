package org.qunfang.patrol.schedule;

import java.util.List;

/**
 * Settings the constraints read.
 *
 * @param minRestHours the least rest between two shifts of one member
 * @param riskBaseline the expected cases (in thousandths) an extra patrol must beat to be worth its time: the
 *            median risk of the period's shifts, so extra patrols go to the riskier half of zones and hours
 * @param riskWeight the soft points an extra patrol earns on a shift twice as risky as the median one; the
 *            reward is relative to the median, so a quiet village's roster leans toward its riskier shifts
 *            as much as a busy one's
 */
public record PlanSettings(int minRestHours, long riskBaseline, int riskWeight) {

	/** The default {@link #riskWeight()}: a shift at twice the median outweighs a member's tenth shift's fairness cost. */
	public static final int DEFAULT_RISK_WEIGHT = 200;
	/** The most a shift's risk counts above the median, in medians: beyond it all shifts are alike. */
	static final double MAX_EXCESS = 4;

	/** The settings for these shifts: the baseline is their median risk (0 without shifts). */
	public static PlanSettings of(int minRestHours, List<PlanShift> shifts, int riskWeight) {
		long[] risks = shifts.stream().mapToLong(PlanShift::risk).sorted().toArray();
		return new PlanSettings(minRestHours, risks.length == 0 ? 0 : risks[risks.length / 2], riskWeight);
	}

	/**
	 * The soft points of an extra patrol on a shift of this risk: {@link #riskWeight()} for each median's worth
	 * of risk above the median (at most {@value #MAX_EXCESS} medians), nothing at or below the median.
	 */
	public long riskReward(long risk) {
		if (risk <= riskBaseline) {
			return 0;
		}
		double excess = (risk - riskBaseline) / (double) Math.max(riskBaseline, 1);
		return Math.round(riskWeight * Math.min(excess, MAX_EXCESS));
	}
}
