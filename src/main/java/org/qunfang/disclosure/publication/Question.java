package org.qunfang.disclosure.publication;

import java.time.Instant;

/**
 * 群众提问 — a villager's question on one line of a published statement, and the public answer of the
 * township or the village. The line's text is kept as it read when asked; the asker's name is optional and
 * only ever shown masked.
 *
 * @param askerMasked the asker's name masked (张**), or {@code null} when they gave none
 */
public record Question(long id, long countyId, long villageId, long statementId, int lineNo, String lineText,
		String question, String askerMasked, Instant askedAt, String answer, String answeredName, Instant answeredAt) {

	public boolean answered() {
		return answer != null;
	}
}
