package org.qunfang.patrol;

import java.time.Instant;

/**
 * A patrol run ended: who patrolled which shift of which organization, when, and how many of the
 * checkpoints it should visit it did visit (for assessment and contract evidence).
 */
public record PatrolCompleted(long runId, long countyId, long villageId, String scopePath, Long shiftId, Long orgId,
		Long residentId, Instant startedAt, Instant endedAt, int checkpointsVisited, int checkpointsPlanned) {
}
