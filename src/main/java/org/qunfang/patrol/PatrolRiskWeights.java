package org.qunfang.patrol;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * How much patrol a zone needs at each hour of the week: the weight the schedule uses to send extra
 * patrols where cases are expected. Until the risk model provides its forecast, the patrol module's own
 * implementation uses the zone's smoothed case counts from the case register.
 */
public interface PatrolRiskWeights {

	/** Hours in a week; hour 0 is Monday 00:00–01:00 in the display zone. */
	int HOURS = 168;

	/**
	 * Expected cases per zone and hour of week over the period (non-negative, comparable across zones).
	 *
	 * @return for each zone id an array of {@link #HOURS} weights
	 */
	Map<Long, double[]> weights(long countyId, List<PatrolZone> zones, LocalDate from, LocalDate to);
}
