package org.qunfang.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qunfang.funds.approval.ProposalKind;
import org.qunfang.funds.approval.ProposalQueries;
import org.qunfang.funds.approval.ProposalStatus;
import org.qunfang.funds.approval.Proposals;
import org.qunfang.funds.ledger.FundSource;
import org.qunfang.funds.ledger.Ledger;
import org.qunfang.funds.ledger.LedgerQueries;
import org.qunfang.identity.Caller;
import org.qunfang.identity.Role;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.Money;
import org.qunfang.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Random sequences of incomes, expenses, reversals and re-designations through the use cases, dated over
 * the last two months: refusals change nothing, the stored balances are the sums of the lines, and
 * statements of consecutive periods chain and add up to the ledger.
 */
class FundsSequenceTest extends IntegrationTest {

	private static final List<String> PURPOSES = List.of("PATROL_WAGES", "TOOLS", "REWARDS", "OFFICE");

	@Autowired
	Ledger ledger;

	@Autowired
	Proposals proposals;

	@Autowired
	ProposalQueries proposalQueries;

	@Autowired
	LedgerQueries books;

	@Autowired
	FundStatements statements;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void randomSequencesKeepTheBooksAndStatementsRight(long seed) {
		Random random = new Random(seed);
		long village = fixtures.newVillage("FS" + seed + System.nanoTime() % 10000);
		Caller director = fixtures.account("dir.fs." + village, "村主任", Role.VILLAGE_DIRECTOR, village);
		Caller finance = fixtures.caller("t1.finance");
		Caller leader = fixtures.caller("t1.leader");
		LocalDate today = ledger.today();
		List<Long> entries = new ArrayList<>();
		int refused = 0;
		for (int step = 0; step < 60; step++) {
			LocalDate on = today.minusDays(random.nextInt(50));
			Map<String, Object> before = state(village);
			try {
				switch (random.nextInt(10)) {
					case 0, 1, 2 -> entries.add(ledger.bookIncome(finance, village, new Ledger.Income(null,
							"资金" + random.nextInt(3), FundSource.values()[random.nextInt(4)],
							new java.util.HashSet<>(List.of(PURPOSES.get(random.nextInt(4)), PURPOSES.get(random.nextInt(4)))),
							Money.fen(1 + random.nextInt(100_000)), on, null, "收入 " + step)));
					case 3, 4, 5, 6 -> {
						long id = proposals.propose(director, village, new Proposals.NewProposal(ProposalKind.EXPENSE,
								PURPOSES.get(random.nextInt(4)), "收款人" + random.nextInt(5), Money.fen(1 + random.nextInt(60_000)),
								"支出 " + step, null), List.of());
						if (proposals.approve(finance, id, null, null, on) == ProposalStatus.AWAITING_LEADER) {
							proposals.approveAsLeader(leader, id, null);
							proposals.book(finance, id, null, on);
						}
						entries.add(proposalQueries.detail(finance, id).proposal().entryId());
					}
					case 7, 8 -> {
						if (!entries.isEmpty()) {
							ledger.reverse(finance, entries.get(random.nextInt(entries.size())), today, "更正 " + step);
						}
					}
					default -> {
						var funds = books.funds(books.village(finance, village));
						if (!funds.isEmpty()) {
							var from = funds.get(random.nextInt(funds.size()));
							long id = proposals.propose(director, village, new Proposals.NewProposal(ProposalKind.REDESIGNATION,
									PURPOSES.get(random.nextInt(4)), null, Money.fen(1 + random.nextInt(30_000)), "改变用途 " + step,
									from.id()), List.of());
							proposals.approve(finance, id, null, null, null);
							proposals.approveAsLeader(leader, id, null);
							proposals.book(finance, id, null, null);
						}
					}
				}
			}
			catch (DomainException refusedStep) {
				refused++;
				assertThat(state(village)).as("a refused step changes nothing").isEqualTo(before);
			}
		}
		assertThat(refused).as("the sequence also tries what is refused").isPositive();
		assertThat(jdbc.sql("""
				select count(*) from fund f where f.village_id = :v and f.balance <> (select coalesce(sum(l.credit - l.debit), 0)
				  from ledger_line l where l.fund_id = f.id)""").param("v", village).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("""
				select count(*) from (select entry_id from ledger_line where village_id = :v group by entry_id
				  having sum(debit) <> sum(credit)) unbalanced""").param("v", village).query(Long.class).single()).isZero();

		LocalDate start = today.minusDays(60);
		FundStatement first = statements.of(finance, village, start, today.minusDays(25));
		FundStatement second = statements.of(finance, village, today.minusDays(24), today);
		FundStatement whole = statements.of(finance, village, start, today);
		for (FundStatement s : List.of(first, second, whole)) {
			assertThat(s.addsUp()).isTrue();
		}
		assertThat(first.openingFen()).isZero();
		assertThat(second.openingFen()).as("periods chain").isEqualTo(first.closingFen());
		assertThat(whole.closingFen()).isEqualTo(books.bankBalance(books.village(finance, village)).fen());
		assertThat(whole.incomeFen()).isEqualTo(first.incomeFen() + second.incomeFen());
		assertThat(whole.expenseFen()).isEqualTo(first.expenseFen() + second.expenseFen());
		long fundsTotal = books.funds(books.village(finance, village)).stream().mapToLong(f -> f.balance().fen()).sum();
		assertThat(whole.funds().stream().mapToLong(FundStatement.FundLine::closingFen).sum()).isEqualTo(fundsTotal);
	}

	private Map<String, Object> state(long village) {
		return jdbc.sql("""
				select (select count(*) from ledger_entry where village_id = :v) as entries,
				  (select coalesce(sum(balance), 0) from fund where village_id = :v) as funds,
				  (select coalesce(max(bank_balance), 0) from fund_books where village_id = :v) as bank""")
			.param("v", village).query().singleRow();
	}
}
