package org.qunfang.funds.fees;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

import org.qunfang.organization.HouseholdCategory;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.Money;

/**
 * A county's rules for money from the masses. A levy (一事一议) needs a meeting of the villager
 * representatives with a quorum ({@code quorumNum/quorumDen} of them present), the votes of
 * {@code approvalNum/approvalDen} of those present, and at most {@code personCap} a person in a year
 * across the village's levies; the township approves it unless {@code townshipApproval} is off. Exempt
 * from levies: households of {@code levyExemptCategories}, residents the village marks with one of
 * {@code exemptReasons}, and, when set (not 0), the young below {@code exemptUnderAge} and the old from
 * {@code exemptFromAge}. The defense fee exempts households of {@code feeExemptCategories}, and its
 * payments may be spent on {@code feePurposes}.
 */
public record ChargeRules(int quorumNum, int quorumDen, int approvalNum, int approvalDen, Money personCap,
		Set<HouseholdCategory> levyExemptCategories, Set<Exemption> exemptReasons, int exemptUnderAge, int exemptFromAge,
		boolean townshipApproval, Set<HouseholdCategory> feeExemptCategories, Set<String> feePurposes) {

	/**
	 * Two thirds for the quorum and the vote, 15 yuan a person a year (the cap many provinces set),
	 * low-income and five-guarantee households exempt, serving soldiers and students marked exempt, the
	 * township approves, the fee pays patrol wages and prevention tools.
	 */
	public static final ChargeRules DEFAULTS = new ChargeRules(2, 3, 2, 3, Money.fen(1_500),
			EnumSet.of(HouseholdCategory.LOW_INCOME, HouseholdCategory.FIVE_GUARANTEE),
			EnumSet.of(Exemption.SOLDIER, Exemption.STUDENT), 0, 0, true,
			EnumSet.of(HouseholdCategory.LOW_INCOME, HouseholdCategory.FIVE_GUARANTEE),
			new LinkedHashSet<>(java.util.List.of("PATROL_WAGES", "TOOLS")));

	public ChargeRules {
		levyExemptCategories = Set.copyOf(levyExemptCategories);
		exemptReasons = Set.copyOf(exemptReasons);
		feeExemptCategories = Set.copyOf(feeExemptCategories);
		feePurposes = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(feePurposes));
	}

	/** Refuses rules that cannot work: a fraction outside (0, 1], no cap, an ordinary household exempt, odd ages. */
	public ChargeRules checked() {
		if (!fraction(quorumNum, quorumDen) || !fraction(approvalNum, approvalDen)) {
			throw new DomainException("error.funds.rules.fraction");
		}
		if (personCap == null || !personCap.isPositive()) {
			throw new DomainException("error.funds.rules.cap");
		}
		if (levyExemptCategories.contains(HouseholdCategory.ORDINARY) || feeExemptCategories.contains(HouseholdCategory.ORDINARY)) {
			throw new DomainException("error.funds.rules.ordinary");
		}
		if (exemptReasons.stream().anyMatch(r -> !r.marked())) {
			throw new DomainException("error.funds.rules.reason");
		}
		if (exemptUnderAge < 0 || exemptUnderAge > 30 || exemptFromAge < 0 || exemptFromAge > 120
				|| (exemptFromAge > 0 && exemptFromAge <= exemptUnderAge)) {
			throw new DomainException("error.funds.rules.ages");
		}
		if (feePurposes.isEmpty()) {
			throw new DomainException("error.funds.purposes-missing");
		}
		return this;
	}

	/** How many representatives must be present for a quorum. */
	public int quorumOf(int representatives) {
		return ceil(representatives, quorumNum, quorumDen);
	}

	/** How many votes for a levy needs, of those present. */
	public int votesNeeded(int present) {
		return ceil(present, approvalNum, approvalDen);
	}

	private static int ceil(int of, int num, int den) {
		return (int) (((long) of * num + den - 1) / den);
	}

	private static boolean fraction(int num, int den) {
		return num > 0 && den > 0 && den <= 100 && num <= den;
	}
}
