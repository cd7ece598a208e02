package org.qunfang.patrol.patterns;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * 班次 — a shift pattern of an organization: the kind of duty, its hours in summer and in winter
 * (villagers "work at sunrise and rest at sunset", so duty follows the season), the weekdays it runs,
 * how many people it needs and whether one of them must be a team leader, the zones it covers, and for a
 * joint patrol (联勤联防) the partner organization of a neighboring village that also staffs it.
 *
 * @param partnerOrgId the partner organization of a joint patrol, or {@code null}
 */
public record ShiftPattern(long id, long countyId, long villageId, String scopePath, long orgId, Long partnerOrgId,
		String name, ShiftKind kind, LocalTime summerStart, LocalTime summerEnd, LocalTime winterStart, LocalTime winterEnd,
		Set<DayOfWeek> weekdays, int minStaff, boolean leaderRequired, List<Long> zoneIds, boolean active) {

	/** One occurrence of the pattern: a concrete shift. */
	public record Occurrence(LocalDate day, Instant start, Instant end) {
	}

	public ShiftPattern {
		weekdays = weekdays.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(weekdays));
		zoneIds = List.copyOf(zoneIds);
	}

	/** Summer hours run from April to September, winter hours the rest of the year. */
	public static boolean summer(LocalDate day) {
		int month = day.getMonthValue();
		return month >= 4 && month <= 9;
	}

	/** The shifts of this pattern starting on the days from {@code from} to {@code to} inclusive. */
	public List<Occurrence> occurrences(LocalDate from, LocalDate to, ZoneId zone) {
		List<Occurrence> shifts = new ArrayList<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			if (!weekdays.contains(day.getDayOfWeek())) {
				continue;
			}
			LocalTime start = summer(day) ? summerStart : winterStart;
			LocalTime end = summer(day) ? summerEnd : winterEnd;
			LocalDate endDay = end.isAfter(start) ? day : day.plusDays(1);
			shifts.add(new Occurrence(day, day.atTime(start).atZone(zone).toInstant(), endDay.atTime(end).atZone(zone).toInstant()));
		}
		return shifts;
	}
}
