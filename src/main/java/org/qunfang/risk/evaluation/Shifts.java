package org.qunfang.risk.evaluation;

/** The two patrol shifts: day 07:00–19:00 (slot 0) and night 19:00–07:00 (slot 1). */
final class Shifts {

	static final int DAY = 0;
	static final int NIGHT = 1;
	/** The hour a walk-forward day starts at when scoring by shift, so that a night is not cut in two. */
	static final int START_HOUR = 7;

	private Shifts() {
	}

	/** The shift of an hour of the day. */
	static int of(int hourOfDay) {
		return hourOfDay >= 7 && hourOfDay < 19 ? DAY : NIGHT;
	}

	static String name(int slot) {
		return slot == DAY ? "day shift 07:00–19:00" : "night shift 19:00–07:00";
	}
}
