package org.qunfang.funds.approval;

/** Where a proposal stands. */
public enum ProposalStatus {
	/** 待审核 — waiting for the township finance officer. */
	PENDING,
	/** 待领导审批 — approved by the finance officer, above the threshold: waiting for a township leader. */
	AWAITING_LEADER,
	/** 待记账 — approved by all it needs: the finance officer books it. */
	APPROVED,
	/** 已记账 — booked in the ledger. */
	BOOKED,
	/** 已退回 — rejected, with the reason. */
	REJECTED,
	/** 已撤回 — withdrawn by the village. */
	WITHDRAWN;

	public boolean open() {
		return this == PENDING || this == AWAITING_LEADER || this == APPROVED;
	}

	public String messageKey() {
		return "funds.proposal.status." + name();
	}
}
