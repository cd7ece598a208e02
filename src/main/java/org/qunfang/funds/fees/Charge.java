package org.qunfang.funds.fees;

import java.util.List;

/**
 * 收费项目 — a charge on the households of a village for a year: a levy (per person) or the defense fee (per
 * household), with the purposes its money may be spent on.
 */
public record Charge(long id, long countyId, String scopePath, long villageId, ChargeKind kind, int year, String title,
		List<String> purposes, long unitFen, ChargeStatus status) {

	/** Names the fund of the village that takes this charge's payments. */
	public String collectionKey() {
		return "CHARGE:" + id;
	}
}
