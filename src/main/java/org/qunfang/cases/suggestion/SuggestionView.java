package org.qunfang.cases.suggestion;

import java.time.Instant;

/**
 * A suggestion as the register shows it to staff: a named submitter's name and phone masked (revealed
 * only on request, and logged), and whether the reply is overdue.
 *
 * @param ownerName the organization that owed the reply when it arrived; {@code null} when the village had none
 * @param submitterMasked the masked name, or {@code null} when anonymous
 * @param escalated whether the current wait for a reply has been escalated to the township
 */
public record SuggestionView(long id, long villageId, String villageName, SuggestionKind kind, String content,
		boolean anonymous, String submitterMasked, String phoneMasked, SuggestionStatus status, Instant submittedAt,
		Instant dueAt, boolean overdue, boolean escalated, int escalations, Long ownerOrgId, String ownerName,
		String reply, Instant repliedAt, String repliedBy, String outcomeNote, Instant closedAt) {
}
