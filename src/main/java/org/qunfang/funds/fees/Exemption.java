package org.qunfang.funds.fees;

import java.util.Locale;

import org.qunfang.organization.HouseholdCategory;
import org.qunfang.platform.DomainException;

/**
 * Why a household or a person is not charged: the household's category (low-income 低保, five-guarantee
 * 五保, military family 军属), a reason the village marks a resident with for a levy (a serving soldier, a
 * student, a person with a disability, another reason written down), or an age the county's rules exempt.
 */
public enum Exemption {
	LOW_INCOME, FIVE_GUARANTEE, MILITARY, SOLDIER, STUDENT, DISABLED, OTHER, UNDER_AGE, OVER_AGE;

	public String messageKey() {
		return "funds.exemption." + name();
	}

	/** Whether a village marks a resident with this reason (the others come from the register). */
	public boolean marked() {
		return this == SOLDIER || this == STUDENT || this == DISABLED || this == OTHER;
	}

	/** The exemption a household's category gives, if the category is one that exempts. */
	public static Exemption of(HouseholdCategory category) {
		return switch (category) {
			case LOW_INCOME -> LOW_INCOME;
			case FIVE_GUARANTEE -> FIVE_GUARANTEE;
			case MILITARY -> MILITARY;
			case ORDINARY -> null;
		};
	}

	/** A reason a village may mark a resident with. */
	public static Exemption markedReason(String text) {
		try {
			Exemption e = valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
			if (e.marked()) {
				return e;
			}
		}
		catch (IllegalArgumentException e) {
			// refused below
		}
		throw new DomainException("error.funds.exemption.reason", text == null ? "" : text);
	}
}
