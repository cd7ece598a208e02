package org.qunfang.cases.register;

/** Where a case stands: registered, being handled, or ended in one of three honest ways. */
public enum CaseStatus {
	/** 已登记 — entered, nobody has acted yet. */
	REGISTERED,
	/** 办理中 — at least one handling step is recorded. */
	HANDLING,
	/** 已解决 — settled, with what settled it. */
	RESOLVED,
	/** 已移送 — handed to the police or another authority, with to whom and why. */
	REFERRED,
	/** 未解决结案 — closed without a resolution, with the reason. */
	CLOSED_UNRESOLVED;

	public boolean ended() {
		return this == RESOLVED || this == REFERRED || this == CLOSED_UNRESOLVED;
	}
}
