package org.qunfang.cases.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.RefusalException;

/** The suggestion's honest statuses and tracking codes, without Spring. */
class SuggestionTest {

	private static final org.qunfang.platform.crypto.PersonalDataCipher CIPHER = new org.qunfang.platform.crypto.PersonalDataCipher(
			new org.qunfang.platform.crypto.PersonalDataProperties(java.util.Map.of("k1", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="),
					"k1", "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA="));

	private static final Instant MONDAY = Instant.parse("2026-03-02T02:00:00Z");

	private static Suggestion submitted(SuggestionKind kind) {
		return Suggestion.submitted(1, 2, 3, "/2/4/3/", 5L, "甲村治保会", kind, "路灯坏了", null, null, "h", MONDAY, 7);
	}

	@Test
	void aReplyIsDueAfterTheCountysDaysAndOverdueAfterThat() {
		Suggestion s = submitted(SuggestionKind.SUGGESTION);
		assertThat(s.dueAt()).isEqualTo(MONDAY.plus(Duration.ofDays(7)));
		assertThat(s.anonymous()).isTrue();
		assertThat(s.overdue(MONDAY.plus(Duration.ofDays(7)))).isFalse();
		assertThat(s.overdue(MONDAY.plus(Duration.ofDays(7)).plusSeconds(1))).isTrue();
		assertThat(s.answer("修好了", "a.director", MONDAY.plus(Duration.ofDays(8))).overdue(MONDAY.plus(Duration.ofDays(9))))
			.as("answered is no longer overdue").isFalse();
	}

	@Test
	void answeredThenResolvedOrClosedUnresolvedAndReopenedWithANewDeadline() {
		Instant later = MONDAY.plus(Duration.ofDays(2));
		Suggestion answered = submitted(SuggestionKind.OPINION).answer("已安排", "a.director", later);
		assertThat(answered.status()).isEqualTo(SuggestionStatus.ANSWERED);
		assertThat(answered.shownInPublic()).isTrue();
		Suggestion closed = answered.closeUnresolved("资金未落实", later);
		assertThat(closed.status()).isEqualTo(SuggestionStatus.CLOSED_UNRESOLVED);
		assertThat(closed.outcomeNote()).isEqualTo("资金未落实");
		Suggestion reopened = closed.reopen(MONDAY.plus(Duration.ofDays(20)), 7);
		assertThat(reopened.status()).isEqualTo(SuggestionStatus.REOPENED);
		assertThat(reopened.dueAt()).isEqualTo(MONDAY.plus(Duration.ofDays(27)));
		assertThat(reopened.escalatedAt()).isNull();
		assertThat(reopened.outcomeNote()).as("the old outcome no longer stands").isNull();
		assertThat(reopened.reply()).isEqualTo("已安排");
		assertThat(answered.resolve(null, later).status()).isEqualTo(SuggestionStatus.RESOLVED);
	}

	@Test
	void stepsTheStatusDoesNotAllowAreRefused() {
		Suggestion fresh = submitted(SuggestionKind.TIP);
		assertThatThrownBy(() -> fresh.resolve(null, MONDAY)).isInstanceOf(DomainException.class)
			.hasMessageContaining("error.suggestion.not-answered");
		assertThatThrownBy(() -> fresh.closeUnresolved("x", MONDAY)).hasMessageContaining("error.suggestion.not-answered");
		assertThatThrownBy(() -> fresh.reopen(MONDAY, 7)).hasMessageContaining("error.suggestion.not-reopenable");
		assertThatThrownBy(() -> fresh.escalate(MONDAY)).hasMessageContaining("error.suggestion.not-overdue");
		Suggestion answered = fresh.answer("收到", "a.security", MONDAY);
		assertThat(answered.shownInPublic()).as("a tip never goes public").isFalse();
		assertThatThrownBy(() -> answered.answer("again", "a.security", MONDAY))
			.hasMessageContaining("error.suggestion.not-awaiting-reply");
	}

	@Test
	void anOverdueWaitIsEscalatedOnce() {
		Instant late = MONDAY.plus(Duration.ofDays(8));
		Suggestion escalated = submitted(SuggestionKind.COMPLAINT).escalate(late);
		assertThat(escalated.escalatedAt()).isEqualTo(late);
		assertThat(escalated.escalations()).isEqualTo(1);
		assertThatThrownBy(() -> escalated.escalate(late.plusSeconds(60))).isInstanceOf(DomainException.class);
	}

	@Test
	void unknownKindsAreRefusedWithAClearKey() {
		assertThat(SuggestionKind.parse(" tip ")).isEqualTo(SuggestionKind.TIP);
		assertThatThrownBy(() -> SuggestionKind.parse("RUMOUR")).isInstanceOf(DomainException.class)
			.extracting(e -> ((RefusalException) e).messageKey()).isEqualTo("error.suggestion.kind");
		assertThatThrownBy(() -> SuggestionKind.parse(null)).isInstanceOf(DomainException.class);
	}

	@Test
	void trackingCodesUseAnUnambiguousAlphabetAndHashTheSameHoweverTyped() {
		String code = TrackingCodes.generate();
		assertThat(code).matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{5}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{5}");
		assertThat(TrackingCodes.hash(code.toLowerCase().replace("-", " "), CIPHER)).isEqualTo(TrackingCodes.hash(code, CIPHER));
		assertThat(TrackingCodes.hash(code, CIPHER)).hasSize(64).doesNotContain(code);
		assertThat(TrackingCodes.generate()).isNotEqualTo(code);
	}
}
