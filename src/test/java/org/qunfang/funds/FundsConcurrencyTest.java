package org.qunfang.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.qunfang.funds.approval.ProposalKind;
import org.qunfang.funds.approval.ProposalStatus;
import org.qunfang.funds.approval.Proposals;
import org.qunfang.funds.ledger.FundSource;
import org.qunfang.funds.ledger.Ledger;
import org.qunfang.identity.Caller;
import org.qunfang.identity.Role;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.Money;
import org.qunfang.platform.RefusalException;
import org.qunfang.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Many approvals spending from one fund at once never overdraw it, and what is left is income less what was booked. */
class FundsConcurrencyTest extends IntegrationTest {

	@Autowired
	Ledger ledger;

	@Autowired
	Proposals proposals;

	@Autowired
	JdbcClient jdbc;

	@Test
	void parallelApprovalsNeverOverdrawAFund() throws Exception {
		long village = fixtures.newVillage("FX" + System.nanoTime() % 100000);
		Caller director = fixtures.account("dir.fx." + village, "村主任", Role.VILLAGE_DIRECTOR, village);
		Caller finance = fixtures.caller("t1.finance");
		ledger.bookIncome(finance, village, new Ledger.Income(null, "器材经费", FundSource.TOWNSHIP_FINANCE, Set.of("TOOLS"),
				Money.fen(10_000), null, null, "拨付"));
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			ids.add(proposals.propose(director, village, new Proposals.NewProposal(ProposalKind.EXPENSE, "TOOLS", "店" + i,
					Money.fen(300), "手电筒 " + i, null), List.of()));
		}
		ExecutorService pool = Executors.newFixedThreadPool(8);
		CountDownLatch start = new CountDownLatch(1);
		ConcurrentLinkedQueue<String> refusals = new ConcurrentLinkedQueue<>();
		List<Future<ProposalStatus>> results = new ArrayList<>();
		for (long id : ids) {
			results.add(pool.submit(() -> {
				start.await();
				try {
					return proposals.approve(finance, id, null, null, null);
				}
				catch (DomainException refused) {
					refusals.add(((RefusalException) refused).messageKey());
					return null;
				}
			}));
		}
		start.countDown();
		int booked = 0;
		for (Future<ProposalStatus> r : results) {
			if (r.get(60, TimeUnit.SECONDS) == ProposalStatus.BOOKED) {
				booked++;
			}
		}
		pool.shutdown();

		assertThat(booked).as("10,000 fen pays for 33 expenses of 300").isEqualTo(33);
		assertThat(refusals).hasSize(7).allMatch("error.funds.insufficient"::equals);
		long balance = jdbc.sql("select balance from fund where village_id = :v").param("v", village).query(Long.class).single();
		assertThat(balance).isEqualTo(10_000 - 300L * booked).isNotNegative();
		assertThat(jdbc.sql("select bank_balance from fund_books where village_id = :v").param("v", village)
			.query(Long.class).single()).isEqualTo(balance);
		assertThat(jdbc.sql("select count(*) from ledger_entry where village_id = :v and kind = 'EXPENSE'").param("v", village)
			.query(Long.class).single()).isEqualTo(booked);
		assertThat(jdbc.sql("select count(*) from fund_proposal where village_id = :v and status = 'PENDING'")
			.param("v", village).query(Long.class).single()).as("refused approvals left their proposals pending").isEqualTo(7);
		assertThat(jdbc.sql("select count(distinct voucher_no) from ledger_entry where village_id = :v").param("v", village)
			.query(Long.class).single()).isEqualTo(1L + booked);
	}
}
