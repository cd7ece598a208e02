package org.qunfang.cases.register;

import java.time.Instant;
import java.util.List;

/** Everything the case page shows: the register line, its place, parties, history and photos. */
public record CaseDetail(CaseRow row, long countyId, long ownerOrgId, Long groupId, Double latitude, Double longitude,
		String sourceKind, Long sourceId, String referredTo, String registeredName, List<Party> parties, List<Step> steps,
		List<Long> photoIds) {

	/** A party with the phone masked. */
	public record Party(PartyRole role, String name, Long residentId, String phoneMasked, String note) {
	}

	/** One entry of the history. */
	public record Step(StepKind kind, String note, Long fromOrgId, Long toOrgId, String referredTo, String byName,
			Instant at) {
	}
}
