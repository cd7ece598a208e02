package org.qunfang.patrol.schedule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A shift to staff: one occurrence of a pattern.
 *
 * @param partnerOrgId the partner organization of a joint patrol, or {@code null}
 * @param zoneId the zone the shift covers when its pattern names exactly one, or {@code null}
 * @param week the week of the period the shift starts in, from 0
 * @param weekday the day of the week the shift starts on (display zone)
 * @param risk the expected cases in the shift's zones during its hours, in thousandths
 * @param rotation for a ten-household group: the duty person of the household on duty then its substitutes, in
 *            order; empty otherwise
 * @param seed a per-schedule number that varies near-equal choices between schedules
 */
public record PlanShift(long id, long patternId, long orgId, Long partnerOrgId, Long zoneId, Instant start, Instant end,
		int week, DayOfWeek weekday, int required, boolean leaderRequired, long risk, Long dutyHouseholdId,
		List<Long> rotation, long seed) {

	public PlanShift {
		rotation = List.copyOf(rotation);
	}

	/** Whether the member belongs to an organization that staffs the shift. */
	public boolean staffedBy(PlanMember member) {
		if (dutyHouseholdId != null) {
			return rotation.contains(member.residentId());
		}
		return member.orgId() == orgId || (partnerOrgId != null && member.orgId() == partnerOrgId);
	}

	/** The member's place in the rotation of the household on duty (0 is the duty person), or -1. */
	public int rotationRank(PlanMember member) {
		return rotation.indexOf(member.residentId());
	}

	/** Hours between the end of the earlier of the two shifts and the start of the later one (negative if they overlap). */
	public double gapHours(PlanShift other) {
		PlanShift first = start.isBefore(other.start) ? this : other;
		PlanShift second = first == this ? other : this;
		return Duration.between(first.end, second.start).toMinutes() / 60.0;
	}

	/** A small number in [0, 4) fixed by the schedule's seed, the shift and the member: a tie-breaker. */
	public int noise(PlanMember member) {
		long x = seed * 0x9E3779B97F4A7C15L + id * 0xC2B2AE3D27D4EB4FL + member.residentId();
		x ^= x >>> 31;
		x *= 0xBF58476D1CE4E5B9L;
		x ^= x >>> 29;
		return (int) Math.floorMod(x, 4L);
	}
}
