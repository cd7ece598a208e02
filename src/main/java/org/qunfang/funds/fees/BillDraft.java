package org.qunfang.funds.fees;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.qunfang.organization.HouseholdCategory;
import org.qunfang.organization.registry.HouseholdRoll;

/**
 * What a household owes for a charge, worked out from its members: a levy charges each member not exempt
 * (the per-person amount × the members charged); the defense fee charges the household once. A household
 * whose category exempts it owes nothing and says why; so does each member who is not charged.
 *
 * @param exemption why the whole household owes nothing, or null
 */
public record BillDraft(HouseholdRoll.Household household, Exemption exemption, List<MemberLine> members, int charged,
		long amountFen) {

	/** A member as the bill counts them: charged, or exempt with the reason. */
	public record MemberLine(long residentId, String name, LocalDate birthDate, Exemption exemption) {
	}

	/**
	 * A levy's bill: members marked exempt by the village ({@code marked}), and those below or from the
	 * rules' ages on 1 January of the levy's year, are not charged.
	 */
	public static BillDraft levy(HouseholdRoll.Household h, long perPersonFen, int year, ChargeRules rules,
			Map<Long, Exemption> marked) {
		Exemption household = categoryExemption(h.category(), rules.levyExemptCategories());
		LocalDate asOf = LocalDate.of(year, 1, 1);
		List<MemberLine> members = new ArrayList<>();
		int charged = 0;
		for (HouseholdRoll.Member m : h.members()) {
			Exemption why = household != null ? household : personExemption(m, asOf, rules, marked);
			members.add(new MemberLine(m.residentId(), m.name(), m.birthDate(), why));
			charged += why == null ? 1 : 0;
		}
		return new BillDraft(h, household, List.copyOf(members), charged, Math.multiplyExact(perPersonFen, charged));
	}

	/** A defense fee's bill: the household's amount, or nothing when its category is exempt. */
	public static BillDraft fee(HouseholdRoll.Household h, long perHouseholdFen, Set<HouseholdCategory> exemptCategories) {
		Exemption household = categoryExemption(h.category(), exemptCategories);
		List<MemberLine> members = h.members().stream()
			.map(m -> new MemberLine(m.residentId(), m.name(), m.birthDate(), household)).toList();
		return new BillDraft(h, household, members, household == null ? 1 : 0, household == null ? perHouseholdFen : 0);
	}

	private static Exemption categoryExemption(HouseholdCategory category, Set<HouseholdCategory> exempt) {
		return exempt.contains(category) ? Exemption.of(category) : null;
	}

	private static Exemption personExemption(HouseholdRoll.Member m, LocalDate asOf, ChargeRules rules,
			Map<Long, Exemption> marked) {
		Exemption reason = marked.get(m.residentId());
		if (reason != null) {
			return reason;
		}
		int age = Period.between(m.birthDate(), asOf).getYears();
		if (rules.exemptUnderAge() > 0 && age < rules.exemptUnderAge()) {
			return Exemption.UNDER_AGE;
		}
		if (rules.exemptFromAge() > 0 && age >= rules.exemptFromAge()) {
			return Exemption.OVER_AGE;
		}
		return null;
	}
}
