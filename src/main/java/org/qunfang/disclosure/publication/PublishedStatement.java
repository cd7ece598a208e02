package org.qunfang.disclosure.publication;

import java.time.Instant;

/**
 * A published statement (已公布的收支公开表): a village's statement for a period in its canonical text, with
 * its place in the county's log. A correction names the statement it corrects; {@code correctedBy} is the
 * statement that corrects this one, if any (then this one is no longer the latest for its period).
 */
public record PublishedStatement(long id, long countyId, String scopePath, long villageId, Period period, String text,
		long leafIndex, Long corrects, String correctionReason, String publishedBy, String publishedName,
		Instant publishedAt, Long correctedBy) {

	/** The size of the county's log right after this statement went in: the checkpoint printed on its notice. */
	public long sizeAtPublication() {
		return leafIndex + 1;
	}
}
