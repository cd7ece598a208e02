package org.qunfang.patrol.runs;

import java.time.Instant;

/**
 * 巡逻记录 — a patrol run a member started on a phone: tied to their shift when they were on duty, or
 * ad hoc. It is open until it is ended.
 *
 * @param shiftId the shift it fulfils, or {@code null} for an ad-hoc run
 * @param residentId the member as a resident of the village, or {@code null} when none matched
 */
public record PatrolRun(long id, long countyId, long villageId, String scopePath, Long shiftId, long userId,
		Long residentId, Instant startedAt, Instant startedClient, Instant endedAt, String status, String note) {

	public static final String ACTIVE = "ACTIVE";
	public static final String ENDED = "ENDED";

	public boolean active() {
		return ACTIVE.equals(status);
	}
}
