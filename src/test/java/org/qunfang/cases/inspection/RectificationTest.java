package org.qunfang.cases.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.qunfang.platform.DomainException;

/** The rules of a rectification task, without Spring: proof before closing, re-checks, overdue by the clock. */
class RectificationTest {

	private static final LocalDate FOUND = LocalDate.of(2026, 3, 1);
	private static final LocalDate DEADLINE = LocalDate.of(2026, 3, 16);
	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Test
	void aTaskCannotCloseWithoutProof() {
		Rectification task = Rectification.found(FOUND, DEADLINE);
		assertRefused(() -> task.recheck(true, "看过了", null, FOUND.plusDays(2)), "error.rectification.no-proof");
		assertThat(task.status()).isEqualTo(RectificationStatus.OPEN);
		assertThat(task.closedOn()).isNull();
	}

	@Test
	void proofNeedsANoteAndAPhotoOrTheReasonThereIsNone() {
		Rectification task = Rectification.found(FOUND, DEADLINE);
		assertRefused(() -> task.submitProof("", null, 1), "error.text.empty");
		assertRefused(() -> task.submitProof("已更换灭火器", null, 0), "error.rectification.proof-photo");
		assertRefused(() -> task.submitProof("已更换灭火器", "  ", 0), "error.rectification.proof-photo");
		assertRefused(() -> task.submitProof("<script>alert(1)</script>", null, 1), "error.text.markup");
		assertThat(task.status()).isEqualTo(RectificationStatus.OPEN);

		task.submitProof("已更换灭火器", "手机坏了，现场已看过", 0);
		assertThat(task.status()).isEqualTo(RectificationStatus.PROOF_SUBMITTED);
		assertThat(task.noPhotoReason()).isEqualTo("手机坏了，现场已看过");
		assertRefused(() -> task.submitProof("再交一次", null, 1), "error.rectification.proof-pending");
	}

	@Test
	void aPassedRecheckClosesTheTaskOnThatDay() {
		Rectification task = Rectification.found(FOUND, DEADLINE);
		task.submitProof("已更换灭火器", null, 2);
		assertThat(task.noPhotoReason()).isNull();
		task.recheck(true, null, null, FOUND.plusDays(5));
		assertThat(task.status()).isEqualTo(RectificationStatus.CLOSED);
		assertThat(task.closedOn()).isEqualTo(FOUND.plusDays(5));
		assertRefused(() -> task.submitProof("again", null, 1), "error.rectification.closed");
		assertRefused(() -> task.recheck(false, "x", null, FOUND.plusDays(6)), "error.rectification.closed");
		assertRefused(() -> task.reschedule(DEADLINE.plusDays(5), "x", FOUND), "error.rectification.closed");
	}

	@Test
	void aFailedRecheckReopensTheTaskWithTheFindingAndMaybeANewDeadline() {
		Rectification task = Rectification.found(FOUND, DEADLINE);
		task.submitProof("已清理通道", null, 1);
		assertRefused(() -> task.recheck(false, "", null, FOUND.plusDays(4)), "error.text.empty");
		assertRefused(() -> task.recheck(false, "仍有杂物", FOUND.minusDays(1), FOUND.plusDays(4)),
				"error.rectification.deadline-before-inspection");
		assertThat(task.status()).isEqualTo(RectificationStatus.PROOF_SUBMITTED);

		String finding = task.recheck(false, " 仍有杂物堆放 ", DEADLINE.plusDays(7), FOUND.plusDays(4));
		assertThat(finding).isEqualTo("仍有杂物堆放");
		assertThat(task.status()).isEqualTo(RectificationStatus.OPEN);
		assertThat(task.deadline()).isEqualTo(DEADLINE.plusDays(7));
		assertThat(task.proofNote()).isNull();
		assertRefused(() -> task.recheck(true, null, null, FOUND.plusDays(5)), "error.rectification.no-proof");

		task.submitProof("杂物已全部清走", null, 1);
		task.recheck(false, "还是不行", null, FOUND.plusDays(9));
		assertThat(task.deadline()).as("without a new deadline the old one stays").isEqualTo(DEADLINE.plusDays(7));
	}

	@Test
	void theDeadlineIsNeverBeforeTheInspection() {
		assertRefused(() -> Rectification.found(FOUND, FOUND.minusDays(1)), "error.rectification.deadline-before-inspection");
		assertRefused(() -> Rectification.found(FOUND, null), "error.rectification.deadline-missing");
		Rectification sameDay = Rectification.found(FOUND, FOUND);
		assertRefused(() -> sameDay.reschedule(FOUND.minusDays(3), "提前", FOUND), "error.rectification.deadline-before-inspection");
		assertRefused(() -> sameDay.reschedule(DEADLINE, "", FOUND), "error.text.empty");
		assertRefused(() -> sameDay.reschedule(FOUND.plusDays(1), "补一天", FOUND.plusDays(2)), "error.rectification.deadline-past");
		assertThat(sameDay.reschedule(DEADLINE, "雨季施工困难", FOUND)).isEqualTo("雨季施工困难");
		assertThat(sameDay.deadline()).isEqualTo(DEADLINE);
	}

	@Test
	void overdueIsCountedFromTheDayAfterTheDeadlineInTheDisplayZone() {
		Rectification task = Rectification.found(FOUND, DEADLINE);
		assertThat(task.overdue(today(Instant.parse("2026-03-16T15:59:00Z")))).as("23:59 on the deadline in Shanghai")
			.isFalse();
		assertThat(task.overdue(today(Instant.parse("2026-03-16T16:01:00Z")))).as("00:01 the day after in Shanghai")
			.isTrue();

		task.submitProof("已整改", null, 1);
		assertThat(task.overdue(today(Instant.parse("2026-03-20T04:00:00Z")))).as("proof in, not closed").isTrue();
		task.recheck(true, null, null, LocalDate.of(2026, 3, 20));
		assertThat(task.overdue(today(Instant.parse("2026-04-20T04:00:00Z")))).as("closed").isFalse();
	}

	private static LocalDate today(Instant now) {
		return LocalDate.now(Clock.fixed(now, ZoneOffset.UTC).withZone(SHANGHAI));
	}

	private static void assertRefused(Runnable action, String key) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.messageKey()).isEqualTo(key));
	}
}
