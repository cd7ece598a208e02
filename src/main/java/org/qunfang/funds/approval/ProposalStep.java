package org.qunfang.funds.approval;

/** A step in a proposal's history. */
public enum ProposalStep {
	PROPOSED, APPROVED, LEADER_APPROVED, BOOKED, REJECTED, WITHDRAWN;

	public String messageKey() {
		return "funds.proposal.step." + name();
	}
}
