package org.qunfang.cases.suggestion;

import java.time.Instant;

/**
 * One step in a suggestion's history.
 *
 * @param step {@code SUBMITTED}, {@code ANSWERED}, {@code RESOLVED}, {@code CLOSED_UNRESOLVED}, {@code REOPENED} or
 *        {@code ESCALATED}
 * @param actor the staff member's user name; {@code null} for the submitter's steps and the escalation
 * @param note the reply, the reason or the note of the step
 */
public record SuggestionStep(String step, String actor, String note, Instant occurredAt) {

	public static final String ESCALATED = "ESCALATED";

	public String messageKey() {
		return "suggestion.step." + step;
	}
}
