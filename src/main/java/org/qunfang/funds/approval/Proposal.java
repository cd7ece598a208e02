package org.qunfang.funds.approval;

import org.qunfang.platform.DomainException;

/**
 * 支出申请 — an expense (or a re-designation) the village proposes and the township approves
 * (maker-checker): the finance officer approves; above the county's threshold, and for every
 * re-designation, a township leader approves too; then the finance officer books it. Nobody approves what
 * they proposed, and the leader's approval is another person's than the finance officer's.
 */
public final class Proposal {

	private final long id;
	private final ProposalKind kind;
	private final long amountFen;
	private final boolean needsLeader;
	private final String proposedBy;
	private ProposalStatus status;
	private String approvedBy;

	public Proposal(long id, ProposalKind kind, long amountFen, boolean needsLeader, String proposedBy,
			ProposalStatus status, String approvedBy) {
		this.id = id;
		this.kind = kind;
		this.amountFen = amountFen;
		this.needsLeader = needsLeader;
		this.proposedBy = proposedBy;
		this.status = status;
		this.approvedBy = approvedBy;
	}

	/** Whether a proposal of this kind and amount needs a leader's approval under the threshold. */
	public static boolean needsLeader(ProposalKind kind, long amountFen, long thresholdFen) {
		return kind == ProposalKind.REDESIGNATION || amountFen > thresholdFen;
	}

	/**
	 * The finance officer's approval: returns whether the proposal is now ready to book (no leader needed),
	 * otherwise it waits for a leader.
	 */
	public boolean approve(String approver) {
		requireStatus(ProposalStatus.PENDING, "error.funds.proposal-not-pending");
		notOwn(approver);
		approvedBy = approver;
		status = needsLeader ? ProposalStatus.AWAITING_LEADER : ProposalStatus.APPROVED;
		return status == ProposalStatus.APPROVED;
	}

	/** A township leader's approval of a proposal the finance officer approved. */
	public void approveAsLeader(String leader) {
		requireStatus(ProposalStatus.AWAITING_LEADER, "error.funds.proposal-not-awaiting-leader");
		notOwn(leader);
		if (leader.equals(approvedBy)) {
			throw new DomainException("error.funds.same-approver");
		}
		status = ProposalStatus.APPROVED;
	}

	/** Marks an approved proposal booked. */
	public void booked() {
		requireStatus(ProposalStatus.APPROVED, "error.funds.proposal-not-approved");
		status = ProposalStatus.BOOKED;
	}

	/** Sends an open proposal back, with the reason. */
	public void reject(String actor, String reason) {
		if (!status.open()) {
			throw new DomainException("error.funds.proposal-closed");
		}
		notOwn(actor);
		if (reason == null || reason.isBlank()) {
			throw new DomainException("error.funds.rejection-reason");
		}
		status = ProposalStatus.REJECTED;
	}

	/** The village takes back a proposal not yet booked. */
	public void withdraw() {
		if (!status.open()) {
			throw new DomainException("error.funds.proposal-closed");
		}
		status = ProposalStatus.WITHDRAWN;
	}

	private void requireStatus(ProposalStatus expected, String key) {
		if (!status.open()) {
			throw new DomainException("error.funds.proposal-closed");
		}
		if (status != expected) {
			throw new DomainException(key);
		}
	}

	private void notOwn(String actor) {
		if (actor.equals(proposedBy)) {
			throw new DomainException("error.funds.self-approval");
		}
	}

	public long id() {
		return id;
	}

	public ProposalKind kind() {
		return kind;
	}

	public long amountFen() {
		return amountFen;
	}

	public boolean needsLeader() {
		return needsLeader;
	}

	public String proposedBy() {
		return proposedBy;
	}

	public ProposalStatus status() {
		return status;
	}

	public String approvedBy() {
		return approvedBy;
	}
}
