package org.qunfang.cases;

import java.time.Instant;

/**
 * A case was entered in the case register: what the risk model and the patrol schedule need to know
 * about where and when cases happen.
 *
 * @param zone the named place or patrol zone the case is filed under, or {@code null}
 * @param latitude WGS-84 latitude, or {@code null} when no coordinates were given
 * @param longitude WGS-84 longitude, or {@code null}
 */
public record CaseRegistered(long caseId, long countyId, long villageId, String scopePath, String caseType,
		Instant occurredAt, Long groupId, String zone, Double latitude, Double longitude) {
}
