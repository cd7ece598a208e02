package org.qunfang.organization;

/**
 * 户类别 — a household's category, which later decides exemptions from fees and levies: ordinary,
 * low-income (低保户), five-guarantee (五保户), military family (军属).
 */
public enum HouseholdCategory {
	ORDINARY, LOW_INCOME, FIVE_GUARANTEE, MILITARY;

	public String messageKey() {
		return "household.category." + name();
	}
}
