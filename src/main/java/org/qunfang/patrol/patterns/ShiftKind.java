package org.qunfang.patrol.patterns;

/** The kinds of duty a village keeps (值班、夜间巡逻、轮班). */
public enum ShiftKind {
	/** 白天值班 — day duty at the village committee or a post. */
	DAY_DUTY,
	/** 夜间巡逻 — night patrol through the zones. */
	NIGHT_PATROL,
	/** 轮班 — shift duty taken in turn around the clock. */
	SHIFT_DUTY
}
