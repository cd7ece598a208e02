package org.qunfang.patrol.schedule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;

/**
 * The solver on a generated township month: 12 villages of about 50 members each (a full-time team, a voluntary
 * team, a security committee, two ten-household groups), 28 days. Reports time to the first feasible roster, the
 * score after the time limit, risk-weighted coverage and fairness against the round-robin roster villages write
 * by hand (same instance, same run), and the time to re-plan one absence. Figures go to docs/benchmarks.md; nothing
 * is asserted. Run: {@code ./mvnw -B -o test -Dtest=ScheduleBenchmark -Dbenchmark.seconds=30}.
 */
class ScheduleBenchmark {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
	private static final LocalDate START = LocalDate.of(2026, 11, 2);
	private static final int DAYS = 28;
	private static final int VILLAGES = 12;

	private final Random random = new Random(2026);
	private long nextId = 1;

	private record Org(long id, int village, String kind, List<PlanMember> members, Map<Long, List<Long>> households) {
	}

	@Test
	void township() {
		int seconds = Integer.getInteger("benchmark.seconds", 30);
		List<Org> orgs = new ArrayList<>();
		List<PlanMember> members = new ArrayList<>();
		List<PlanShift> shifts = new ArrayList<>();
		Map<Long, List<PlanMember>> candidates = new HashMap<>();
		for (int v = 0; v < VILLAGES; v++) {
			double[] risk = risk(v);
			orgs.add(team(v, "FULL_TIME", 8, 5, members));
			orgs.add(team(v, "VOLUNTARY", 14, 3, members));
			orgs.add(team(v, "COMMITTEE", 7, 3, members));
			orgs.add(group(v, members));
			orgs.add(group(v, members));
			for (Org org : orgs.subList(orgs.size() - 5, orgs.size())) {
				for (int d = 0; d < DAYS; d++) {
					LocalDate day = START.plusDays(d);
					DayOfWeek dow = day.getDayOfWeek();
					switch (org.kind()) {
						case "FULL_TIME" -> shifts.add(shift(org, day, 19, 23, 2, true, risk, null, List.of()));
						case "VOLUNTARY" -> {
							if (dow.getValue() >= 5) {
								shifts.add(shift(org, day, 19, 23, 2, true, risk, null, List.of()));
							}
						}
						case "COMMITTEE" -> {
							if (dow.getValue() <= 5) {
								shifts.add(shift(org, day, 8, 17, 1, false, risk, null, List.of()));
							}
						}
						default -> {
							List<Long> order = new ArrayList<>(org.households().keySet());
							long household = order.get(d % order.size());
							shifts.add(shift(org, day, 20, 23, 1, false, risk, household, org.households().get(household)));
						}
					}
				}
			}
		}
		Map<Long, Org> orgById = orgs.stream().collect(Collectors.toMap(Org::id, o -> o));
		Map<Long, PlanMember> memberById = members.stream().collect(Collectors.toMap(PlanMember::residentId, m -> m));
		List<Seat> seats = new ArrayList<>();
		for (PlanShift shift : shifts) {
			List<PlanMember> pool = shift.dutyHouseholdId() != null
					? shift.rotation().stream().map(memberById::get).toList()
					: candidates.computeIfAbsent(shift.orgId(), o -> List.copyOf(orgById.get(o).members()));
			int count = shift.required() + (shift.dutyHouseholdId() == null ? 2 : 0);
			for (int i = 0; i < count; i++) {
				seats.add(new Seat(shift, i, null, false, pool));
			}
		}
		System.out.printf(Locale.ROOT, "instance: %d members, %d organizations, %d shifts, %d seats%n", members.size(),
				orgs.size(), shifts.size(), seats.size());

		SchedulePlan handWritten = roundRobin(new SchedulePlan(members, shifts, List.of(), PlanSettings.of(10, shifts, PlanSettings.DEFAULT_RISK_WEIGHT), copy(seats)),
				orgById, memberById);
		SolverFactory<SchedulePlan> factory = SolverFactory.create(ScheduleSolver.config(7L, Duration.ofSeconds(seconds), null));
		SolutionManager<SchedulePlan, HardMediumSoftScore> scores = SolutionManager.create(factory);
		HardMediumSoftScore handScore = scores.update(handWritten);

		SchedulePlan problem = new SchedulePlan(members, shifts, List.of(), PlanSettings.of(10, shifts, PlanSettings.DEFAULT_RISK_WEIGHT), seats);
		Solver<SchedulePlan> solver = factory.buildSolver();
		long started = System.nanoTime();
		Progress first = Progress.of(solver, started);
		SchedulePlan solved = solver.solve(problem);
		long solvedMs = (System.nanoTime() - started) / 1_000_000;
		AtomicLong firstFeasible = first.feasible();
		AtomicLong firstStaffed = first.staffed();

		System.out.printf(Locale.ROOT,
				"solver: first schedule breaking no hard rule after %d ms; first also fully staffed after %d ms; score after %d s: %s%n",
				firstFeasible.get(), firstStaffed.get(), solvedMs / 1000, solved.getScore());
		System.out.printf(Locale.ROOT, "round robin: score %s%n", handScore);
		report("solver", solved);
		report("round robin", handWritten);

		// One absence: a full-time member of village 0 falls ill for three days in the second week.
		Instant from = START.plusDays(9).atStartOfDay(ZONE).toInstant();
		Instant to = START.plusDays(12).atStartOfDay(ZONE).toInstant();
		PlanMember ill = orgs.getFirst().members().stream().filter(m -> !m.leader())
			.max(java.util.Comparator.comparingLong(m -> solved.getSeats().stream().filter(s -> m.equals(s.getMember())
					&& s.getShift().start().isBefore(to) && s.getShift().end().isAfter(from)).count()))
			.orElseThrow();
		List<PlanMember> replanMembers = new ArrayList<>(solved.getMembers());
		PlanMember away = new PlanMember(ill.residentId(), ill.name(), ill.orgId(), ill.householdId(), ill.leader(),
				ill.maxPerWeek(), List.of(new PlanMember.Interval(from, to)), ill.avoidDays());
		replanMembers.set(replanMembers.indexOf(ill), away);
		List<Seat> replanSeats = new ArrayList<>();
		int freed = 0;
		for (Seat s : solved.getSeats()) {
			List<PlanMember> pool = s.getCandidates().stream().map(m -> m.equals(ill) ? away : m).toList();
			boolean hit = ill.equals(s.getMember()) && s.getShift().start().isBefore(to) && s.getShift().end().isAfter(from);
			freed += hit ? 1 : 0;
			PlanMember keep = ill.equals(s.getMember()) ? away : s.getMember();
			replanSeats.add(new Seat(s.getShift(), s.getIndex(), hit ? null : keep, !hit, pool));
		}
		SchedulePlan replan = new SchedulePlan(replanMembers, shifts, List.of(), PlanSettings.of(10, shifts, PlanSettings.DEFAULT_RISK_WEIGHT), replanSeats);
		Solver<SchedulePlan> again = SolverFactory.<SchedulePlan>create(ScheduleSolver.config(8L, Duration.ofSeconds(10), null))
			.buildSolver();
		Progress progress = Progress.of(again, System.nanoTime());
		SchedulePlan replanned = again.solve(replan);
		AtomicLong replanFeasible = progress.feasible();
		AtomicLong replanLast = progress.last();
		long moved = 0;
		for (int i = 0; i < replanned.getSeats().size(); i++) {
			Seat before = solved.getSeats().get(i);
			Seat after = replanned.getSeats().get(i);
			boolean wasIll = ill.equals(before.getMember()) && after.getMember() == null || !after.isPinned();
			if (!wasIll && before.getMember() != null && after.getMember() != null
					&& before.getMember().residentId() != after.getMember().residentId()) {
				moved++;
			}
		}
		System.out.printf(Locale.ROOT,
				"re-plan one absence: %d seats freed; hard-feasible after %d ms, last improvement at %d ms (10 s limit); score %s; other seats moved: %d%n",
				freed, replanFeasible.get(), replanLast.get(), replanned.getScore(), moved);
	}

	/** When a solver's best roster first broke no hard rule, was first fully staffed, and last improved (ms). */
	private record Progress(AtomicLong feasible, AtomicLong staffed, AtomicLong last) {

		static Progress of(Solver<SchedulePlan> solver, long started) {
			Progress p = new Progress(new AtomicLong(-1), new AtomicLong(-1), new AtomicLong(-1));
			solver.addEventListener(event -> {
				HardMediumSoftScore s = (HardMediumSoftScore) event.getNewBestScore();
				long now = (System.nanoTime() - started) / 1_000_000;
				p.last().set(now);
				if (p.feasible().get() < 0 && s.hardScore() == 0) {
					p.feasible().set(now);
				}
				if (p.staffed().get() < 0 && s.hardScore() == 0 && s.mediumScore() == 0) {
					p.staffed().set(now);
				}
			});
			return p;
		}
	}

	private static List<Seat> copy(List<Seat> seats) {
		return seats.stream().map(s -> new Seat(s.getShift(), s.getIndex(), null, false, s.getCandidates())).toList();
	}

	/** A village's risk by hour of week: night peaks, Friday and Saturday the worst, some villages busier. */
	private double[] risk(int village) {
		double[] w = new double[168];
		double busy = 0.5 + random.nextDouble() * 1.5;
		for (int h = 0; h < 168; h++) {
			int hour = h % 24;
			int dow = h / 24;
			double base = hour >= 21 || hour <= 3 ? 0.05 : hour >= 18 ? 0.025 : 0.01;
			w[h] = busy * base * (dow >= 4 && dow <= 5 ? 1.8 : 1.0) * (0.7 + random.nextDouble() * 0.6);
		}
		return w;
	}

	private Org team(int village, String kind, int size, int maxPerWeek, List<PlanMember> all) {
		long orgId = nextId++;
		List<PlanMember> members = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			members.add(member(orgId, null, i < 3, maxPerWeek));
		}
		all.addAll(members);
		return new Org(orgId, village, kind, members, Map.of());
	}

	private Org group(int village, List<PlanMember> all) {
		long orgId = nextId++;
		List<PlanMember> members = new ArrayList<>();
		Map<Long, List<Long>> households = new LinkedHashMap<>();
		for (int h = 0; h < 5; h++) {
			long household = nextId++;
			PlanMember duty = member(orgId, household, false, 3);
			PlanMember substitute = member(orgId, household, false, 3);
			members.add(duty);
			members.add(substitute);
			households.put(household, List.of(duty.residentId(), substitute.residentId()));
		}
		all.addAll(members);
		return new Org(orgId, village, "TEN_HOUSEHOLD", members, households);
	}

	private PlanMember member(long orgId, Long household, boolean leader, int maxPerWeek) {
		long id = nextId++;
		List<PlanMember.Interval> away = new ArrayList<>();
		if (random.nextDouble() < 0.15) {
			// A regular evening away (work in town, evening class).
			DayOfWeek day = DayOfWeek.of(1 + random.nextInt(7));
			for (int d = 0; d < DAYS; d++) {
				LocalDate date = START.plusDays(d);
				if (date.getDayOfWeek() == day) {
					away.add(new PlanMember.Interval(date.atTime(17, 0).atZone(ZONE).toInstant(),
							date.plusDays(1).atStartOfDay(ZONE).toInstant()));
				}
			}
		}
		if (random.nextDouble() < 0.10) {
			LocalDate leave = START.plusDays(random.nextInt(DAYS - 3));
			away.add(new PlanMember.Interval(leave.atStartOfDay(ZONE).toInstant(), leave.plusDays(3).atStartOfDay(ZONE).toInstant()));
		}
		Set<DayOfWeek> avoid = random.nextDouble() < 0.2 ? Set.of(DayOfWeek.of(1 + random.nextInt(7))) : Set.of();
		return new PlanMember(id, "m" + id, orgId, household, leader, maxPerWeek, away, avoid);
	}

	private PlanShift shift(Org org, LocalDate day, int startHour, int endHour, int required, boolean leader, double[] risk,
			Long household, List<Long> rotation) {
		ZonedDateTime start = day.atTime(startHour, 0).atZone(ZONE);
		ZonedDateTime end = day.atTime(endHour, 0).atZone(ZONE);
		double sum = 0;
		for (ZonedDateTime t = start; t.isBefore(end); t = t.plusHours(1)) {
			sum += risk[(t.getDayOfWeek().getValue() - 1) * 24 + t.getHour()] * 4;
		}
		int week = (int) (java.time.temporal.ChronoUnit.DAYS.between(START, day) / 7);
		return new PlanShift(nextId++, org.id(), org.id(), null, null, start.toInstant(), end.toInstant(), week,
				day.getDayOfWeek(), required, leader, Math.round(sum * 1000), household, rotation, 99);
	}

	/** The roster villages write by hand: members in turn, the leaders in turn, the household on duty's duty person. */
	private static SchedulePlan roundRobin(SchedulePlan plan, Map<Long, Org> orgs, Map<Long, PlanMember> members) {
		Map<Long, Integer> next = new HashMap<>();
		Map<Long, Integer> nextLeader = new HashMap<>();
		for (Seat seat : plan.getSeats()) {
			PlanShift shift = seat.getShift();
			if (seat.isExtra()) {
				continue;
			}
			if (shift.dutyHouseholdId() != null) {
				seat.setMember(members.get(shift.rotation().getFirst()));
				continue;
			}
			List<PlanMember> pool = orgs.get(shift.orgId()).members();
			List<PlanMember> leaders = pool.stream().filter(PlanMember::leader).toList();
			if (shift.leaderRequired() && seat.getIndex() == 0 && !leaders.isEmpty()) {
				int i = nextLeader.merge(shift.orgId(), 1, Integer::sum) - 1;
				seat.setMember(leaders.get(i % leaders.size()));
			} else {
				List<PlanMember> others = shift.leaderRequired() ? pool.stream().filter(m -> !m.leader()).toList() : pool;
				int i = next.merge(shift.orgId(), 1, Integer::sum) - 1;
				seat.setMember(others.get(i % others.size()));
			}
		}
		return plan;
	}

	/** Risk-weighted coverage (people on duty × shift risk, over the most the seats could give) and fairness. */
	private static void report(String name, SchedulePlan plan) {
		double covered = 0;
		double possible = 0;
		Map<PlanShift, Integer> people = new HashMap<>();
		Map<PlanShift, Integer> seats = new HashMap<>();
		for (Seat s : plan.getSeats()) {
			seats.merge(s.getShift(), 1, Integer::sum);
			if (s.getMember() != null) {
				people.merge(s.getShift(), 1, Integer::sum);
			}
		}
		for (PlanShift shift : plan.getShifts()) {
			covered += shift.risk() * people.getOrDefault(shift, 0);
			possible += shift.risk() * seats.getOrDefault(shift, 0);
		}
		Map<Long, Integer> load = new HashMap<>();
		plan.getMembers().forEach(m -> load.put(m.residentId(), 0));
		plan.getSeats().stream().filter(s -> s.getMember() != null).forEach(s -> load.merge(s.getMember().residentId(), 1, Integer::sum));
		Map<Long, List<Integer>> byOrg = new HashMap<>();
		plan.getMembers().stream().filter(m -> m.householdId() == null)
			.forEach(m -> byOrg.computeIfAbsent(m.orgId(), o -> new ArrayList<>()).add(load.get(m.residentId())));
		double spread = byOrg.values().stream().mapToDouble(ScheduleBenchmark::stdev).average().orElse(0);
		int worstGap = byOrg.values().stream()
			.mapToInt(l -> l.stream().mapToInt(Integer::intValue).max().orElse(0) - l.stream().mapToInt(Integer::intValue).min().orElse(0))
			.max().orElse(0);
		long unfilled = plan.getSeats().stream().filter(s -> !s.isExtra() && s.getMember() == null).count();
		long personShifts = plan.getSeats().stream().filter(s -> s.getMember() != null).count();
		double meanShiftRisk = plan.getShifts().stream().mapToLong(PlanShift::risk).average().orElse(0);
		double riskPerPatrol = plan.getSeats().stream().filter(s -> s.getMember() != null).mapToLong(s -> s.getShift().risk())
			.average().orElse(0);
		long extras = plan.getSeats().stream().filter(s -> s.isExtra() && s.getMember() != null).count();
		double extraRisk = plan.getSeats().stream().filter(s -> s.isExtra() && s.getMember() != null)
			.mapToLong(s -> s.getShift().risk()).average().orElse(0);
		System.out.printf(Locale.ROOT,
				"%s: %d person-shifts (%d extra patrols); expected cases per patrol %.3f vs %.3f per shift on average (extra patrols: %.3f)%n",
				name, personShifts, extras, riskPerPatrol / 1000, meanShiftRisk / 1000, extraRisk / 1000);
		System.out.printf(Locale.ROOT,
				"%s: risk-weighted coverage %.1f%%; required seats unfilled %d; shifts per member within a team: mean std-dev %.2f, worst max−min %d%n",
				name, 100 * covered / possible, unfilled, spread, worstGap);
	}

	private static double stdev(List<Integer> values) {
		double mean = values.stream().mapToInt(Integer::intValue).average().orElse(0);
		return Math.sqrt(values.stream().mapToDouble(v -> (v - mean) * (v - mean)).average().orElse(0));
	}
}
