package org.qunfang.funds.fees;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.qunfang.organization.HouseholdCategory;
import org.qunfang.organization.Relation;
import org.qunfang.organization.registry.HouseholdRoll;
import org.qunfang.platform.Money;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** A household's bill: a levy per member not exempt, the defense fee per household, exemptions with their reasons. */
class BillDraftTest {

	private static final ChargeRules RULES = ChargeRules.DEFAULTS;

	@Test
	void aLevyChargesEachMemberNotMarkedExempt() {
		HouseholdRoll.Household h = household(HouseholdCategory.ORDINARY, LocalDate.of(1970, 3, 1), LocalDate.of(1972, 5, 1),
				LocalDate.of(2004, 9, 1), LocalDate.of(2008, 1, 1));
		BillDraft bill = BillDraft.levy(h, 1_000, 2026, RULES, Map.of(3L, Exemption.SOLDIER, 4L, Exemption.STUDENT));
		assertThat(bill.exemption()).isNull();
		assertThat(bill.charged()).isEqualTo(2);
		assertThat(bill.amountFen()).isEqualTo(2_000);
		assertThat(bill.members()).extracting(BillDraft.MemberLine::exemption)
			.containsExactly(null, null, Exemption.SOLDIER, Exemption.STUDENT);
	}

	@Test
	void aLowIncomeHouseholdOwesNothingAndSaysWhy() {
		BillDraft bill = BillDraft.levy(household(HouseholdCategory.LOW_INCOME, LocalDate.of(1960, 1, 1), LocalDate.of(1990, 1, 1)),
				1_000, 2026, RULES, Map.of());
		assertThat(bill.amountFen()).isZero();
		assertThat(bill.charged()).isZero();
		assertThat(bill.exemption()).isEqualTo(Exemption.LOW_INCOME);
		assertThat(bill.members()).allSatisfy(m -> assertThat(m.exemption()).isEqualTo(Exemption.LOW_INCOME));
	}

	@Test
	void agesCountOnTheFirstOfJanuaryOfTheLevysYearWhenTheCountySetsThem() {
		ChargeRules ages = new ChargeRules(2, 3, 2, 3, Money.fen(1_500), Set.of(), Set.of(), 16, 70, true, Set.of(),
				Set.of("TOOLS"));
		BillDraft bill = BillDraft.levy(household(HouseholdCategory.ORDINARY, LocalDate.of(2010, 1, 1), LocalDate.of(2010, 1, 2),
				LocalDate.of(1956, 1, 1), LocalDate.of(1956, 1, 2)), 500, 2026, ages, Map.of());
		assertThat(bill.members()).extracting(BillDraft.MemberLine::exemption)
			.containsExactly(null, Exemption.UNDER_AGE, Exemption.OVER_AGE, null);
		assertThat(bill.amountFen()).isEqualTo(1_000);
	}

	@Test
	void theDefenseFeeChargesAHouseholdOnceUnlessItsCategoryIsExempt() {
		HouseholdRoll.Household big = household(HouseholdCategory.MILITARY, LocalDate.of(1970, 1, 1), LocalDate.of(1971, 1, 1),
				LocalDate.of(2000, 1, 1));
		assertThat(BillDraft.fee(big, 3_000, EnumSet.of(HouseholdCategory.FIVE_GUARANTEE)).amountFen()).isEqualTo(3_000);
		BillDraft exempt = BillDraft.fee(big, 3_000, EnumSet.of(HouseholdCategory.MILITARY));
		assertThat(exempt.amountFen()).isZero();
		assertThat(exempt.exemption()).isEqualTo(Exemption.MILITARY);
	}

	@Property
	void aLevyIsThePerPersonAmountTimesTheMembersCharged(@ForAll @IntRange(min = 0, max = 12) int members,
			@ForAll @IntRange(min = 0, max = 12) int marked, @ForAll @LongRange(min = 1, max = 100_000) long perPerson) {
		LocalDate[] births = new LocalDate[members];
		for (int i = 0; i < members; i++) {
			births[i] = LocalDate.of(1950 + i, 1, 1);
		}
		HouseholdRoll.Household h = household(HouseholdCategory.ORDINARY, births);
		Map<Long, Exemption> exempt = new java.util.HashMap<>();
		for (long id = 1; id <= Math.min(marked, members); id++) {
			exempt.put(id, Exemption.STUDENT);
		}
		BillDraft bill = BillDraft.levy(h, perPerson, 2026, RULES, exempt);
		assertThat(bill.charged()).isEqualTo(members - exempt.size());
		assertThat(bill.amountFen()).isEqualTo(perPerson * bill.charged());
		assertThat(bill.members()).hasSize(members);
	}

	/** A household whose members have ids 1, 2, … in the order of their birth dates given. */
	static HouseholdRoll.Household household(HouseholdCategory category, LocalDate... births) {
		List<HouseholdRoll.Member> members = new java.util.ArrayList<>();
		for (int i = 0; i < births.length; i++) {
			members.add(new HouseholdRoll.Member(i + 1, "成员" + (i + 1), births[i], i == 0 ? Relation.HEAD : Relation.CHILD));
		}
		return new HouseholdRoll.Household(100, "H-1", null, null, "成员1", category, members);
	}
}
