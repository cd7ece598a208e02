package org.qunfang.patrol;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qunfang.patrol.patterns.ShiftKind;
import org.qunfang.patrol.patterns.ShiftPattern;

/** A pattern's shifts follow the weekdays and the season, and a night shift ends the next morning. */
class ShiftPatternTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static ShiftPattern night() {
		return new ShiftPattern(1, 1, 1, "/1/", 1, null, "夜巡", ShiftKind.NIGHT_PATROL, LocalTime.of(21, 0), LocalTime.of(1, 0),
				LocalTime.of(19, 0), LocalTime.of(23, 30), EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), 2, true, List.of(),
				true);
	}

	@Test
	void nightShiftsInSummerEndAfterMidnight() {
		var shifts = night().occurrences(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 7), SHANGHAI);
		assertThat(shifts).extracting(ShiftPattern.Occurrence::day).containsExactly(LocalDate.of(2026, 7, 3),
				LocalDate.of(2026, 7, 4));
		var friday = shifts.getFirst();
		assertThat(friday.start().atZone(SHANGHAI).toLocalDateTime()).isEqualTo(LocalDate.of(2026, 7, 3).atTime(21, 0));
		assertThat(friday.end().atZone(SHANGHAI).toLocalDateTime()).isEqualTo(LocalDate.of(2026, 7, 4).atTime(1, 0));
	}

	@Test
	void winterHoursApplyFromOctoberToMarch() {
		var shifts = night().occurrences(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 4), SHANGHAI);
		assertThat(shifts).singleElement().satisfies(s -> {
			assertThat(s.start().atZone(SHANGHAI).toLocalTime()).isEqualTo(LocalTime.of(19, 0));
			assertThat(s.end().atZone(SHANGHAI).toLocalDateTime()).isEqualTo(LocalDate.of(2026, 12, 4).atTime(23, 30));
		});
		assertThat(ShiftPattern.summer(LocalDate.of(2026, 3, 31))).isFalse();
		assertThat(ShiftPattern.summer(LocalDate.of(2026, 4, 1))).isTrue();
		assertThat(ShiftPattern.summer(LocalDate.of(2026, 9, 30))).isTrue();
	}
}
