package org.qunfang.funds.approval;

/** What a proposal asks for. */
public enum ProposalKind {
	/** 支出 — pay for a purpose. */
	EXPENSE,
	/** 改变用途 — move money from one fund to other purposes; always needs a township leader too. */
	REDESIGNATION;

	public String messageKey() {
		return "funds.proposal.kind." + name();
	}
}
