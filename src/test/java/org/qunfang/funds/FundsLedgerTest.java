package org.qunfang.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
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
import org.qunfang.platform.ForbiddenException;
import org.qunfang.platform.Money;
import org.qunfang.platform.NotFoundException;
import org.qunfang.platform.RefusalException;
import org.qunfang.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The village's books kept by the township: income into earmarked funds, expenses proposed by the village
 * and approved and booked by the township (with a leader above the threshold), re-designation, reversal,
 * period close and reconciliation; every refusal leaves the books as they were.
 */
class FundsLedgerTest extends IntegrationTest {

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

	private record Village(long id, Caller director, Caller finance, Caller leader) {
	}

	private Village village(String code) {
		long id = fixtures.newVillage(code + System.nanoTime() % 100000);
		Caller director = fixtures.account("dir." + id, "村主任" + id, Role.VILLAGE_DIRECTOR, id);
		return new Village(id, director, fixtures.caller("t1.finance"), fixtures.caller("t1.leader"));
	}

	private long income(Village v, String name, long fen, String... purposes) {
		ledger.bookIncome(v.finance(), v.id(), new Ledger.Income(null, name, FundSource.TOWNSHIP_FINANCE, Set.of(purposes),
				Money.fen(fen), null, "财政所", "拨付" + name));
		return jdbc.sql("select id from fund where village_id = :v and name = :n").param("v", v.id()).param("n", name)
			.query(Long.class).single();
	}

	private long propose(Village v, String purpose, long fen, String payee) {
		return proposals.propose(v.director(), v.id(),
				new Proposals.NewProposal(ProposalKind.EXPENSE, purpose, payee, Money.fen(fen), "买手电筒", null), List.of());
	}

	private Map<String, Object> counts(long village) {
		return jdbc.sql("""
				select (select count(*) from ledger_entry where village_id = :v) as entries,
				  (select count(*) from ledger_line where village_id = :v) as lines,
				  (select coalesce(sum(balance), 0) from fund where village_id = :v) as funds,
				  (select coalesce(max(bank_balance), 0) from fund_books where village_id = :v) as bank,
				  (select count(*) from fund_proposal where village_id = :v and status = 'BOOKED') as booked""")
			.param("v", village).query().singleRow();
	}

	private void assertBooksBalance(long village) {
		Map<String, Object> c = counts(village);
		assertThat(((Number) c.get("funds")).longValue()).as("the funds add up to the account")
			.isEqualTo(((Number) c.get("bank")).longValue());
		assertThat(jdbc.sql("""
				select count(*) from (select entry_id from ledger_line where village_id = :v group by entry_id
				  having sum(debit) <> sum(credit)) unbalanced""").param("v", village).query(Long.class).single())
			.as("every entry balances").isZero();
		assertThat(jdbc.sql("""
				select count(*) from fund f where f.village_id = :v and f.balance <> (select coalesce(sum(l.credit - l.debit), 0)
				  from ledger_line l where l.fund_id = f.id)""").param("v", village).query(Long.class).single())
			.as("every fund's balance is the sum of its lines").isZero();
	}

	@Test
	void aVillageProposesAnExpenseAndTheTownshipApprovesAndBooksIt() throws java.io.IOException {
		Village v = village("FA");
		long fund = income(v, "巡逻经费", 100_000, "PATROL_WAGES", "TOOLS");
		long id = propose(v, "TOOLS", 12_000, "县五金店");
		assertThat(proposals.approve(v.finance(), id, null, "同意", null)).isEqualTo(ProposalStatus.BOOKED);

		assertThat(books.funds(books.village(v.finance(), v.id()))).singleElement()
			.satisfies(f -> assertThat(f.balance()).isEqualTo(Money.fen(88_000)));
		var detail = proposalQueries.detail(v.director(), id);
		assertThat(detail.proposal().entryId()).isNotNull();
		assertThat(detail.steps()).extracting(s -> s.step().name()).containsExactly("PROPOSED", "APPROVED", "BOOKED");
		FundStatement s = statements.of(v.finance(), v.id(), ledger.today().withDayOfMonth(1), ledger.today());
		assertThat(s.addsUp()).isTrue();
		assertThat(s.incomeFen()).isEqualTo(100_000);
		assertThat(s.expenses()).singleElement()
			.isEqualTo(new FundStatement.ExpenseLine("TOOLS", "县五金店", 12_000, 1));
		assertThat(s.closingFen()).isEqualTo(88_000);
		assertThat(fund).isPositive();
		assertThat(books.villages(v.finance())).filteredOn(b -> b.villageId() == v.id()).singleElement()
			.satisfies(b -> {
				assertThat(b.balance()).isEqualTo(Money.fen(88_000));
				assertThat(b.funds()).isEqualTo(1);
				assertThat(b.openProposals()).isZero();
			});
		assertThat(books.villages(fixtures.caller("t2.officer"))).noneMatch(b -> b.villageId() == v.id());
		assertBooksBalance(v.id());

		var excel = signedIn("t1.finance").getBytes("/funds/villages/" + v.id() + "/statement.xlsx");
		assertThat(excel.statusCode()).isEqualTo(200);
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(excel.body()))) {
			var sheet = book.getSheetAt(0);
			List<String> rows = new java.util.ArrayList<>();
			sheet.forEach(row -> rows.add(row.getCell(1) + "|" + row.getCell(2) + "|" + row.getCell(3)));
			assertThat(rows).contains("防范器材|县五金店|120.0", "乡镇财政||1000.0");
		}
	}

	@Test
	void aProposalsReceiptsAreListedByFileNameAndServedToWhoMaySeeIt() {
		Village v = village("FD");
		income(v, "巡逻经费", 100_000, "PATROL_WAGES", "TOOLS");
		long id = proposals.propose(v.director(), v.id(),
				new Proposals.NewProposal(ProposalKind.EXPENSE, "TOOLS", "县五金店", Money.fen(8_000), "买手电筒", null),
				List.of(new Proposals.Document("发票.png", org.qunfang.support.Fixtures.png()),
						new Proposals.Document("收据.png", org.qunfang.support.Fixtures.png())));
		var documents = proposalQueries.detail(v.finance(), id).documents();
		assertThat(documents).extracting(ProposalQueries.DocumentView::fileName).containsExactly("发票.png", "收据.png");
		var file = proposalQueries.document(v.director(), id, documents.get(1).attachmentId());
		assertThat(file.fileName()).isEqualTo("收据.png");
		Village other = village("FE");
		assertThatThrownBy(() -> proposalQueries.document(other.director(), id, documents.get(0).attachmentId()))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void aboveTheThresholdALeaderApprovesTooAndNobodyApprovesTheirOwn() {
		Village v = village("FB");
		income(v, "误工补贴", 1_000_000, "LOST_WORK");
		long id = propose(v, "LOST_WORK", 300_000, "巡逻队员");
		assertThat(proposals.approve(v.finance(), id, null, null, null)).isEqualTo(ProposalStatus.AWAITING_LEADER);
		assertThat(counts(v.id()).get("entries")).isEqualTo(1L);
		assertThatThrownBy(() -> proposals.book(v.finance(), id, null, null)).isInstanceOf(DomainException.class)
			.extracting(e -> ((RefusalException) e).messageKey()).isEqualTo("error.funds.proposal-not-approved");
		assertThatThrownBy(() -> proposals.approveAsLeader(v.director(), id, null)).isInstanceOf(ForbiddenException.class);
		assertThat(proposals.approveAsLeader(v.leader(), id, "同意")).isEqualTo(ProposalStatus.APPROVED);
		assertThat(proposals.book(v.finance(), id, null, null)).isEqualTo(ProposalStatus.BOOKED);
		assertThat(books.bankBalance(books.village(v.finance(), v.id()))).isEqualTo(Money.fen(700_000));

		long second = proposals.propose(v.director(), v.id(), new Proposals.NewProposal(ProposalKind.EXPENSE, "LOST_WORK",
				"巡逻队员", Money.fen(250_000), "九月误工补贴", null), List.of());
		proposals.approve(v.finance(), second, null, null, null);
		Map<String, Object> before = counts(v.id());
		proposals.reject(v.leader(), second, "超出年度预算");
		assertThat(proposalQueries.detail(v.director(), second).proposal().status()).isEqualTo(ProposalStatus.REJECTED);
		assertThat(counts(v.id())).isEqualTo(before);
	}

	@Test
	void refusalsChangeNothing() {
		Village v = village("FC");
		long fund = income(v, "奖励基金", 50_000, "REWARDS");
		Map<String, Object> before = counts(v.id());

		assertThatThrownBy(() -> propose(v, "OFFICE", 1_000, "文具店")).as("no fund allows office costs")
			.extracting(e -> ((RefusalException) e).messageKey()).isEqualTo("error.funds.no-fund-for-purpose");
		assertThatThrownBy(() -> propose(v, "REWARDS", 60_000, "见义勇为者")).as("more than the fund holds")
			.extracting(e -> ((RefusalException) e).messageKey()).isEqualTo("error.funds.insufficient");
		assertThatThrownBy(() -> propose(v, "NO_SUCH", 1_000, "x"))
			.extracting(e -> ((RefusalException) e).messageKey()).isEqualTo("error.funds.purpose-unknown");
		assertThatThrownBy(() -> ledger.bookIncome(v.finance(), v.id(), new Ledger.Income(fund, null, null, null,
				Money.fen(100), ledger.today().plusDays(1), null, "明天的钱"))).extracting(e -> ((RefusalException) e).messageKey())
			.isEqualTo("error.funds.future-date");
		assertThatThrownBy(() -> ledger.bookIncome(v.director(), v.id(), new Ledger.Income(fund, null, null, null,
				Money.fen(100), null, null, "村里自己记"))).isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> ledger.bookIncome(fixtures.caller("t2.officer"), v.id(), new Ledger.Income(fund, null, null,
				null, Money.fen(100), null, null, "别的乡"))).isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> ledger.bookIncome(v.finance(), v.id(), new Ledger.Income(null, "无用途", FundSource.DONATION,
				Set.of(), Money.fen(100), null, null, "捐款"))).extracting(e -> ((RefusalException) e).messageKey())
			.isEqualTo("error.funds.purposes-missing");
		assertThatThrownBy(() -> Money.parseYuan("12.345")).extracting(e -> ((RefusalException) e).messageKey())
			.isEqualTo("error.money.decimals");
		assertThat(counts(v.id())).isEqualTo(before);

		long id = propose(v, "REWARDS", 10_000, "见义勇为者");
		assertThatThrownBy(() -> proposals.approve(v.director(), id, null, null, null)).isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> proposals.reject(v.finance(), id, " ")).extracting(e -> ((RefusalException) e).messageKey())
			.isEqualTo("error.text.empty");
		proposals.reject(v.finance(), id, "缺少表彰决定");
		assertThatThrownBy(() -> proposals.approve(v.finance(), id, null, null, null))
			.extracting(e -> ((RefusalException) e).messageKey()).isEqualTo("error.funds.proposal-closed");
		assertThat(counts(v.id())).isEqualTo(before);

		Village other = village("FD");
		assertThatThrownBy(() -> proposals.approve(fixtures.caller("t2.officer"), id, null, null, null))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> proposalQueries.detail(other.director(), id)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> books.village(other.director(), v.id())).isInstanceOf(NotFoundException.class);
	}

	@Test
	void aReversalIsTheOnlyCorrectionAndCannotOverdrawAFund() {
		Village v = village("FE");
		long fund = income(v, "器材经费", 20_000, "TOOLS");
		long id = propose(v, "TOOLS", 15_000, "器材店");
		proposals.approve(v.finance(), id, null, null, null);
		long expense = proposalQueries.detail(v.finance(), id).proposal().entryId();
		long incomeEntry = jdbc.sql("select id from ledger_entry where village_id = :v and kind = 'INCOME'").param("v", v.id())
			.query(Long.class).single();

		Map<String, Object> before = counts(v.id());
		assertThatThrownBy(() -> ledger.reverse(v.finance(), incomeEntry, null, "拨错了"))
			.as("the income was spent: reversing it would take the fund below zero")
			.extracting(e -> ((RefusalException) e).messageKey()).isEqualTo("error.funds.would-overdraw");
		assertThat(counts(v.id())).isEqualTo(before);

		long reversal = ledger.reverse(v.finance(), expense, null, "发票作废，重新报销");
		assertThat(jdbc.sql("select balance from fund where id = :f").param("f", fund).query(Long.class).single())
			.isEqualTo(20_000L);
		assertThatThrownBy(() -> ledger.reverse(v.finance(), expense, null, "再来一次"))
			.extracting(e -> ((RefusalException) e).messageKey()).isEqualTo("error.funds.already-reversed");
		assertThatThrownBy(() -> ledger.reverse(v.finance(), reversal, null, "冲销冲销"))
			.extracting(e -> ((RefusalException) e).messageKey()).isEqualTo("error.funds.reverse-reversal");
		FundStatement s = statements.of(v.finance(), v.id(), ledger.today().minusDays(1), ledger.today());
		assertThat(s.expenses()).as("an expense and its reversal net to nothing").isEmpty();
		assertThat(s.addsUp()).isTrue();
		assertBooksBalance(v.id());
	}

	@Test
	void aClosedPeriodTakesNothingMore() {
		Village v = village("FF");
		clock.advance(Duration.ofDays(-40));
		LocalDate early = ledger.today();
		long fund = income(v, "办公经费", 30_000, "OFFICE");
		clock.reset();
		YearMonth month = YearMonth.from(early);
		long township = fixtures.id("T1");
		LocalDate closed = books.closedThrough(books.village(v.finance(), v.id())).orElse(null);
		if (closed == null || closed.isBefore(month.atEndOfMonth())) {
			ledger.closePeriod(v.finance(), township, month);
		}
		Map<String, Object> before = counts(v.id());
		assertThatThrownBy(() -> ledger.bookIncome(v.finance(), v.id(), new Ledger.Income(fund, null, null, null,
				Money.fen(500), early, null, "补记"))).extracting(e -> ((RefusalException) e).messageKey())
			.isEqualTo("error.funds.period-closed");
		assertThatThrownBy(() -> ledger.closePeriod(v.finance(), township, YearMonth.from(ledger.today())))
			.extracting(e -> ((RefusalException) e).messageKey()).isEqualTo("error.funds.close-month-not-over");
		assertThatThrownBy(() -> ledger.closePeriod(v.finance(), township, month.minusMonths(1)))
			.extracting(e -> ((RefusalException) e).messageKey()).isEqualTo("error.funds.already-closed");
		assertThat(counts(v.id())).isEqualTo(before);
		ledger.bookIncome(v.finance(), v.id(), new Ledger.Income(fund, null, null, null, Money.fen(500), null, null, "补记在本期"));
		assertThat(counts(v.id()).get("entries")).isEqualTo(2L);
	}

	@Test
	void aRedesignationNeedsALeaderAndShowsInTheStatement() {
		Village v = village("FG");
		long fund = income(v, "捐款", 80_000, "REWARDS");
		long id = proposals.propose(v.director(), v.id(), new Proposals.NewProposal(ProposalKind.REDESIGNATION, "TOOLS",
				null, Money.fen(30_000), "村民代表会议决定：奖励余款改买巡逻器材", fund), List.of());
		assertThat(proposals.approve(v.finance(), id, null, null, null)).isEqualTo(ProposalStatus.AWAITING_LEADER);
		proposals.approveAsLeader(v.leader(), id, null);
		proposals.book(v.finance(), id, null, null);
		var funds = books.funds(books.village(v.finance(), v.id()));
		assertThat(funds).hasSize(2);
		assertThat(funds.get(1).purposes()).containsExactly("TOOLS");
		assertThat(funds.get(1).balance()).isEqualTo(Money.fen(30_000));
		assertThat(funds.get(0).balance()).isEqualTo(Money.fen(50_000));
		FundStatement s = statements.of(v.finance(), v.id(), ledger.today(), ledger.today());
		assertThat(s.redesignations()).singleElement().satisfies(r -> {
			assertThat(r.amountFen()).isEqualTo(30_000);
			assertThat(r.fromFund()).isEqualTo("捐款");
		});
		assertThat(s.incomeFen() - s.expenseFen()).isEqualTo(80_000);
		assertThat(s.addsUp()).isTrue();
		assertThatThrownBy(() -> proposals.propose(v.director(), v.id(), new Proposals.NewProposal(
				ProposalKind.REDESIGNATION, "REWARDS", null, Money.fen(1_000), "改回", fund), List.of()))
			.extracting(e -> ((RefusalException) e).messageKey()).isEqualTo("error.funds.redesignate-same-purpose");
		assertBooksBalance(v.id());
	}

	@Test
	void aDuplicatePendingProposalIsFlaggedAndReconciliationShowsTheDifference() {
		Village v = village("FH");
		income(v, "工资", 100_000, "PATROL_WAGES");
		long first = propose(v, "PATROL_WAGES", 20_000, "巡逻队");
		long second = propose(v, "PATROL_WAGES", 20_000, " 巡逻队 ".strip());
		assertThat(proposalQueries.detail(v.finance(), first).proposal().possibleDuplicate()).isTrue();
		proposals.withdraw(v.director(), second);
		assertThat(proposalQueries.detail(v.finance(), first).proposal().possibleDuplicate()).isFalse();

		Ledger.Reconciliation r = ledger.reconcile(v.finance(), v.id(), ledger.today(), Money.fen(99_000), "银行扣了手续费");
		assertThat(r.ledgerBalance()).isEqualTo(Money.fen(100_000));
		assertThat(r.difference()).isEqualTo(Money.fen(-1_000));
		assertThat(books.reconciliations(books.village(v.finance(), v.id()))).singleElement()
			.satisfies(view -> assertThat(view.difference()).isEqualTo(Money.fen(-1_000)));
	}
}
