package org.qunfang.patrol.schedule;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;

/**
 * The solver's view of a schedule: members, shifts, the seats to fill and the contracts' weekly obligations.
 * Hard: rules an assignment must not break; medium: staff the shifts need (an empty seat, a shift without a
 * leader, a contract short of patrols); soft: fairness, preferences, risk and variety.
 */
@PlanningSolution
public class SchedulePlan {

	@ProblemFactCollectionProperty
	private List<PlanMember> members = new ArrayList<>();
	@ProblemFactCollectionProperty
	private List<PlanShift> shifts = new ArrayList<>();
	@ProblemFactCollectionProperty
	private List<ContractObligation> obligations = new ArrayList<>();
	@ProblemFactProperty
	private PlanSettings settings;
	@PlanningEntityCollectionProperty
	private List<Seat> seats = new ArrayList<>();
	@PlanningScore
	private HardMediumSoftScore score;
	private ConstraintWeightOverrides<HardMediumSoftScore> weights = ConstraintWeightOverrides.none();

	public SchedulePlan() {
	}

	public SchedulePlan(List<PlanMember> members, List<PlanShift> shifts, List<ContractObligation> obligations,
			PlanSettings settings, List<Seat> seats) {
		this.members = new ArrayList<>(members);
		this.shifts = new ArrayList<>(shifts);
		this.obligations = new ArrayList<>(obligations);
		this.settings = settings;
		this.seats = new ArrayList<>(seats);
	}

	public List<PlanMember> getMembers() {
		return members;
	}

	public List<PlanShift> getShifts() {
		return shifts;
	}

	public List<ContractObligation> getObligations() {
		return obligations;
	}

	public PlanSettings getSettings() {
		return settings;
	}

	public List<Seat> getSeats() {
		return seats;
	}

	/** Constraint weights other than the defaults (used to score one constraint at a time). */
	public ConstraintWeightOverrides<HardMediumSoftScore> getWeights() {
		return weights;
	}

	public void setWeights(ConstraintWeightOverrides<HardMediumSoftScore> weights) {
		this.weights = weights;
	}

	public HardMediumSoftScore getScore() {
		return score;
	}

	public void setScore(HardMediumSoftScore score) {
		this.score = score;
	}
}
