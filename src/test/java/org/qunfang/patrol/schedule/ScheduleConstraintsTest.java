package org.qunfang.patrol.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;

/** Every schedule constraint, one at a time, with Timefold's constraint verifier. */
class ScheduleConstraintsTest {

	private static final Instant MONDAY = Instant.parse("2026-11-02T00:00:00Z");

	private final ConstraintVerifier<ScheduleConstraints, SchedulePlan> verifier = ConstraintVerifier
		.build(new ScheduleConstraints(), SchedulePlan.class, Seat.class);

	private static PlanMember member(long id, long orgId) {
		return new PlanMember(id, "m" + id, orgId, null, false, 3, List.of(), Set.of());
	}

	private static PlanShift shift(long id, long orgId, int startHour, int hours) {
		Instant start = MONDAY.plus(startHour, ChronoUnit.HOURS);
		return new PlanShift(id, 1, orgId, null, null, start, start.plus(hours, ChronoUnit.HOURS), startHour / 168,
				DayOfWeek.MONDAY.plus(startHour / 24), 1, false, 0, null, List.of(), 7);
	}

	private static Seat seat(PlanShift shift, int index, PlanMember member) {
		return new Seat(shift, index, member, false, List.of());
	}

	@Test
	void aMemberOfAnotherOrganizationIsNotStaff() {
		PlanShift shift = shift(1, 10, 20, 4);
		PlanShift joint = new PlanShift(2, 1, 10, 11L, null, shift.start(), shift.end(), 0, DayOfWeek.MONDAY, 1, false, 0,
				null, List.of(), 7);
		verifier.verifyThat(ScheduleConstraints::notStaff)
			.given(seat(shift, 0, member(1, 10)), seat(shift, 1, member(2, 11)), seat(joint, 0, member(3, 11)))
			.penalizesBy(1);
	}

	@Test
	void theHouseholdOnDutySuppliesTheSeat() {
		PlanShift rotation = new PlanShift(1, 1, 10, null, null, MONDAY, MONDAY.plus(4, ChronoUnit.HOURS), 0,
				DayOfWeek.MONDAY, 1, false, 0, 500L, List.of(5L, 6L), 7);
		verifier.verifyThat(ScheduleConstraints::notStaff)
			.given(seat(rotation, 0, member(5, 10)), seat(rotation, 1, member(7, 10)))
			.penalizesBy(1);
	}

	@Test
	void leaveAndWeeklyHoursMakeAMemberUnavailable() {
		PlanShift shift = shift(1, 10, 20, 4);
		PlanMember onLeave = new PlanMember(1, "a", 10, null, false, 3,
				List.of(new PlanMember.Interval(MONDAY, MONDAY.plus(1, ChronoUnit.DAYS))), Set.of());
		PlanMember free = new PlanMember(2, "b", 10, null, false, 3,
				List.of(new PlanMember.Interval(MONDAY.plus(24, ChronoUnit.HOURS), MONDAY.plus(30, ChronoUnit.HOURS))),
				Set.of());
		verifier.verifyThat(ScheduleConstraints::unavailable).given(seat(shift, 0, onLeave), seat(shift, 1, free))
			.penalizesBy(1);
	}

	@Test
	void oneMemberCannotBeOnOverlappingShifts() {
		PlanMember a = member(1, 10);
		verifier.verifyThat(ScheduleConstraints::overlap)
			.given(seat(shift(1, 10, 20, 4), 0, a), seat(shift(2, 10, 22, 4), 0, a), seat(shift(3, 10, 26, 4), 0, a))
			.penalizesBy(1);
	}

	@Test
	void restBetweenShiftsIsAtLeastTheMinimum() {
		PlanMember a = member(1, 10);
		PlanMember b = member(2, 10);
		verifier.verifyThat(ScheduleConstraints::rest)
			.given(new PlanSettings(10, 0, PlanSettings.DEFAULT_RISK_WEIGHT), seat(shift(1, 10, 8, 4), 0, a), seat(shift(2, 10, 20, 4), 0, a),
					seat(shift(3, 10, 8, 4), 0, b), seat(shift(4, 10, 22, 4), 0, b))
			.penalizesBy(1);
	}

	@Test
	void noMoreShiftsInAWeekThanTheMaximum() {
		PlanMember a = member(1, 10);
		verifier.verifyThat(ScheduleConstraints::weeklyMax)
			.given(seat(shift(1, 10, 0, 4), 0, a), seat(shift(2, 10, 24, 4), 0, a), seat(shift(3, 10, 48, 4), 0, a),
					seat(shift(4, 10, 72, 4), 0, a), seat(shift(5, 10, 96, 4), 0, a), seat(shift(6, 10, 170, 4), 0, a))
			.penalizesBy(2);
	}

	@Test
	void anEmptyRequiredSeatIsUnfilledButAnEmptyExtraSeatIsNot() {
		PlanShift shift = shift(1, 10, 20, 4);
		verifier.verifyThat(ScheduleConstraints::unfilled)
			.given(seat(shift, 0, null), seat(shift, 1, null), seat(shift(2, 10, 40, 4), 0, member(1, 10)))
			.penalizesBy(1);
	}

	@Test
	void aShiftThatNeedsALeaderHasOne() {
		PlanShift needs = new PlanShift(1, 1, 10, null, null, MONDAY, MONDAY.plus(4, ChronoUnit.HOURS), 0,
				DayOfWeek.MONDAY, 2, true, 0, null, List.of(), 7);
		PlanShift led = new PlanShift(2, 1, 10, null, null, MONDAY.plus(1, ChronoUnit.DAYS),
				MONDAY.plus(28, ChronoUnit.HOURS), 0, DayOfWeek.TUESDAY, 2, true, 0, null, List.of(), 7);
		PlanMember leader = new PlanMember(9, "l", 10, null, true, 3, List.of(), Set.of());
		verifier.verifyThat(ScheduleConstraints::noLeader)
			.given(needs, led, seat(needs, 0, member(1, 10)), seat(needs, 1, member(2, 10)), seat(led, 0, leader))
			.penalizesBy(1);
	}

	@Test
	void contractorsPatrolTheAgreedTimesAWeek() {
		ContractObligation week0 = new ContractObligation(20, "HT-1", 0, 3);
		ContractObligation week1 = new ContractObligation(20, "HT-1", 1, 2);
		PlanMember contractor = member(1, 20);
		verifier.verifyThat(ScheduleConstraints::contract)
			.given(week0, week1, seat(shift(1, 20, 0, 4), 0, contractor), seat(shift(2, 20, 24, 4), 0, contractor))
			.penalizesBy(1 + 2);
	}

	@Test
	void aSubstituteStandsInOnlyWhenTheDutyPersonCannot() {
		PlanShift rotation = new PlanShift(1, 1, 10, null, null, MONDAY, MONDAY.plus(4, ChronoUnit.HOURS), 0,
				DayOfWeek.MONDAY, 1, false, 0, 500L, List.of(5L, 6L, 7L), 7);
		verifier.verifyThat(ScheduleConstraints::substitute)
			.given(seat(rotation, 0, member(5, 10)), seat(rotation, 1, member(7, 10)))
			.penalizesBy(2);
	}

	@Test
	void unevenLoadCostsMoreThanEvenLoad() {
		PlanMember a = member(1, 10);
		PlanMember b = member(2, 10);
		verifier.verifyThat(ScheduleConstraints::fairMembers)
			.given(seat(shift(1, 10, 0, 4), 0, a), seat(shift(2, 10, 24, 4), 0, a), seat(shift(3, 10, 48, 4), 0, a),
					seat(shift(4, 10, 72, 4), 0, b))
			.penalizesBy(9 + 1);
		verifier.verifyThat(ScheduleConstraints::fairMembers)
			.given(seat(shift(1, 10, 0, 4), 0, a), seat(shift(2, 10, 24, 4), 0, a), seat(shift(3, 10, 48, 4), 0, b),
					seat(shift(4, 10, 72, 4), 0, b))
			.penalizesBy(4 + 4);
	}

	@Test
	void householdsShareTheLoad() {
		PlanMember a = new PlanMember(1, "a", 10, 100L, false, 3, List.of(), Set.of());
		PlanMember a2 = new PlanMember(2, "a2", 10, 100L, false, 3, List.of(), Set.of());
		PlanMember b = new PlanMember(3, "b", 10, 200L, false, 3, List.of(), Set.of());
		verifier.verifyThat(ScheduleConstraints::fairHouseholds)
			.given(seat(shift(1, 10, 0, 4), 0, a), seat(shift(2, 10, 24, 4), 0, a2), seat(shift(3, 10, 48, 4), 0, b),
					seat(shift(4, 10, 72, 4), 0, member(4, 10)))
			.penalizesBy(4 + 1);
	}

	@Test
	void aMemberWhoAskedToKeepADayFreeIsPutOnItOnlyAtACost() {
		PlanMember a = new PlanMember(1, "a", 10, null, false, 3, List.of(), Set.of(DayOfWeek.MONDAY));
		verifier.verifyThat(ScheduleConstraints::preference)
			.given(seat(shift(1, 10, 0, 4), 0, a), seat(shift(2, 10, 24, 4), 0, a))
			.penalizesBy(1);
	}

	@Test
	void extraPatrolsAreRewardedByTheRiskOfTheirZonesAndHoursAboveTheMedian() {
		PlanShift risky = new PlanShift(1, 1, 10, null, null, MONDAY, MONDAY.plus(4, ChronoUnit.HOURS), 0,
				DayOfWeek.MONDAY, 1, false, 300, null, List.of(), 7);
		PlanShift calm = new PlanShift(2, 1, 10, null, null, MONDAY.plus(1, ChronoUnit.DAYS),
				MONDAY.plus(28, ChronoUnit.HOURS), 0, DayOfWeek.TUESDAY, 1, false, 80, null, List.of(), 7);
		verifier.verifyThat(ScheduleConstraints::risk)
			.given(new PlanSettings(10, 100, 200), seat(risky, 0, member(1, 10)), seat(risky, 1, member(2, 10)),
					seat(risky, 2, null), seat(calm, 0, member(3, 10)), seat(calm, 1, member(4, 10)))
			.rewardsWith(400); // one extra patrol on a shift at three times the median: two medians above it, 200 each
	}

	@Test
	void theRiskRewardIsRelativeToTheMedianAndCapped() {
		// a quiet village (median 10 thousandths) and a busy one (median 1,000) weigh a shift at twice the median alike
		assertThat(new PlanSettings(10, 10, 200).riskReward(20)).isEqualTo(200);
		assertThat(new PlanSettings(10, 1000, 200).riskReward(2000)).isEqualTo(200);
		assertThat(new PlanSettings(10, 1000, 200).riskReward(1500)).isEqualTo(100);
		// at or below the median nothing; far above it at most four medians' worth
		assertThat(new PlanSettings(10, 1000, 200).riskReward(1000)).isZero();
		assertThat(new PlanSettings(10, 1000, 200).riskReward(900)).isZero();
		assertThat(new PlanSettings(10, 1000, 200).riskReward(50_000)).isEqualTo(800);
		// a median of zero (no history for most shifts) still ranks the few with risk, capped
		assertThat(new PlanSettings(10, 0, 200).riskReward(3)).isEqualTo(600);
		assertThat(new PlanSettings(10, 0, 200).riskReward(0)).isZero();
	}

	@Test
	void theTieBreakerDependsOnTheSchedulesSeed() {
		PlanMember a = member(1, 10);
		PlanShift shift = shift(1, 10, 0, 4);
		verifier.verifyThat(ScheduleConstraints::variety).given(seat(shift, 0, a)).penalizesBy(shift.noise(a));
		long differing = java.util.stream.LongStream.range(0, 40)
			.filter(seed -> new PlanShift(1, 1, 10, null, null, shift.start(), shift.end(), 0, DayOfWeek.MONDAY, 1, false, 0,
					null, List.of(), seed).noise(a) != shift.noise(a))
			.count();
		org.assertj.core.api.Assertions.assertThat(differing).isPositive();
	}
}
