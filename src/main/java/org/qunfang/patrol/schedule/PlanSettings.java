package org.qunfang.patrol.schedule;

/**
 * Settings the constraints read.
 *
 * @param minRestHours the least rest between two shifts of one member
 * @param riskBaseline the expected cases (in thousandths) an extra patrol must beat to be worth its time: the
 *            median risk of the period's shifts, so extra patrols go to the riskier half of zones and hours
 */
public record PlanSettings(int minRestHours, long riskBaseline) {
}
