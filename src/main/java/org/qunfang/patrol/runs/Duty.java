package org.qunfang.patrol.runs;

import java.time.Instant;

/** A shift a member is assigned to (值班): where, when, and whether they lead it. */
public record Duty(long shiftId, long scheduleId, long orgId, long countyId, long villageId, String scopePath, Long zoneId,
		Instant start, Instant end, boolean leader) {

	/** Whether the shift's window, widened by the grace periods, contains the instant. */
	public boolean covers(Instant at, java.time.Duration before, java.time.Duration after) {
		return !at.isBefore(start.minus(before)) && !at.isAfter(end.plus(after));
	}
}
