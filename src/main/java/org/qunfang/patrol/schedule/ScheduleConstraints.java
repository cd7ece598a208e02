package org.qunfang.patrol.schedule;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countBi;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;

/**
 * The rules of a patrol schedule. Each constraint's name is also the suffix of its message key
 * ({@code patrol.schedule.constraint.NAME}), so an edit that breaks one is explained in the reader's language.
 */
public class ScheduleConstraints implements ConstraintProvider {

	/** Hard: the member is not of an organization (or household on duty) that staffs the shift. */
	public static final String NOT_STAFF = "not-staff";
	/** Hard: the member is unavailable then (weekly hours or leave). */
	public static final String UNAVAILABLE = "unavailable";
	/** Hard: one member on two shifts at the same time. */
	public static final String OVERLAP = "overlap";
	/** Hard: less than the minimum rest between two shifts of one member. */
	public static final String REST = "rest";
	/** Hard: more shifts in a week than the member's maximum. */
	public static final String WEEKLY_MAX = "weekly-max";
	/** Medium: a required seat nobody takes. */
	public static final String UNFILLED = "unfilled";
	/** Medium: a shift that needs a leader has none. */
	public static final String NO_LEADER = "no-leader";
	/** Medium: a contract's contractors patrol fewer shifts in a week than agreed. */
	public static final String CONTRACT = "contract";
	/** Soft: the household on duty sends a substitute while its duty person could go. */
	public static final String SUBSTITUTE = "substitute";
	/** Soft: load spread unevenly across members. */
	public static final String FAIR_MEMBERS = "fair-members";
	/** Soft: load spread unevenly across households. */
	public static final String FAIR_HOUSEHOLDS = "fair-households";
	/** Soft: a member on a weekday they asked to keep free. */
	public static final String PREFERENCE = "preference";
	/** Soft (reward): an extra patrol where and when more cases are expected than on the period's median shift. */
	public static final String RISK = "risk";
	/** Soft: a per-schedule tie-breaker so schedules do not fall into a predictable pattern. */
	public static final String VARIETY = "variety";

	@Override
	public Constraint[] defineConstraints(ConstraintFactory factory) {
		return new Constraint[] { notStaff(factory), unavailable(factory), overlap(factory), rest(factory),
				weeklyMax(factory), unfilled(factory), noLeader(factory), contract(factory), substitute(factory),
				fairMembers(factory), fairHouseholds(factory), preference(factory), risk(factory), variety(factory) };
	}

	Constraint notStaff(ConstraintFactory factory) {
		return factory.forEach(Seat.class)
			.filter(seat -> !seat.getShift().staffedBy(seat.getMember()))
			.penalize(HardMediumSoftScore.ONE_HARD)
			.asConstraint(NOT_STAFF);
	}

	Constraint unavailable(ConstraintFactory factory) {
		return factory.forEach(Seat.class)
			.filter(seat -> seat.getMember().unavailableDuring(seat.getShift().start(), seat.getShift().end()))
			.penalize(HardMediumSoftScore.ONE_HARD)
			.asConstraint(UNAVAILABLE);
	}

	Constraint overlap(ConstraintFactory factory) {
		return factory.forEachUniquePair(Seat.class, Joiners.equal(Seat::getMember),
				Joiners.overlapping(seat -> seat.getShift().start(), seat -> seat.getShift().end()))
			.penalize(HardMediumSoftScore.ONE_HARD)
			.asConstraint(OVERLAP);
	}

	Constraint rest(ConstraintFactory factory) {
		return factory.forEachUniquePair(Seat.class, Joiners.equal(Seat::getMember))
			.join(PlanSettings.class)
			.filter((a, b, settings) -> {
				double gap = a.getShift().gapHours(b.getShift());
				return gap >= 0 && gap < settings.minRestHours();
			})
			.penalize(HardMediumSoftScore.ONE_HARD)
			.asConstraint(REST);
	}

	Constraint weeklyMax(ConstraintFactory factory) {
		return factory.forEach(Seat.class)
			.groupBy(Seat::getMember, seat -> seat.getShift().week(), count())
			.filter((member, week, shifts) -> shifts > member.maxPerWeek())
			.penalize(HardMediumSoftScore.ONE_HARD, (member, week, shifts) -> shifts - member.maxPerWeek())
			.asConstraint(WEEKLY_MAX);
	}

	Constraint unfilled(ConstraintFactory factory) {
		return factory.forEachIncludingUnassigned(Seat.class)
			.filter(seat -> seat.getMember() == null && !seat.isExtra())
			.penalize(HardMediumSoftScore.ONE_MEDIUM)
			.asConstraint(UNFILLED);
	}

	Constraint noLeader(ConstraintFactory factory) {
		return factory.forEach(PlanShift.class)
			.filter(PlanShift::leaderRequired)
			.ifNotExists(Seat.class, Joiners.equal(shift -> shift, Seat::getShift),
					Joiners.filtering((shift, seat) -> seat.getMember().leader()))
			.penalize(HardMediumSoftScore.ONE_MEDIUM)
			.asConstraint(NO_LEADER);
	}

	Constraint contract(ConstraintFactory factory) {
		var some = factory.forEach(ContractObligation.class)
			.join(Seat.class, Joiners.equal(ContractObligation::orgId, seat -> seat.getShift().orgId()),
					Joiners.equal(ContractObligation::week, seat -> seat.getShift().week()),
					Joiners.filtering((obligation, seat) -> seat.getMember().orgId() == obligation.orgId()))
			.groupBy((obligation, seat) -> obligation, countBi())
			.filter((obligation, patrols) -> patrols < obligation.patrolsPerWeek())
			.map((obligation, patrols) -> new Shortfall(obligation, obligation.patrolsPerWeek() - patrols));
		var none = factory.forEach(ContractObligation.class)
			.filter(obligation -> obligation.patrolsPerWeek() > 0)
			.ifNotExists(Seat.class, Joiners.equal(ContractObligation::orgId, seat -> seat.getShift().orgId()),
					Joiners.equal(ContractObligation::week, seat -> seat.getShift().week()),
					Joiners.filtering((obligation, seat) -> seat.getMember().orgId() == obligation.orgId()))
			.map(obligation -> new Shortfall(obligation, obligation.patrolsPerWeek()));
		return some.concat(none)
			.penalize(HardMediumSoftScore.ONE_MEDIUM, Shortfall::missing)
			.asConstraint(CONTRACT);
	}

	/** How many patrols a contract is short of in a week. */
	record Shortfall(ContractObligation obligation, long missing) {
	}

	Constraint substitute(ConstraintFactory factory) {
		return factory.forEach(Seat.class)
			.filter(seat -> seat.getShift().rotationRank(seat.getMember()) > 0)
			.penalize(HardMediumSoftScore.ofSoft(200), seat -> seat.getShift().rotationRank(seat.getMember()))
			.asConstraint(SUBSTITUTE);
	}

	Constraint fairMembers(ConstraintFactory factory) {
		return factory.forEach(Seat.class)
			.groupBy(Seat::getMember, count())
			.penalize(HardMediumSoftScore.ofSoft(10), (member, shifts) -> (long) shifts * shifts)
			.asConstraint(FAIR_MEMBERS);
	}

	Constraint fairHouseholds(ConstraintFactory factory) {
		return factory.forEach(Seat.class)
			.filter(seat -> seat.getMember().householdId() != null)
			.groupBy(seat -> seat.getMember().householdId(), count())
			.penalize(HardMediumSoftScore.ofSoft(10), (household, shifts) -> (long) shifts * shifts)
			.asConstraint(FAIR_HOUSEHOLDS);
	}

	Constraint preference(ConstraintFactory factory) {
		return factory.forEach(Seat.class)
			.filter(seat -> seat.getMember().avoidDays().contains(seat.getShift().weekday()))
			.penalize(HardMediumSoftScore.ofSoft(50))
			.asConstraint(PREFERENCE);
	}

	Constraint risk(ConstraintFactory factory) {
		return factory.forEach(Seat.class)
			.filter(Seat::isExtra)
			.join(PlanSettings.class)
			.filter((seat, settings) -> settings.riskReward(seat.getShift().risk()) > 0)
			.reward(HardMediumSoftScore.ONE_SOFT, (seat, settings) -> settings.riskReward(seat.getShift().risk()))
			.asConstraint(RISK);
	}

	Constraint variety(ConstraintFactory factory) {
		return factory.forEach(Seat.class)
			.penalize(HardMediumSoftScore.ONE_SOFT, seat -> seat.getShift().noise(seat.getMember()))
			.asConstraint(VARIETY);
	}
}
