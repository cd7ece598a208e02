package org.qunfang.cases.register;

/** How a case came to the register (报案来源). */
public enum CaseChannel {
	PATROL, VILLAGER, POLICE, INSPECTION, SUGGESTION_BOOK, OTHER
}
