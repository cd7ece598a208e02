package org.qunfang.patrol.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A person the solver may put on a shift: a resident appointed to the organization (or to the partner of a joint
 * patrol, or standing a household's duty in a ten-household group).
 *
 * @param householdId the household the member stands for in a ten-household group, or {@code null}
 * @param leader whether the member holds a leader's post (team leader, group leader)
 * @param maxPerWeek the most shifts the member takes in one week of the period
 * @param unavailable the times the member cannot patrol: weekly hours and leave, as intervals in the period
 * @param avoidDays weekdays the member asked not to patrol on (a preference, not a rule)
 */
public record PlanMember(long residentId, String name, long orgId, Long householdId, boolean leader, int maxPerWeek,
		List<Interval> unavailable, Set<DayOfWeek> avoidDays) {

	/** A half-open interval of time. */
	public record Interval(Instant from, Instant to) {

		boolean overlaps(Instant start, Instant end) {
			return from.isBefore(end) && start.isBefore(to);
		}
	}

	public PlanMember {
		unavailable = List.copyOf(unavailable);
		avoidDays = Set.copyOf(avoidDays);
	}

	/** Whether the member cannot patrol at some time between {@code start} and {@code end}. */
	public boolean unavailableDuring(Instant start, Instant end) {
		for (Interval interval : unavailable) {
			if (interval.overlaps(start, end)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public String toString() {
		return name + "#" + residentId;
	}
}
