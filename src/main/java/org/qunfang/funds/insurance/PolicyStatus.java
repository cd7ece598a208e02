package org.qunfang.funds.insurance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Where a policy stands on a day. */
public enum PolicyStatus {
	/** 未生效 — its term has not begun. */
	UPCOMING,
	/** 有效 — in force. */
	ACTIVE,
	/** 即将到期 — in force, ending within the reminder window. */
	EXPIRING,
	/** 已到期 — its term is over. */
	EXPIRED,
	/** 已终止 — ended early, with the reason. */
	ENDED;

	/** The status of a policy with this term (and early end, if any) on {@code today}. */
	static PolicyStatus of(LocalDate startsOn, LocalDate endsOn, LocalDate endedOn, LocalDate today, int windowDays) {
		if (endedOn != null) {
			return ENDED;
		}
		if (today.isAfter(endsOn)) {
			return EXPIRED;
		}
		if (today.isBefore(startsOn)) {
			return UPCOMING;
		}
		return ChronoUnit.DAYS.between(today, endsOn) <= windowDays ? EXPIRING : ACTIVE;
	}

	public String messageKey() {
		return "funds.insurance.status." + name();
	}
}
