package org.qunfang.cases.inspection;

/** Where a rectification task stands. */
public enum RectificationStatus {
	/** 待整改 — the hazard is still to be put right. */
	OPEN,
	/** 待复查 — proof is in and waits for a re-check. */
	PROOF_SUBMITTED,
	/** 已销号 — a re-check found the hazard put right. */
	CLOSED;

	public String messageKey() {
		return "rectification.status." + name();
	}
}
