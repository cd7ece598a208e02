package org.qunfang.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qunfang.funds.fees.BillViews.BillLine;
import org.qunfang.funds.fees.BillViews.BillState;
import org.qunfang.funds.fees.Bills;
import org.qunfang.funds.fees.CollectionQueries;
import org.qunfang.funds.fees.DefenseFees;
import org.qunfang.funds.fees.Exemption;
import org.qunfang.funds.levy.Levies;
import org.qunfang.identity.Caller;
import org.qunfang.organization.HouseholdCategory;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.ForbiddenException;
import org.qunfang.platform.Money;
import org.qunfang.platform.RefusalException;
import org.qunfang.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 一事一议: a levy the representatives' meeting did not carry, or one over the yearly cap, is refused with the
 * rule named and nothing written; an approved levy bills each household by its members not exempt; the
 * defense fee bills households, exempting some categories.
 */
class LeviesTest extends IntegrationTest {

	@Autowired
	Levies levies;

	@Autowired
	Bills bills;

	@Autowired
	DefenseFees fees;

	@Autowired
	CollectionQueries queries;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aLevyWhoseMeetingHadNoQuorumIsNotApprovedAndNothingIsWritten() {
		CollectionMother m = new CollectionMother(fixtures, "LQ");
		m.household("Q-1", HouseholdCategory.ORDINARY, 2);
		long levy = m.proposedLevy("修水渠", 1_000);
		m.meeting(levy, 30, 19, 19);
		Map<String, Object> before = row(levy);

		assertThatThrownBy(() -> levies.approve(leader(), levy, "同意"))
			.isInstanceOf(DomainException.class).satisfies(e -> {
				assertThat(((RefusalException) e).messageKey()).isEqualTo("error.funds.levy.rule.QUORUM");
				assertThat(((RefusalException) e).arguments()).containsExactly(30, 19, 20);
			});
		assertThat(row(levy)).isEqualTo(before);
		assertThatThrownBy(() -> bills.generate(m.director, levy)).extracting(e -> ((RefusalException) e).messageKey())
			.isEqualTo("error.funds.charge.not-approved");
		assertThat(billCount(levy)).isZero();
	}

	@Test
	void aLevyWithFewerThanTwoThirdsOfThosePresentForItIsNotApproved() {
		CollectionMother m = new CollectionMother(fixtures, "LV");
		long levy = m.proposedLevy("修村道", 1_000);
		m.meeting(levy, 30, 21, 13);
		Map<String, Object> before = row(levy);

		assertThatThrownBy(() -> levies.approve(leader(), levy, null)).satisfies(e -> {
			assertThat(((RefusalException) e).messageKey()).isEqualTo("error.funds.levy.rule.VOTE");
			assertThat(((RefusalException) e).arguments()).containsExactly(21, 13, 14);
		});
		assertThat(row(levy)).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from operation_log where action = 'funds.levy.approve' and outcome = 'REFUSED'"
				+ " and detail = 'error.funds.levy.rule.VOTE'").query(Long.class).single()).isPositive();

		m.meeting(levy, 30, 21, 14);
		levies.approve(leader(), levy, null);
		assertThat(row(levy).get("status")).isEqualTo("APPROVED");
	}

	@Test
	void aLevyOverTheYearlyCapAPersonIsRefusedWhenProposedAndWhenApproved() {
		CollectionMother m = new CollectionMother(fixtures, "LC");
		long charges = charges(m.village);
		assertThatThrownBy(() -> m.proposedLevy("超限", 1_600)).satisfies(e -> {
			assertThat(((RefusalException) e).messageKey()).isEqualTo("error.funds.levy.rule.CAP");
			assertThat(((RefusalException) e).arguments()).containsExactly("16.00", "0.00", "15.00");
		});
		assertThat(charges(m.village)).isEqualTo(charges);

		long first = m.proposedLevy("修路灯", 1_000);
		long second = m.proposedLevy("买水泵", 800);
		m.meeting(first, 30, 25, 22);
		m.meeting(second, 30, 25, 22);
		levies.approve(leader(), first, null);
		Map<String, Object> before = row(second);
		assertThatThrownBy(() -> levies.approve(leader(), second, null)).satisfies(e -> {
			assertThat(((RefusalException) e).messageKey()).isEqualTo("error.funds.levy.rule.CAP");
			assertThat(((RefusalException) e).arguments()).containsExactly("8.00", "10.00", "15.00");
		});
		assertThat(row(second)).isEqualTo(before);
		assertThatThrownBy(() -> m.proposedLevy("再加一项", 600)).extracting(e -> ((RefusalException) e).messageKey())
			.isEqualTo("error.funds.levy.rule.CAP");
	}

	@Test
	void theVillageCannotApproveItsOwnLevyWhileTheCountyAsksForTheTownships() {
		CollectionMother m = new CollectionMother(fixtures, "LO");
		long levy = m.proposedLevy("自批", 500);
		m.meeting(levy, 30, 30, 30);
		assertThatThrownBy(() -> levies.approve(m.director, levy, null)).isInstanceOf(ForbiddenException.class);
		assertThat(row(levy).get("status")).isEqualTo("PROPOSED");
	}

	@Test
	void billsChargeEachMemberNotExemptAndExemptHouseholdsOweNothingWithTheReason() {
		CollectionMother m = new CollectionMother(fixtures, "LB");
		List<Long> zhang = m.household("B-1", HouseholdCategory.ORDINARY, 4);
		m.household("B-2", HouseholdCategory.LOW_INCOME, 3);
		m.household("B-3", HouseholdCategory.FIVE_GUARANTEE, 1);
		m.household("B-4", HouseholdCategory.MILITARY, 2);
		m.household("B-5", HouseholdCategory.ORDINARY, 0);
		long levy = m.approvedLevy("修村口桥", 1_200);
		levies.markExempt(m.director, levy, zhang.get(2), "SOLDIER", "在部队服役");
		levies.markExempt(m.director, levy, zhang.get(3), "STUDENT", null);
		assertThatThrownBy(() -> levies.markExempt(m.director, levy, zhang.get(1), "DISABLED", "x"))
			.as("the county's rules allow soldiers and students only").extracting(e -> ((RefusalException) e).messageKey())
			.isEqualTo("error.funds.exemption.not-allowed");
		assertThatThrownBy(() -> levies.markExempt(m.director, levy, zhang.get(1), "LOW_INCOME", null))
			.as("a household's category is not marked on a person").extracting(e -> ((RefusalException) e).messageKey())
			.isEqualTo("error.funds.exemption.reason");

		assertThat(bills.generate(m.director, levy)).as("a household without members owes no levy").isEqualTo(4);
		Map<String, BillLine> byHousehold = bills(levy);
		assertThat(byHousehold.get("B-1")).satisfies(b -> {
			assertThat(b.persons()).isEqualTo(4);
			assertThat(b.charged()).isEqualTo(2);
			assertThat(b.amountFen()).isEqualTo(2_400);
			assertThat(b.state()).isEqualTo(BillState.UNPAID);
		});
		assertThat(byHousehold.get("B-2")).satisfies(b -> {
			assertThat(b.amountFen()).isZero();
			assertThat(b.exemption()).isEqualTo(Exemption.LOW_INCOME);
			assertThat(b.state()).isEqualTo(BillState.EXEMPT);
		});
		assertThat(byHousehold.get("B-3").exemption()).isEqualTo(Exemption.FIVE_GUARANTEE);
		assertThat(byHousehold.get("B-4").amountFen()).as("a military family pays for its members at home").isEqualTo(2_400);
		var members = queries.bill(m.director, byHousehold.get("B-1").id()).members();
		assertThat(members).extracting(x -> x.exemption()).containsExactlyInAnyOrder(null, null, Exemption.SOLDIER,
				Exemption.STUDENT);

		assertThatThrownBy(() -> levies.markExempt(m.director, levy, zhang.get(1), "STUDENT", null))
			.extracting(e -> ((RefusalException) e).messageKey()).isEqualTo("error.funds.levy.billed");
		m.household("B-6", HouseholdCategory.ORDINARY, 1);
		assertThat(bills.generate(m.director, levy)).as("billing again bills only the household registered since")
			.isEqualTo(1);
		assertThat(bills(levy)).hasSize(5).containsKey("B-6");
		assertThat(bills(levy).get("B-1").amountFen()).isEqualTo(2_400);
	}

	@Test
	void theDefenseFeeBillsEachHouseholdOnceExceptExemptCategoriesAndIsFixedOnceBilled() {
		CollectionMother m = new CollectionMother(fixtures, "LF");
		m.household("F-1", HouseholdCategory.ORDINARY, 5);
		m.household("F-2", HouseholdCategory.FIVE_GUARANTEE, 1);
		m.household("F-3", HouseholdCategory.ORDINARY, 0);
		int year = m.today().getYear();
		long fee = fees.set(m.director, m.village, year, Money.fen(2_000));
		assertThat(fees.set(m.director, m.village, year, Money.fen(3_000))).as("the same year's fee, changed").isEqualTo(fee);
		assertThat(bills.generate(m.director, fee)).isEqualTo(3);
		Map<String, BillLine> byHousehold = bills(fee);
		assertThat(byHousehold.get("F-1").amountFen()).isEqualTo(3_000);
		assertThat(byHousehold.get("F-3").amountFen()).as("a household with nobody registered still pays the fee")
			.isEqualTo(3_000);
		assertThat(byHousehold.get("F-2").exemption()).isEqualTo(Exemption.FIVE_GUARANTEE);
		assertThatThrownBy(() -> fees.set(m.director, m.village, year, Money.fen(1_000)))
			.extracting(e -> ((RefusalException) e).messageKey()).isEqualTo("error.funds.fee.billed");
		assertThat(bills(fee).get("F-1").amountFen()).isEqualTo(3_000);
	}

	@Test
	void anotherVillagesDirectorNeitherSeesNorBillsTheLevy() {
		CollectionMother m = new CollectionMother(fixtures, "LS");
		long levy = m.approvedLevy("外村看不到", 500);
		Caller other = fixtures.caller("b.director");
		assertThatThrownBy(() -> bills.generate(other, levy)).isInstanceOf(org.qunfang.platform.NotFoundException.class);
		assertThatThrownBy(() -> queries.charge(other, levy)).isInstanceOf(org.qunfang.platform.NotFoundException.class);
		assertThat(queries.charges(other, null)).noneMatch(c -> c.id() == levy);
	}

	private Caller leader() {
		return fixtures.caller("t1.leader");
	}

	private Map<String, BillLine> bills(long charge) {
		return queries.bills(fixtures.caller("t1.leader"), charge).stream()
			.collect(java.util.stream.Collectors.toMap(BillLine::householdNo, b -> b));
	}

	private Map<String, Object> row(long charge) {
		return jdbc.sql("select * from fund_charge where id = :id").param("id", charge).query().singleRow();
	}

	private long billCount(long charge) {
		return jdbc.sql("select count(*) from fund_bill where charge_id = :c").param("c", charge).query(Long.class).single();
	}

	private long charges(long village) {
		return jdbc.sql("select count(*) from fund_charge where village_id = :v").param("v", village).query(Long.class).single();
	}
}
