package org.qunfang.funds.insurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qunfang.funds.FundStatement;
import org.qunfang.funds.FundStatements;
import org.qunfang.funds.approval.ProposalQueries;
import org.qunfang.funds.approval.ProposalStatus;
import org.qunfang.funds.approval.Proposals;
import org.qunfang.funds.ledger.Ledger;
import org.qunfang.funds.ledger.LedgerQueries;
import org.qunfang.platform.ConflictException;
import org.qunfang.platform.ForbiddenException;
import org.qunfang.platform.Money;
import org.qunfang.platform.NotFoundException;
import org.qunfang.platform.RefusalException;
import org.qunfang.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A village insures its security director and long-serving staff: the candidates come from the organization
 * register, a policy is entered, its premium is proposed as an expense for insurance and approved and booked
 * by the township like any other; every refusal leaves the register and the books as they were.
 */
class InsuranceTest extends IntegrationTest {

	@Autowired
	InsurancePolicies policies;

	@Autowired
	InsurancePremiums premiums;

	@Autowired
	InsuranceQueries queries;

	@Autowired
	InsuredPeople people;

	@Autowired
	Proposals proposals;

	@Autowired
	ProposalQueries proposalQueries;

	@Autowired
	FundStatements statements;

	@Autowired
	Ledger ledger;

	@Autowired
	LedgerQueries books;

	@Autowired
	JdbcClient jdbc;

	private PolicyTerms accident(String number, LocalDate start, long premiumFen) {
		return new PolicyTerms(InsuranceKind.ACCIDENT, "县人寿保险公司", number, start, start.plusYears(1).minusDays(1),
				Money.fen(premiumFen));
	}

	private static String refusal(Throwable e) {
		return ((RefusalException) e).messageKey();
	}

	@Test
	void theCandidatesAreTheSecurityDirectorAndTheLongServingFromTheOrganizationRegister() {
		InsuredVillage v = InsuredVillage.create(fixtures, "IA");
		var candidates = people.candidates(v.director(), books.village(v.director(), v.id()));
		assertThat(candidates).extracting(InsuredPeople.Candidate::residentId)
			.containsExactly(v.securityDirector(), v.longServing());
		assertThat(candidates.getFirst()).satisfies(c -> {
			assertThat(c.securityDirector()).isTrue();
			assertThat(c.postCode()).isEqualTo("DIRECTOR");
			assertThat(c.post(Locale.SIMPLIFIED_CHINESE)).isEqualTo("主任");
			assertThat(c.yearsServing()).isEqualTo(6);
		});
		assertThat(candidates.get(1).yearsServing()).isEqualTo(5);
	}

	@Test
	void aPolicyIsEnteredAndItsPremiumProposedApprovedAndBookedAsAnExpenseForInsurance() {
		InsuredVillage v = InsuredVillage.create(fixtures, "IB");
		v.fundInsurance(fixtures, 100_000);
		LocalDate today = ledger.today();
		long policy = policies.add(v.director(), v.id(), v.securityDirector(), accident("PA-" + v.id(), today.minusDays(10), 36_000));

		var listed = queries.list(v.finance(), v.id());
		assertThat(listed).singleElement().satisfies(p -> {
			assertThat(p.insuredName()).startsWith("王治保");
			assertThat(p.postCode()).isEqualTo("DIRECTOR");
			assertThat(p.orgName()).startsWith("测试治保会");
			assertThat(p.status()).isEqualTo(PolicyStatus.ACTIVE);
			assertThat(p.years()).isEqualTo(1);
			assertThat(p.premiumsBooked()).isZero();
		});

		long proposal = premiums.propose(v.security(), policy, null, Locale.SIMPLIFIED_CHINESE);
		var proposed = proposalQueries.detail(v.finance(), proposal).proposal();
		assertThat(proposed.purpose()).isEqualTo("INSURANCE");
		assertThat(proposed.payee()).isEqualTo("县人寿保险公司");
		assertThat(proposed.amount()).isEqualTo(Money.fen(36_000));
		assertThat(proposed.description()).contains("王治保").contains("意外伤害保险").contains("PA-" + v.id());
		assertThatThrownBy(() -> premiums.propose(v.director(), policy, "再交一次", Locale.SIMPLIFIED_CHINESE))
			.extracting(InsuranceTest::refusal).isEqualTo("error.funds.insurance.premium-open");
		assertThat(queries.policy(v.director(), policy).policy().premiumsOpen()).isEqualTo(1);

		assertThat(proposals.approve(v.finance(), proposal, null, "同意", null)).isEqualTo(ProposalStatus.BOOKED);
		var detail = queries.policy(v.director(), policy);
		assertThat(detail.policy().premiumsBooked()).isEqualTo(1);
		assertThat(detail.premiums()).singleElement().satisfies(m -> {
			assertThat(m.status()).isEqualTo(ProposalStatus.BOOKED);
			assertThat(m.entryId()).isNotNull();
		});
		assertThatThrownBy(() -> premiums.propose(v.director(), policy, null, Locale.SIMPLIFIED_CHINESE))
			.as("a one-year policy is paid once").extracting(InsuranceTest::refusal)
			.isEqualTo("error.funds.insurance.premium-paid");

		FundStatement s = statements.of(v.finance(), v.id(), today.withDayOfMonth(1), today);
		assertThat(s.expenseByPurpose()).containsEntry("INSURANCE", 36_000L);
		assertThat(s.closingFen()).isEqualTo(64_000);
		assertThat(s.addsUp()).isTrue();
	}

	@Test
	void aPolicyOfSeveralYearsIsPaidOncePerYearAndAnEndedOneNoMore() {
		InsuredVillage v = InsuredVillage.create(fixtures, "IC");
		v.fundInsurance(fixtures, 100_000);
		LocalDate start = ledger.today().minusMonths(1);
		long policy = policies.add(v.director(), v.id(), v.longServing(), new PolicyTerms(InsuranceKind.ENDOWMENT,
				"县养老保险服务站", "EN-" + v.id(), start, start.plusYears(3).minusDays(1), Money.fen(20_000)));
		for (int year = 1; year <= 2; year++) {
			long proposal = premiums.propose(v.director(), policy, null, Locale.ENGLISH);
			assertThat(proposalQueries.detail(v.finance(), proposal).proposal().description())
				.contains("Endowment insurance premium for").contains("year " + year + " of 3");
			proposals.approve(v.finance(), proposal, null, null, null);
		}
		assertThat(queries.policy(v.director(), policy).policy().premiumsBooked()).isEqualTo(2);

		policies.end(v.director(), policy, null, "本人已调离治保会");
		var ended = queries.policy(v.director(), policy).policy();
		assertThat(ended.status()).isEqualTo(PolicyStatus.ENDED);
		assertThat(ended.endedOn()).isEqualTo(ledger.today());
		assertThatThrownBy(() -> premiums.propose(v.director(), policy, null, Locale.ENGLISH))
			.extracting(InsuranceTest::refusal).isEqualTo("error.funds.insurance.ended");
		assertThatThrownBy(() -> policies.end(v.director(), policy, null, "再终止一次"))
			.extracting(InsuranceTest::refusal).isEqualTo("error.funds.insurance.ended");
		assertThatThrownBy(() -> policies.change(v.director(), policy, accident("X", start, 1)))
			.extracting(InsuranceTest::refusal).isEqualTo("error.funds.insurance.ended");
	}

	@Test
	void proposingOnePremiumFromSeveralPlacesAtOnceMakesOneProposal() throws Exception {
		InsuredVillage v = InsuredVillage.create(fixtures, "IF");
		v.fundInsurance(fixtures, 100_000);
		long policy = policies.add(v.director(), v.id(), v.securityDirector(), accident("PAR-" + v.id(), ledger.today(), 5_000));
		var start = new java.util.concurrent.CountDownLatch(1);
		var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
		List<java.util.concurrent.Future<String>> outcomes = new java.util.ArrayList<>();
		for (int i = 0; i < 4; i++) {
			var caller = i % 2 == 0 ? v.director() : v.security();
			outcomes.add(pool.submit(() -> {
				start.await();
				try {
					premiums.propose(caller, policy, null, Locale.SIMPLIFIED_CHINESE);
					return "proposed";
				}
				catch (RefusalException refused) {
					return refused.messageKey();
				}
			}));
		}
		start.countDown();
		List<String> results = new java.util.ArrayList<>();
		for (var outcome : outcomes) {
			results.add(outcome.get(30, java.util.concurrent.TimeUnit.SECONDS));
		}
		pool.shutdown();
		assertThat(results).containsOnlyOnce("proposed").filteredOn(r -> !r.equals("proposed"))
			.containsOnly("error.funds.insurance.premium-open");
		assertThat(queries.policy(v.director(), policy).premiums()).hasSize(1);
	}

	@Test
	void refusalsChangeNothing() {
		InsuredVillage v = InsuredVillage.create(fixtures, "ID");
		LocalDate today = ledger.today();
		long policy = policies.add(v.director(), v.id(), v.villager(), accident("RF-" + v.id(), today, 10_000));
		Map<String, Object> before = counts(v.id());

		assertThatThrownBy(() -> policies.add(v.director(), v.id(), v.newcomer(), accident("RF-" + v.id(), today, 10_000)))
			.as("the insurer's number is entered already").isInstanceOf(ConflictException.class)
			.extracting(InsuranceTest::refusal).isEqualTo("error.funds.insurance.number-taken");
		assertThatThrownBy(() -> policies.add(v.director(), v.id(), v.villager(),
				accident("RF2-" + v.id(), today.plusMonths(6), 10_000)))
			.as("insured twice for the same risk").extracting(InsuranceTest::refusal).isEqualTo("error.funds.insurance.overlap");
		assertThatThrownBy(() -> policies.add(v.director(), v.id(), v.newcomer(), new PolicyTerms(InsuranceKind.ACCIDENT,
				"县人寿保险公司", "RF3-" + v.id(), today, today.minusDays(1), Money.fen(100))))
			.extracting(InsuranceTest::refusal).isEqualTo("error.funds.insurance.term");
		assertThatThrownBy(() -> policies.add(v.director(), v.id(), v.newcomer(), accident("RF4-" + v.id(), today, 0)))
			.extracting(InsuranceTest::refusal).isEqualTo("error.money.positive");
		assertThatThrownBy(() -> policies.add(v.director(), v.id(), v.newcomer(), new PolicyTerms(InsuranceKind.ACCIDENT,
				"<script>x</script>", "RF5-" + v.id(), today, today, Money.fen(100))))
			.extracting(InsuranceTest::refusal).isEqualTo("error.text.markup");
		assertThatThrownBy(() -> policies.add(v.director(), v.id(), null, accident("RF6-" + v.id(), today, 100)))
			.extracting(InsuranceTest::refusal).isEqualTo("error.funds.insurance.insured-missing");
		assertThatThrownBy(() -> policies.add(v.director(), v.id(), fixtures.id("residentA"), accident("RF7-" + v.id(), today, 100)))
			.as("a resident of village A, out of this director's jurisdiction").isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> policies.add(v.finance(), v.id(), fixtures.id("residentA"), accident("RF8-" + v.id(), today, 100)))
			.as("a resident of another village who serves none of its organizations").extracting(InsuranceTest::refusal)
			.isEqualTo("error.funds.insurance.resident-elsewhere");
		assertThatThrownBy(() -> policies.end(v.director(), policy, today.plusYears(2), "太晚"))
			.extracting(InsuranceTest::refusal).isEqualTo("error.funds.insurance.end-date");
		assertThatThrownBy(() -> premiums.propose(v.director(), policy, null, Locale.SIMPLIFIED_CHINESE))
			.as("no fund may pay insurance").extracting(InsuranceTest::refusal).isEqualTo("error.funds.no-fund-for-purpose");
		assertThatThrownBy(() -> premiums.propose(v.finance(), policy, null, Locale.SIMPLIFIED_CHINESE))
			.as("the township approves, it does not propose").isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> policies.add(fixtures.caller("b.director"), v.id(), v.newcomer(), accident("RF9", today, 1)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> queries.policy(fixtures.caller("b.director"), policy)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> policies.end(fixtures.caller("t2.officer"), policy, null, "x"))
			.isInstanceOf(ForbiddenException.class);
		assertThat(queries.list(fixtures.caller("t2.officer"), v.id())).isEmpty();
		assertThat(counts(v.id())).isEqualTo(before);
	}

	@Test
	void correctingTheTermsKeepsTheInsuredPerson() {
		InsuredVillage v = InsuredVillage.create(fixtures, "IE");
		LocalDate start = ledger.today();
		long policy = policies.add(v.security(), v.id(), v.longServing(), accident("CH-" + v.id(), start, 10_000));
		policies.change(v.finance(), policy, new PolicyTerms(InsuranceKind.ACCIDENT, "县人寿保险公司 ", "CH-" + v.id() + "-1",
				start, start.plusMonths(6), Money.fen(12_000)));
		var p = queries.policy(v.director(), policy).policy();
		assertThat(p.residentId()).isEqualTo(v.longServing());
		assertThat(p.insurer()).isEqualTo("县人寿保险公司");
		assertThat(p.policyNo()).isEqualTo("CH-" + v.id() + "-1");
		assertThat(p.yearlyPremium()).isEqualTo(Money.fen(12_000));
		assertThat(p.endsOn()).isEqualTo(start.plusMonths(6));
		assertThat(jdbc.sql("select count(*) from operation_log where action = 'funds.insurance.change' and target_id = :id"
				+ " and outcome = 'SUCCESS'")
			.param("id", Long.toString(policy)).query(Long.class).single()).isEqualTo(1);
	}

	private Map<String, Object> counts(long village) {
		return jdbc.sql("""
				select (select count(*) from fund_insurance_policy where village_id = :v) as policies,
				  (select max(version) from fund_insurance_policy where village_id = :v) as versions,
				  (select count(*) from fund_insurance_premium i join fund_insurance_policy p on p.id = i.policy_id
				    where p.village_id = :v) as premiums,
				  (select count(*) from fund_proposal where village_id = :v) as proposals,
				  (select count(*) from ledger_entry where village_id = :v) as entries""")
			.param("v", village).query().singleRow();
	}
}
