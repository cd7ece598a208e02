package org.qunfang.cases.register;

import java.time.Instant;

/** A case as a line of the register (台账). */
public record CaseRow(long id, String caseNo, long villageId, String caseType, Instant occurredAt, Instant reportedAt,
		String place, String summary, long lossFen, String reporterName, CaseChannel channel, String ownerOrgName,
		CaseStatus status, String outcome, java.util.List<String> parties, Instant endedAt) {
}
