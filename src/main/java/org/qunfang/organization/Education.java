package org.qunfang.organization;

/** 文化程度 — level of schooling, in increasing order; UNKNOWN (not registered) passes no minimum. */
public enum Education {
	UNKNOWN, NONE, PRIMARY, JUNIOR_HIGH, SENIOR_HIGH, COLLEGE;

	public boolean atLeast(Education other) {
		return other == null || this != UNKNOWN && compareTo(other) >= 0;
	}

	public String messageKey() {
		return "education." + name();
	}
}
