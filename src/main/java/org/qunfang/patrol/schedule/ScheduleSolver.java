package org.qunfang.patrol.schedule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/**
 * Runs Timefold Solver on a {@link SchedulePlan}: bounded in time ({@code qunfang.patrol.solver.seconds}) and
 * seeded by the schedule, so two schedules of the same organization differ while one run repeats exactly when
 * {@code qunfang.patrol.solver.fixed-seed} is set (tests).
 */
@Component
public class ScheduleSolver {

	/** A constraint an assignment breaks, with how many times. */
	public record Broken(String constraint, long times, String level) {
	}

	private final int seconds;
	private final Long fixedSeed;
	private final Long stepLimit;
	private final SolutionManager<SchedulePlan, HardMediumSoftScore> scores;

	ScheduleSolver(@Value("${qunfang.patrol.solver.seconds:10}") int seconds,
			@Value("${qunfang.patrol.solver.fixed-seed:#{null}}") Long fixedSeed,
			@Value("${qunfang.patrol.solver.step-limit:#{null}}") Long stepLimit) {
		this.seconds = seconds;
		this.fixedSeed = fixedSeed;
		this.stepLimit = stepLimit;
		this.scores = SolutionManager.create(SolverFactory.create(config(1L, Duration.ofSeconds(1), null)));
	}

	/** A solver stopping after {@code limit} (and after {@code steps} local-search steps, when given). */
	public static SolverConfig config(long seed, Duration limit, Long steps) {
		TerminationConfig termination = new TerminationConfig().withSpentLimit(limit);
		if (steps != null) {
			termination.setStepCountLimit(steps.intValue());
		}
		return new SolverConfig().withSolutionClass(SchedulePlan.class).withEntityClasses(Seat.class)
			.withConstraintProviderClass(ScheduleConstraints.class).withRandomSeed(seed).withTerminationConfig(termination);
	}

	/** Solves the plan in place (pinned seats stay) and returns it with its score. */
	public SchedulePlan solve(SchedulePlan plan, long seed) {
		return solve(plan, seed, Duration.ofSeconds(seconds));
	}

	/** Solves the plan in place within {@code limit}. */
	public SchedulePlan solve(SchedulePlan plan, long seed, Duration limit) {
		long used = fixedSeed != null ? fixedSeed : seed;
		Solver<SchedulePlan> solver = SolverFactory.<SchedulePlan>create(config(used, limit, stepLimit)).buildSolver();
		return solver.solve(plan);
	}

	/** Scores the plan as it stands, without changing it. */
	public HardMediumSoftScore score(SchedulePlan plan) {
		return scores.update(plan);
	}

	/** The rules an assignment must keep (hard) and the staffing a schedule needs (medium), by weight. */
	static final Map<String, HardMediumSoftScore> CHECKED = checked();

	private static Map<String, HardMediumSoftScore> checked() {
		Map<String, HardMediumSoftScore> weights = new LinkedHashMap<>();
		for (String hard : List.of(ScheduleConstraints.NOT_STAFF, ScheduleConstraints.UNAVAILABLE,
				ScheduleConstraints.OVERLAP, ScheduleConstraints.REST, ScheduleConstraints.WEEKLY_MAX)) {
			weights.put(hard, HardMediumSoftScore.ONE_HARD);
		}
		for (String medium : List.of(ScheduleConstraints.UNFILLED, ScheduleConstraints.NO_LEADER,
				ScheduleConstraints.CONTRACT)) {
			weights.put(medium, HardMediumSoftScore.ONE_MEDIUM);
		}
		return Map.copyOf(weights);
	}

	/**
	 * The hard and staffing constraints the plan breaks, with how much. Scores the plan once per constraint with
	 * every other constraint weighed zero (the solver's own score analysis is not part of its open edition).
	 */
	public List<Broken> broken(SchedulePlan plan) {
		ConstraintWeightOverrides<HardMediumSoftScore> original = plan.getWeights();
		HardMediumSoftScore score = plan.getScore();
		List<Broken> broken = new ArrayList<>();
		try {
			for (Map.Entry<String, HardMediumSoftScore> checked : CHECKED.entrySet()) {
				Map<String, HardMediumSoftScore> only = new HashMap<>();
				for (String name : ALL) {
					only.put(name, name.equals(checked.getKey()) ? checked.getValue() : HardMediumSoftScore.ZERO);
				}
				plan.setWeights(ConstraintWeightOverrides.of(only));
				HardMediumSoftScore alone = scores.update(plan);
				long times = checked.getValue().hardScore() != 0 ? -alone.hardScore() : -alone.mediumScore();
				if (times > 0) {
					broken.add(new Broken(checked.getKey(), times,
							checked.getValue().hardScore() != 0 ? "hard" : "medium"));
				}
			}
		} finally {
			plan.setWeights(original);
			plan.setScore(score);
		}
		broken.sort(Comparator.comparing(Broken::level).thenComparing(Broken::constraint));
		return broken;
	}

	private static final List<String> ALL = List.of(ScheduleConstraints.NOT_STAFF, ScheduleConstraints.UNAVAILABLE,
			ScheduleConstraints.OVERLAP, ScheduleConstraints.REST, ScheduleConstraints.WEEKLY_MAX,
			ScheduleConstraints.UNFILLED, ScheduleConstraints.NO_LEADER, ScheduleConstraints.CONTRACT,
			ScheduleConstraints.SUBSTITUTE, ScheduleConstraints.FAIR_MEMBERS, ScheduleConstraints.FAIR_HOUSEHOLDS,
			ScheduleConstraints.PREFERENCE, ScheduleConstraints.RISK, ScheduleConstraints.VARIETY);
}
