package org.qunfang.funds.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.qunfang.platform.RefusalException;

/** The maker-checker rules of a proposal, without the database. */
class ProposalTest {

	private static Proposal pending(boolean needsLeader) {
		return new Proposal(1, ProposalKind.EXPENSE, 10_000, needsLeader, "maker", ProposalStatus.PENDING, null);
	}

	private static String key(Throwable e) {
		return ((RefusalException) e).messageKey();
	}

	@Test
	void theThresholdAndEveryRedesignationCallForALeader() {
		assertThat(Proposal.needsLeader(ProposalKind.EXPENSE, 200_000, 200_000)).isFalse();
		assertThat(Proposal.needsLeader(ProposalKind.EXPENSE, 200_001, 200_000)).isTrue();
		assertThat(Proposal.needsLeader(ProposalKind.REDESIGNATION, 1, 200_000)).isTrue();
	}

	@Test
	void nobodyApprovesTheirOwnProposalNorTwiceOverAsFinanceAndLeader() {
		Proposal p = pending(true);
		assertThatThrownBy(() -> p.approve("maker")).extracting(ProposalTest::key).isEqualTo("error.funds.self-approval");
		assertThat(p.approve("finance")).isFalse();
		assertThat(p.status()).isEqualTo(ProposalStatus.AWAITING_LEADER);
		assertThatThrownBy(() -> p.approveAsLeader("maker")).extracting(ProposalTest::key)
			.isEqualTo("error.funds.self-approval");
		assertThatThrownBy(() -> p.approveAsLeader("finance")).extracting(ProposalTest::key)
			.isEqualTo("error.funds.same-approver");
		p.approveAsLeader("leader");
		p.booked();
		assertThat(p.status()).isEqualTo(ProposalStatus.BOOKED);
		assertThatThrownBy(p::withdraw).extracting(ProposalTest::key).isEqualTo("error.funds.proposal-closed");
	}

	@Test
	void stepsComeInOrder() {
		Proposal small = pending(false);
		assertThatThrownBy(() -> small.approveAsLeader("leader")).extracting(ProposalTest::key)
			.isEqualTo("error.funds.proposal-not-awaiting-leader");
		assertThatThrownBy(small::booked).extracting(ProposalTest::key).isEqualTo("error.funds.proposal-not-approved");
		assertThat(small.approve("finance")).isTrue();
		assertThatThrownBy(() -> small.approve("finance")).extracting(ProposalTest::key)
			.isEqualTo("error.funds.proposal-not-pending");
		Proposal rejected = pending(false);
		assertThatThrownBy(() -> rejected.reject("maker", "no")).extracting(ProposalTest::key)
			.isEqualTo("error.funds.self-approval");
		rejected.reject("finance", "缺票据");
		assertThatThrownBy(() -> rejected.approve("finance")).extracting(ProposalTest::key)
			.isEqualTo("error.funds.proposal-closed");
	}
}
