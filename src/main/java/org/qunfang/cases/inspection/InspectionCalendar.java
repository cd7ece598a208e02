package org.qunfang.cases.inspection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

/**
 * The moment and the day for inspections: "today" is the day in the display zone (Asia/Shanghai by
 * default), which decides what counts as a future inspection and an overdue task.
 */
@Component
public class InspectionCalendar {

	private final Clock clock;
	private final ZoneId zone;

	InspectionCalendar(Clock clock, ZoneId displayZone) {
		this.clock = clock;
		this.zone = displayZone;
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(zone));
	}

	public Instant now() {
		return clock.instant();
	}

	/** A time of a day in the display zone. */
	Instant at(LocalDate day, int hour) {
		return day.atTime(hour, 0).atZone(zone).toInstant();
	}
}
