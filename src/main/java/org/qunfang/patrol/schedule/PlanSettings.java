package org.qunfang.patrol.schedule;

/**
 * Settings the constraints read.
 *
 * @param minRestHours the least rest between two shifts of one member
 * @param riskBaseline the expected cases (in thousandths) an extra patrol must beat to be worth its time: the
 *            median risk of the period's shifts, so extra patrols go to the riskier half of zones and hours
 */
public record PlanSettings(int minRestHours, long riskBaseline) {

	/** The settings for these shifts: the baseline is their median risk (0 without shifts). */
	public static PlanSettings of(int minRestHours, java.util.List<PlanShift> shifts) {
		long[] risks = shifts.stream().mapToLong(PlanShift::risk).sorted().toArray();
		return new PlanSettings(minRestHours, risks.length == 0 ? 0 : risks[risks.length / 2]);
	}
}
