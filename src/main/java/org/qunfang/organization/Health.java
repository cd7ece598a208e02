package org.qunfang.organization;

/** 健康状况 — state of health as registered (UNKNOWN when the register does not say). */
public enum Health {
	GOOD, FAIR, POOR, UNKNOWN;

	public String messageKey() {
		return "health." + name();
	}
}
