package org.qunfang.cases.register;

import java.time.Instant;
import java.util.List;

/**
 * What someone enters to register a case. Money in fen; times as instants (the form converts from the
 * display zone).
 *
 * @param reportedAt when it was reported; {@code null} means now
 * @param sourceKind what the case came from (SUGGESTION, INSPECTION, PATROL_RUN), or {@code null}
 * @param allowDuplicate the person has seen the possible duplicates and registers it all the same
 */
public record NewCase(long villageId, String caseType, Instant occurredAt, Instant reportedAt, Long groupId,
		String place, Double latitude, Double longitude, String summary, long lossFen, String reporterName,
		CaseChannel channel, String sourceKind, Long sourceId, List<NewParty> parties, boolean allowDuplicate) {

	public NewCase {
		parties = parties == null ? List.of() : List.copyOf(parties);
	}

	/** A party to the case; {@code residentId} links a resident of the register. */
	public record NewParty(PartyRole role, String name, Long residentId, String phone, String note) {
	}
}
