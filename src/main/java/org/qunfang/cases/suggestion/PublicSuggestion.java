package org.qunfang.cases.suggestion;

import java.time.Instant;

/**
 * A submission as the public may see it: on the village page (opinions and suggestions with their reply
 * only), or by its own submitter through the tracking code. Never the submitter's name or phone.
 */
public record PublicSuggestion(long villageId, SuggestionKind kind, String content, SuggestionStatus status,
		Instant submittedAt, Instant dueAt, boolean overdue, String reply, Instant repliedAt, String outcomeNote,
		boolean reopenable) {

	static PublicSuggestion of(Suggestion s, Instant now) {
		return new PublicSuggestion(s.villageId(), s.kind(), s.content(), s.status(), s.submittedAt(), s.dueAt(),
				s.overdue(now), s.reply(), s.repliedAt(), s.outcomeNote(), s.status().reopenable());
	}
}
