package org.qunfang.cases.suggestion;

/**
 * Where a suggestion stands, in honest words: answered is not resolved, and a matter closed without a
 * solution says so (with the reason). A reopened suggestion needs a new reply by a new deadline.
 */
public enum SuggestionStatus {
	SUBMITTED, ANSWERED, RESOLVED, CLOSED_UNRESOLVED, REOPENED;

	/** Whether the owning organization still owes a reply. */
	public boolean awaitingReply() {
		return this == SUBMITTED || this == REOPENED;
	}

	/** Whether the submitter may reopen it: once it has been answered. */
	public boolean reopenable() {
		return this == ANSWERED || this == RESOLVED || this == CLOSED_UNRESOLVED;
	}

	public String messageKey() {
		return "suggestion.status." + name();
	}
}
