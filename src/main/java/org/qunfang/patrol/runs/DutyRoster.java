package org.qunfang.patrol.runs;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.qunfang.patrol.schedule.Duties;
import org.springframework.stereotype.Component;

/** The shifts members are assigned to, as the schedules give them (discarded schedules left out). */
@Component
class DutyRoster {

	private final Duties duties;

	DutyRoster(Duties duties) {
		this.duties = duties;
	}

	/** A resident's shifts that overlap the interval, by start. */
	List<Duty> of(long countyId, long residentId, Instant from, Instant to) {
		return duties.overlapping(countyId, residentId, from, to).stream()
			.map(d -> new Duty(d.shiftId(), d.scheduleId(), d.orgId(), countyId, d.villageId(), d.scopePath(), d.zoneId(),
					d.start(), d.end(), d.leader()))
			.toList();
	}

	static OffsetDateTime utc(Instant at) {
		return at == null ? null : at.atOffset(ZoneOffset.UTC);
	}
}
