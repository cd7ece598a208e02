package org.qunfang.cases.suggestion;

import java.time.Duration;
import java.time.Instant;

import org.qunfang.platform.DomainException;

/**
 * 群众意见 — one writing in a village's suggestion book and how it was answered. State changes are the
 * methods below, each refusing a step the current status does not allow; each returns the changed
 * suggestion and leaves this one as it was.
 *
 * @param ownerOrgId the organization that owed the reply when it arrived, {@code null} if the village had none
 * @param nameCipher a named submitter's name, encrypted; {@code null} when anonymous
 * @param phoneCipher a named submitter's phone, encrypted, if given
 * @param trackingHash SHA-256 of the tracking code the submitter was given
 * @param dueAt when the reply is due; moves on when the submitter reopens
 * @param escalatedAt when the current wait for a reply was escalated to the township, if it was
 * @param escalations how often a reply was escalated in all
 * @param outcomeNote the resolution note or the reason for closing unresolved
 */
public record Suggestion(long id, long countyId, long villageId, String scopePath, Long ownerOrgId, String ownerName,
		SuggestionKind kind, String content, boolean anonymous, String nameCipher, String phoneCipher,
		String trackingHash, SuggestionStatus status, Instant submittedAt, Instant dueAt, Instant escalatedAt,
		int escalations, String reply, Instant repliedAt, String repliedBy, String outcomeNote, Instant closedAt,
		int version) {

	/** A new submission, awaiting its reply for the given number of days. */
	public static Suggestion submitted(long id, long countyId, long villageId, String scopePath, Long ownerOrgId,
			String ownerName, SuggestionKind kind, String content, String nameCipher, String phoneCipher,
			String trackingHash, Instant at, int replyDays) {
		return new Suggestion(id, countyId, villageId, scopePath, ownerOrgId, ownerName, kind, content, nameCipher == null,
				nameCipher, phoneCipher, trackingHash, SuggestionStatus.SUBMITTED, at, at.plus(Duration.ofDays(replyDays)),
				null, 0, null, null, null, null, null, 0);
	}

	/** Whether the reply is owed and its deadline has passed. */
	public boolean overdue(Instant now) {
		return status.awaitingReply() && now.isAfter(dueAt);
	}

	/** Whether the writing and its reply appear on the public village page. */
	public boolean shownInPublic() {
		return kind.publicReply() && reply != null;
	}

	/** The owning organization's reply; it is public for opinions and suggestions. */
	public Suggestion answer(String text, String by, Instant at) {
		if (!status.awaitingReply()) {
			throw new DomainException("error.suggestion.not-awaiting-reply");
		}
		return with(SuggestionStatus.ANSWERED, dueAt, escalatedAt, escalations, text, at, by, null, null);
	}

	/** The matter was solved, with an optional note. */
	public Suggestion resolve(String note, Instant at) {
		requireAnswered();
		return with(SuggestionStatus.RESOLVED, dueAt, escalatedAt, escalations, reply, repliedAt, repliedBy, note, at);
	}

	/** Closed although the matter was not solved: the reason is required and shown. */
	public Suggestion closeUnresolved(String reason, Instant at) {
		requireAnswered();
		return with(SuggestionStatus.CLOSED_UNRESOLVED, dueAt, escalatedAt, escalations, reply, repliedAt, repliedBy, reason,
				at);
	}

	/**
	 * The submitter is not satisfied: a new reply is owed within the given number of days. The earlier
	 * outcome no longer stands (its note stays in the history); the earlier reply shows until a new one.
	 */
	public Suggestion reopen(Instant at, int replyDays) {
		if (!status.reopenable()) {
			throw new DomainException("error.suggestion.not-reopenable");
		}
		return with(SuggestionStatus.REOPENED, at.plus(Duration.ofDays(replyDays)), null, escalations, reply, repliedAt,
				repliedBy, null, null);
	}

	/** The reply is overdue and the township is told; once per wait. */
	public Suggestion escalate(Instant at) {
		if (!overdue(at) || escalatedAt != null) {
			throw new DomainException("error.suggestion.not-overdue");
		}
		return with(status, dueAt, at, escalations + 1, reply, repliedAt, repliedBy, outcomeNote, closedAt);
	}

	/** This suggestion as stored after one more save (the version moves on). */
	Suggestion saved() {
		return new Suggestion(id, countyId, villageId, scopePath, ownerOrgId, ownerName, kind, content, anonymous,
				nameCipher, phoneCipher, trackingHash, status, submittedAt, dueAt, escalatedAt, escalations, reply, repliedAt,
				repliedBy, outcomeNote, closedAt, version + 1);
	}

	private void requireAnswered() {
		if (status != SuggestionStatus.ANSWERED) {
			throw new DomainException("error.suggestion.not-answered");
		}
	}

	private Suggestion with(SuggestionStatus newStatus, Instant newDue, Instant newEscalatedAt, int newEscalations,
			String newReply, Instant newRepliedAt, String newRepliedBy, String newNote, Instant newClosedAt) {
		return new Suggestion(id, countyId, villageId, scopePath, ownerOrgId, ownerName, kind, content, anonymous,
				nameCipher, phoneCipher, trackingHash, newStatus, submittedAt, newDue, newEscalatedAt, newEscalations,
				newReply, newRepliedAt, newRepliedBy, newNote, newClosedAt, version);
	}
}
