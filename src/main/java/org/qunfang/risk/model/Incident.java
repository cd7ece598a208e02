package org.qunfang.risk.model;

/**
 * One past case as the model sees it: where (a place), when (in days from an origin, fractional when the
 * time of day is known), and the hour of the week it happened in, or {@code -1} when only its day is known
 * (then {@code weekday} 0–6, Monday first, still tells the day of the week).
 */
public record Incident(int place, double day, int hourOfWeek, int weekday) {

	public Incident {
		if (place < 0 || Double.isNaN(day) || hourOfWeek < -1 || hourOfWeek >= 168 || weekday < 0 || weekday > 6) {
			throw new IllegalArgumentException("incident out of range");
		}
	}

	/** An incident at a known hour: hour of week 0 is Monday 00:00–01:00. */
	public static Incident at(int place, double day, int hourOfWeek) {
		return new Incident(place, day, hourOfWeek, hourOfWeek / 24);
	}

	/** An incident known to the day only. */
	public static Incident onDay(int place, double day, int weekday) {
		return new Incident(place, day, -1, weekday);
	}
}
