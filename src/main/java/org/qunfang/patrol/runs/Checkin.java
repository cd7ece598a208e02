package org.qunfang.patrol.runs;

import java.time.Instant;

/**
 * 签到 — a check-in at a checkpoint during a run. It keeps the phone's own time (when the member
 * scanned, possibly long before a bad link let it through) and the server's receipt time.
 *
 * @param clientTime the phone's time, or {@code null} when it sent none
 */
public record Checkin(long id, long runId, long checkpointId, String checkpointName, String zoneName, Instant clientTime,
		Instant receivedAt, Double latitude, Double longitude, String note) {
}
