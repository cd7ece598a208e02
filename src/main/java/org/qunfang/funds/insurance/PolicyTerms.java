package org.qunfang.funds.insurance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.qunfang.platform.DomainException;
import org.qunfang.platform.Money;
import org.qunfang.platform.text.PlainText;

/**
 * What a policy says: the kind, the insurer and its policy number, the first and last day it covers, and
 * the premium paid for each policy year.
 */
public record PolicyTerms(InsuranceKind kind, String insurer, String policyNo, LocalDate startsOn, LocalDate endsOn,
		Money yearlyPremium) {

	/** The terms as stored: text stripped and checked, the term and premium valid; refused otherwise. */
	public PolicyTerms checked() {
		if (kind == null) {
			throw new DomainException("error.funds.insurance.kind", "");
		}
		String who = PlainText.required("funds.insurance.insurer", insurer, 100);
		String number = PlainText.required("funds.insurance.policy-no", policyNo, 60);
		if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
			throw new DomainException("error.funds.insurance.term");
		}
		if (ChronoUnit.YEARS.between(startsOn, endsOn) >= 50) {
			throw new DomainException("error.funds.insurance.term");
		}
		Money premium = (yearlyPremium == null ? Money.ZERO : yearlyPremium).requirePositive();
		return new PolicyTerms(kind, who, number, startsOn, endsOn, premium);
	}

	/** How many policy years the term spans, a part year counting whole (a year's premium is due for each). */
	public int years() {
		LocalDate after = endsOn.plusDays(1);
		long whole = ChronoUnit.YEARS.between(startsOn, after);
		return (int) Math.max(1, startsOn.plusYears(whole).isBefore(after) ? whole + 1 : whole);
	}
}
