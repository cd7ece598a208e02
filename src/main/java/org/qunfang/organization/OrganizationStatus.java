package org.qunfang.organization;

/** Whether an organization works: active, semi-paralyzed (半瘫痪), paralyzed (瘫痪) or dissolved. */
public enum OrganizationStatus {
	ACTIVE, SEMI_PARALYZED, PARALYZED, DISSOLVED;

	public String messageKey() {
		return "org.status." + name();
	}
}
