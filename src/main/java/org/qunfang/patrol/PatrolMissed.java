package org.qunfang.patrol;

import java.time.Instant;

/**
 * A scheduled patrol was missed in part or whole: not started within the grace period, a checkpoint not
 * visited, or a run never ended.
 *
 * @param kind NOT_STARTED, CHECKPOINT_MISSED or NOT_ENDED
 */
public record PatrolMissed(long shiftId, long countyId, long villageId, String scopePath, long orgId, String kind,
		Long checkpointId, Instant detectedAt) {
}
