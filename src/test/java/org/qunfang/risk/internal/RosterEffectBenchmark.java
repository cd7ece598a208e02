package org.qunfang.risk.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.qunfang.patrol.schedule.PlanMember;
import org.qunfang.patrol.schedule.PlanSettings;
import org.qunfang.patrol.schedule.PlanShift;
import org.qunfang.patrol.schedule.SchedulePlan;
import org.qunfang.patrol.schedule.ScheduleSolver;
import org.qunfang.patrol.schedule.Seat;
import org.qunfang.risk.evaluation.Events;
import org.qunfang.risk.evaluation.IncidentCsv;
import org.qunfang.risk.evaluation.StudyGrid;
import org.qunfang.risk.model.FittedRisk;
import org.qunfang.risk.model.GridPlaces;
import org.qunfang.risk.model.RiskFit;
import org.qunfang.risk.model.RiskSettings;

import ai.timefold.solver.core.api.solver.SolverFactory;

/**
 * The patrol effect through the roster solver itself (risk model issue, item 5): on the Portland data, a month
 * of patrol rosters is solved by the schedule's Timefold model three times, with only the risk of each shift
 * changed, and each roster is scored by the share of the month's incidents that fell in a zone on a day it was
 * patrolled.
 * <ul>
 * <li>zones: the 1 km cells with an incident before the month; one day shift (07:00–19:00) per zone and day,
 * with one seat that is extra (required 0), so the solver staffs it only where the risk is worth it;
 * <li>staff: 100 members ({@code -Dqunfang.bench.members}), at most 4 shifts a week each, the schedule's own
 * rules and weights (no overlap, rest, fairness across members, variety), 20 s of solving per roster
 * ({@code -Dqunfang.bench.seconds});
 * <li>risk with the model: its forecast for each zone and day from the cases before the month, capped as
 * the application caps it ({@link ModelRiskWeights#capped});
 * <li>risk from case counts: each zone's cases of the last 365 days, the same every day, capped alike;
 * <li>without risk: the model's risks shuffled over the shifts — the same amount of patrol effort, placed
 * without knowing where the cases are.
 * </ul>
 * The figures go to docs/risk-evaluation.md; nothing is asserted. Run: {@code bench/risk-roster-effect.sh}.
 */
class RosterEffectBenchmark {

	private static final double ZONE_METRES = 1000;
	private static final int MEMBERS = Integer.getInteger("qunfang.bench.members", 100);
	private static final int MAX_PER_WEEK = 4;

	@Test
	void portland() throws Exception {
		Path dir = Path.of(System.getProperty("qunfang.bench.data", "../shared/data/incidents/portland"));
		int seconds = Integer.getInteger("qunfang.bench.seconds", 20);
		if (!Files.isDirectory(dir)) {
			throw new IllegalStateException("no data directory " + dir.toAbsolutePath() + " (-Dqunfang.bench.data=DIR)");
		}
		long started = System.nanoTime();
		System.out.printf(Locale.ROOT, "| data | month | zones | variant | patrols | incidents | in patrolled zone-days | share | per 100 patrols |%n");
		System.out.printf(Locale.ROOT, "| --- | --- | --- | --- | --- | --- | --- | --- | --- |%n");
		for (String kind : List.of("bur", "veh")) {
			IncidentCsv.Result read = IncidentCsv.read(dir.resolve("crimes_" + kind + ".csv"), new IncidentCsv.Columns("occ_date",
					null, "x_coordina", "y_coordina", true, null, null, null, Set.of()));
			Map<String, int[]> pooled = new java.util.LinkedHashMap<>();
			for (LocalDate month : List.of(LocalDate.of(2017, 3, 1), LocalDate.of(2017, 4, 1), LocalDate.of(2017, 5, 1))) {
				month(kind, read.points(), month, seconds, pooled);
			}
			pooled.forEach((variant, t) -> row(label(kind), "three months", "", variant, t[0], t[1], t[2]));
		}
		System.out.printf(Locale.ROOT, "%nWall time: %.0f s%n", (System.nanoTime() - started) / 1e9);
	}

	private static String label(String kind) {
		return kind.equals("bur") ? "burglary" : "vehicle theft";
	}

	private static void row(String data, String month, String zones, String variant, int patrols, int incidents, int caught) {
		System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %d | %d | %d | %.1f %% | %.1f |%n", data, month, zones, variant,
				patrols, incidents, caught, 100.0 * caught / Math.max(1, incidents), 100.0 * caught / Math.max(1, patrols));
	}

	private static void month(String kind, List<IncidentCsv.Point> points, LocalDate from, int seconds, Map<String, int[]> pooled) {
		LocalDate to = from.plusMonths(1);
		int days = (int) ChronoUnit.DAYS.between(from, to);
		StudyGrid grid = new StudyGrid(ZONE_METRES, points, from);
		LocalDate origin = Events.origin(points);
		Events events = Events.of(points, grid, origin);
		int first = (int) ChronoUnit.DAYS.between(origin, from);
		GridPlaces places = grid.places(2000, 1.5 * ZONE_METRES, ZONE_METRES / 2);
		FittedRisk fit = RiskFit.fit(places, events.incidents(), 0, first, RiskSettings.defaults().withPlacePrior(0.1));
		int zones = grid.size();
		double[][] model = new double[days][];
		for (int d = 0; d < days; d++) {
			int weekday = from.plusDays(d).getDayOfWeek().getValue() - 1;
			model[d] = fit.totals(first + d, 1, weekday * 24).totals();
		}
		double[] yearCounts = new double[zones];
		List<IncidentCsv.Point> month = new ArrayList<>();
		for (IncidentCsv.Point p : points) {
			int zone = grid.place(p);
			if (!p.date().isBefore(from.minusDays(365)) && p.date().isBefore(from) && zone >= 0) {
				yearCounts[zone] += 1.0 / 365;
			}
			if (!p.date().isBefore(from) && p.date().isBefore(to)) {
				month.add(p);
			}
		}
		double[][] counts = new double[days][];
		Arrays.fill(counts, yearCounts);
		long[][] withModel = capped(model);
		long[][] withCounts = capped(counts);
		long[][] shuffled = shuffled(withModel, new SplittableRandom(from.toEpochDay()));
		for (Map.Entry<String, long[][]> variant : List.of(Map.entry("with the model's risk", withModel),
				Map.entry("with case counts", withCounts), Map.entry("without risk (same effort, shuffled)", shuffled))) {
			Set<Long> patrolled = solve(from, days, zones, variant.getValue(), seconds, from.toEpochDay());
			int caught = 0;
			for (IncidentCsv.Point p : month) {
				int zone = grid.place(p);
				if (zone >= 0 && patrolled.contains(key(zone, (int) ChronoUnit.DAYS.between(from, p.date())))) {
					caught++;
				}
			}
			row(label(kind), from.toString().substring(0, 7), String.valueOf(zones), variant.getKey(), patrolled.size(), month.size(),
					caught);
			int[] total = pooled.computeIfAbsent(variant.getKey(), v -> new int[3]);
			total[0] += patrolled.size();
			total[1] += month.size();
			total[2] += caught;
		}
	}

	/** Expected cases per zone and day in thousandths, capped as the application caps the risk weights. */
	private static long[][] capped(double[][] perDay) {
		Map<Long, double[]> byZone = new HashMap<>();
		for (int z = 0; z < perDay[0].length; z++) {
			double[] series = new double[perDay.length];
			for (int d = 0; d < perDay.length; d++) {
				series[d] = perDay[d][z];
			}
			byZone.put((long) z, series);
		}
		Map<Long, double[]> capped = ModelRiskWeights.capped(byZone);
		long[][] risk = new long[perDay.length][perDay[0].length];
		capped.forEach((zone, series) -> {
			for (int d = 0; d < series.length; d++) {
				risk[d][zone.intValue()] = Math.round(series[d] * 1000);
			}
		});
		return risk;
	}

	private static long[][] shuffled(long[][] risk, SplittableRandom random) {
		int days = risk.length;
		int zones = risk[0].length;
		long[] all = new long[days * zones];
		for (int d = 0; d < days; d++) {
			System.arraycopy(risk[d], 0, all, d * zones, zones);
		}
		for (int i = all.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			long t = all[i];
			all[i] = all[j];
			all[j] = t;
		}
		long[][] out = new long[days][zones];
		for (int d = 0; d < days; d++) {
			System.arraycopy(all, d * zones, out[d], 0, zones);
		}
		return out;
	}

	/** Solves a month's roster and returns the (zone, day) pairs with a member on patrol. */
	private static Set<Long> solve(LocalDate from, int days, int zones, long[][] risk, int seconds, long seed) {
		List<PlanMember> members = new ArrayList<>();
		for (int m = 1; m <= MEMBERS; m++) {
			members.add(new PlanMember(m, "member " + m, 1, null, false, MAX_PER_WEEK, List.of(), Set.of()));
		}
		List<PlanShift> shifts = new ArrayList<>();
		List<Seat> seats = new ArrayList<>();
		for (int d = 0; d < days; d++) {
			LocalDate date = from.plusDays(d);
			Instant start = date.atTime(7, 0).toInstant(ZoneOffset.UTC);
			DayOfWeek weekday = date.getDayOfWeek();
			for (int z = 0; z < zones; z++) {
				PlanShift shift = new PlanShift(key(z, d), 1, 1, null, (long) z, start, start.plus(Duration.ofHours(12)), d / 7,
						weekday, 0, false, risk[d][z], null, List.of(), seed);
				shifts.add(shift);
				seats.add(new Seat(shift, 0, null, false, members));
			}
		}
		SchedulePlan plan = new SchedulePlan(members, shifts, List.of(), PlanSettings.of(10, shifts, PlanSettings.DEFAULT_RISK_WEIGHT), seats);
		SchedulePlan solved = SolverFactory.<SchedulePlan>create(ScheduleSolver.config(seed, Duration.ofSeconds(seconds), null))
			.buildSolver().solve(plan);
		Set<Long> patrolled = new HashSet<>();
		for (Seat seat : solved.getSeats()) {
			if (seat.getMember() != null) {
				patrolled.add(seat.getShift().id());
			}
		}
		if (!solved.getScore().isFeasible()) {
			throw new IllegalStateException("the roster breaks a hard rule: " + solved.getScore());
		}
		return patrolled;
	}

	private static long key(int zone, int day) {
		return (long) zone * 1000 + day;
	}
}
