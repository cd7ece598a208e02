package org.qunfang.organization;

/** 与户主关系 — a resident's relation to the head of the household. */
public enum Relation {
	HEAD, SPOUSE, CHILD, PARENT, GRANDCHILD, SIBLING, CHILD_IN_LAW, OTHER;

	public String messageKey() {
		return "relation." + name();
	}
}
