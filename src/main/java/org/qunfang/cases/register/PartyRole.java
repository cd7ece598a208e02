package org.qunfang.cases.register;

/** A party's part in a case (当事人身份). */
public enum PartyRole {
	VICTIM, SUSPECT, WITNESS, REPORTER, OTHER
}
