package org.qunfang.cases.register;

/** The kinds of entries in a case's history. */
public enum StepKind {
	REGISTERED, HANDLING, TRANSFERRED, RESOLVED, REFERRED, CLOSED_UNRESOLVED, PHOTO
}
