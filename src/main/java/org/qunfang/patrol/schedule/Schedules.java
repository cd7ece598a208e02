package org.qunfang.patrol.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.qunfang.identity.Audited;
import org.qunfang.identity.Caller;
import org.qunfang.identity.ScopeFilter;
import org.qunfang.organization.OrganizationRef;
import org.qunfang.organization.OrganizationStatus;
import org.qunfang.patrol.PatrolPermissions;
import org.qunfang.patrol.patterns.ShiftPattern;
import org.qunfang.patrol.patterns.ShiftPatterns;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.IdGenerator;
import org.qunfang.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;

/**
 * 值班表 — building an organization's schedule for a period with the solver, editing one assignment (checked
 * against the rules and refused with the broken ones named), re-planning after an absence while every other
 * assignment stays, and publishing.
 */
@Service
public class Schedules {

	/** Shortest and longest period a schedule covers. */
	public static final int MIN_DAYS = 7;
	public static final int MAX_DAYS = 31;

	/** The status of a schedule the solver is working on. */
	public static final String SOLVING = "SOLVING";

	/** A schedule as its pages show it. */
	public record ScheduleView(long id, long countyId, long villageId, String scopePath, long orgId, String orgName,
			LocalDate periodStart,
			LocalDate periodEnd, String status, String score, Long solvedMs, List<ShiftView> shifts) {

		/** Required seats nobody takes. */
		public int unfilled() {
			return shifts.stream().mapToInt(s -> Math.max(0, s.required() - s.assignments().size())).sum();
		}
	}

	/** A shift and who is on it. */
	public record ShiftView(long id, long patternId, String patternName, Long zoneId, String zoneName, Instant start,
			Instant end, int required, boolean leaderRequired, List<AssignmentView> assignments) {
	}

	/** One person on a shift. */
	public record AssignmentView(long residentId, String name, boolean leader, boolean pinned, String source) {
	}

	/** The outcome of an edit: what the schedule still lacks afterwards (staffing), for the planner to see. */
	public record EditOutcome(List<ScheduleSolver.Broken> remaining) {
	}

	private final JdbcClient jdbc;
	private final org.qunfang.organization.bodies.PreventionOrganizations organizations;
	private final org.qunfang.organization.registry.VillageScope villages;
	private final ScheduleInputs inputs;
	private final ScheduleSolver solver;
	private final ShiftPatterns patterns;
	private final IdGenerator ids;
	private final Clock clock;
	private final TransactionTemplate transactions;
	private final SolverQueue queue;

	Schedules(JdbcClient jdbc, org.qunfang.organization.bodies.PreventionOrganizations organizations,
			org.qunfang.organization.registry.VillageScope villages, ScheduleInputs inputs, ScheduleSolver solver,
			ShiftPatterns patterns, IdGenerator ids, Clock clock, TransactionTemplate transactions, SolverQueue queue) {
		this.transactions = transactions;
		this.queue = queue;
		this.jdbc = jdbc;
		this.organizations = organizations;
		this.villages = villages;
		this.inputs = inputs;
		this.solver = solver;
		this.patterns = patterns;
		this.ids = ids;
		this.clock = clock;
	}

	/**
	 * Plans a draft schedule of the organization's active patterns over the period: stores the schedule with
	 * its shifts as {@code SOLVING} and hands it to the solver in the background. The schedule turns
	 * {@code DRAFT} when the solver is done (its page waits for that), or {@code FAILED}.
	 */
	@Transactional
	@Audited(value = "patrol.schedule.build", target = "patrol-schedule", targetId = "#result")
	public long plan(Caller caller, long orgId, LocalDate from, LocalDate to) {
		long scheduleId = open(toPlan(caller, orgId), from, to, caller.username());
		queue.afterCommit(() -> solve(scheduleId, null));
		return scheduleId;
	}

	/** Builds a draft schedule as {@link #plan} does, but waits for the solver (scripts and tests). */
	@Audited(value = "patrol.schedule.build", target = "patrol-schedule", targetId = "#result")
	public long build(Caller caller, long orgId, LocalDate from, LocalDate to) {
		long scheduleId = transactions.execute(tx -> open(toPlan(caller, orgId), from, to, caller.username()));
		solve(scheduleId, null);
		return scheduleId;
	}

	/** Builds and stores a schedule without a caller (demo data), solving for the configured time. */
	public long build(OrganizationRef org, LocalDate from, LocalDate to, String createdBy) {
		return build(org, from, to, createdBy, null);
	}

	/** Builds and stores a schedule without a caller, solving for {@code limit} (or the configured time). */
	long build(OrganizationRef org, LocalDate from, LocalDate to, String createdBy, java.time.Duration limit) {
		long scheduleId = transactions.execute(tx -> open(org, from, to, createdBy));
		solve(scheduleId, limit);
		return scheduleId;
	}

	private OrganizationRef toPlan(Caller caller, long orgId) {
		caller.require(PatrolPermissions.SCHEDULE_PLAN);
		OrganizationRef org = inputs.organization(caller.jurisdiction().countyId(), orgId);
		if (!caller.jurisdiction().covers(org.countyId(), org.scopePath())) {
			throw new NotFoundException();
		}
		return org;
	}

	/** Stores a schedule of the organization's active patterns over the period, with its shifts, to be solved. */
	private long open(OrganizationRef org, LocalDate from, LocalDate to, String createdBy) {
		if (org.status() == OrganizationStatus.DISSOLVED) {
			throw new DomainException("error.patrol.org-dissolved", org.name());
		}
		if (from == null || to == null || to.isBefore(from)) {
			throw new DomainException("error.patrol.schedule.period");
		}
		long days = ChronoUnit.DAYS.between(from, to) + 1;
		if (days < MIN_DAYS || days > MAX_DAYS) {
			throw new DomainException("error.patrol.schedule.period");
		}
		List<ShiftPattern> active = patterns.ofOrganization(org.countyId(), org.id());
		if (active.isEmpty()) {
			throw new DomainException("error.patrol.schedule.no-patterns");
		}
		long scheduleId = ids.next();
		jdbc.sql("""
				insert into patrol_schedule (id, county_id, village_id, scope_path, org_id, period_start, period_end, status,
				  created_by, created_at, version)
				values (:id, :c, :v, :path, :org, :from, :to, 'SOLVING', :by, :now, 0)""")
			.param("id", scheduleId).param("c", org.countyId()).param("v", org.villageId()).param("path", org.scopePath())
			.param("org", org.id()).param("from", from).param("to", to).param("by", createdBy).param("now", now()).update();
		for (ScheduleInputs.ShiftRow row : inputs.shifts(active, from, to, ids::next)) {
			jdbc.sql("""
					insert into patrol_shift (id, schedule_id, county_id, village_id, scope_path, pattern_id, zone_id, starts_at,
					  ends_at, required, leader_required)
					values (:id, :s, :c, :v, :path, :p, :z, :start, :end, :req, :leader)""")
				.param("id", row.id()).param("s", scheduleId).param("c", org.countyId()).param("v", org.villageId())
				.param("path", org.scopePath()).param("p", row.patternId()).param("z", row.zoneId())
				.param("start", utc(row.start())).param("end", utc(row.end())).param("req", row.required())
				.param("leader", row.leaderRequired()).update();
		}
		return scheduleId;
	}

	/**
	 * Solves a stored schedule that is {@code SOLVING} (outside any transaction: the solver takes seconds) and
	 * stores its assignments, turning it {@code DRAFT}; a schedule discarded meanwhile stays discarded. When the
	 * solver fails, the schedule turns {@code FAILED} and the failure is thrown on.
	 */
	void solve(long scheduleId, java.time.Duration limit) {
		try {
			ScheduleView schedule = stored(scheduleId);
			if (!SOLVING.equals(schedule.status())) {
				return;
			}
			long started = System.nanoTime();
			SchedulePlan unsolved = load(schedule, (s, r) -> false);
			SchedulePlan plan = limit == null ? solver.solve(unsolved, scheduleId) : solver.solve(unsolved, scheduleId, limit);
			long solvedMs = (System.nanoTime() - started) / 1_000_000;
			OrganizationRef org = inputs.organization(schedule.countyId(), schedule.orgId());
			transactions.executeWithoutResult(tx -> {
				int done = jdbc.sql("""
						update patrol_schedule set status = 'DRAFT', score = :score, solved_ms = :ms, version = version + 1
						where id = :id and status = 'SOLVING'""")
					.param("score", String.valueOf(plan.getScore())).param("ms", solvedMs).param("id", scheduleId).update();
				if (done == 1) {
					saveSeats(org, plan, Set.of(), "SOLVER");
				}
			});
		}
		catch (RuntimeException failed) {
			jdbc.sql("update patrol_schedule set status = 'FAILED', version = version + 1 where id = :id and status = 'SOLVING'")
				.param("id", scheduleId).update();
			throw failed;
		}
	}

	/** Hands the schedules a stopped application left unsolved back to the solver. */
	@org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
	void resumeSolving() {
		for (long scheduleId : jdbc.sql("select id from patrol_schedule where status = 'SOLVING' order by id")
			.query(Long.class).list()) {
			queue.submit(() -> solve(scheduleId, null));
		}
	}

	/** Discards a schedule that is not published: a draft, one still solving, or one that failed. */
	@Transactional
	@Audited(value = "patrol.schedule.discard", target = "patrol-schedule", targetId = "#scheduleId")
	public void discard(Caller caller, long scheduleId) {
		caller.require(PatrolPermissions.SCHEDULE_PLAN);
		ScheduleView schedule = get(caller, scheduleId);
		if (!List.of("DRAFT", SOLVING, "FAILED").contains(schedule.status())) {
			throw new DomainException("error.patrol.schedule.not-discardable");
		}
		jdbc.sql("update patrol_schedule set status = 'DISCARDED', version = version + 1 where id = :id and status = :status")
			.param("id", scheduleId).param("status", schedule.status()).update();
	}

	/** A schedule inside the caller's jurisdiction, its shifts in order. */
	@Transactional(readOnly = true)
	public ScheduleView get(Caller caller, long scheduleId) {
		caller.require(PatrolPermissions.VIEW);
		return find(caller.jurisdiction().where("s"), scheduleId);
	}

	/** A stored schedule, for the solver working without a caller. */
	private ScheduleView stored(long scheduleId) {
		long countyId = jdbc.sql("select county_id from patrol_schedule where id = :id").param("id", scheduleId)
			.query(Long.class).optional().orElseThrow(NotFoundException::new);
		return find(inputs.reader(countyId).jurisdiction().where("s"), scheduleId);
	}

	private ScheduleView find(ScopeFilter scope, long scheduleId) {
		ScheduleView head = heads(scope, "s.id = :id", Map.of("id", scheduleId), 1).stream().findFirst()
			.orElseThrow(NotFoundException::new);
		Map<Long, List<AssignmentView>> people = new HashMap<>();
		record Seat(long shiftId, long residentId, boolean leader, boolean pinned, String source) {
		}
		List<Seat> seats = jdbc.sql("""
				select a.shift_id, a.resident_id, a.leader, a.pinned, a.source from patrol_assignment a
				join patrol_shift s on s.id = a.shift_id
				where s.schedule_id = :id and s.county_id = :c order by a.shift_id, a.leader desc, a.id""")
			.param("id", scheduleId).param("c", head.countyId())
			.query((rs, n) -> new Seat(rs.getLong(1), rs.getLong(2), rs.getBoolean(3), rs.getBoolean(4), rs.getString(5))).list();
		Map<Long, String> names = villages.residentNames(head.countyId(), seats.stream().map(Seat::residentId).toList());
		for (Seat seat : seats) {
			people.computeIfAbsent(seat.shiftId(), k -> new ArrayList<>()).add(new AssignmentView(seat.residentId(),
					names.getOrDefault(seat.residentId(), "#" + seat.residentId()), seat.leader(), seat.pinned(), seat.source()));
		}
		List<ShiftView> shifts = jdbc.sql("""
				select s.id, s.pattern_id, p.name, s.zone_id, z.name, s.starts_at, s.ends_at, s.required, s.leader_required
				from patrol_shift s join patrol_pattern p on p.id = s.pattern_id left join patrol_zone z on z.id = s.zone_id
				where s.schedule_id = :id order by s.starts_at, p.name, s.id""")
			.param("id", scheduleId)
			.query((rs, n) -> new ShiftView(rs.getLong(1), rs.getLong(2), rs.getString(3), (Long) rs.getObject(4),
					rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant(),
					rs.getObject(7, OffsetDateTime.class).toInstant(), rs.getInt(8), rs.getBoolean(9),
					List.copyOf(people.getOrDefault(rs.getLong(1), List.of()))))
			.list();
		return new ScheduleView(head.id(), head.countyId(), head.villageId(), head.scopePath(), head.orgId(),
				head.orgName(), head.periodStart(), head.periodEnd(), head.status(), head.score(), head.solvedMs(), shifts);
	}

	/** The schedules of an organization, newest period first. */
	@Transactional(readOnly = true)
	public List<ScheduleView> ofOrganization(Caller caller, long orgId) {
		caller.require(PatrolPermissions.VIEW);
		return heads(caller.jurisdiction().where("s"), "s.org_id = :o and s.status <> 'DISCARDED'", Map.of("o", orgId), 500);
	}

	/** An organization that has shift patterns to staff. */
	public record Plannable(long orgId, String name, long villageId) {
	}

	/** The organizations in the caller's jurisdiction with active shift patterns, by name. */
	@Transactional(readOnly = true)
	public List<Plannable> plannable(Caller caller) {
		caller.require(PatrolPermissions.VIEW);
		ScopeFilter scope = caller.jurisdiction().where("p");
		record Org(long id, long villageId) {
		}
		List<Org> orgs = scope.bind(jdbc.sql("select distinct p.org_id, p.village_id from patrol_pattern p where p.active = true and "
				+ scope.sql())).query((rs, n) -> new Org(rs.getLong(1), rs.getLong(2))).list();
		Map<Long, String> names = organizations.names(caller.jurisdiction().countyId(), orgs.stream().map(Org::id).toList());
		return orgs.stream().map(o -> new Plannable(o.id(), names.getOrDefault(o.id(), ""), o.villageId()))
			.sorted(java.util.Comparator.comparing(Plannable::name)).toList();
	}

	/** The latest schedules in the caller's jurisdiction, newest period first. */
	@Transactional(readOnly = true)
	public List<ScheduleView> recent(Caller caller, int limit) {
		caller.require(PatrolPermissions.VIEW);
		return heads(caller.jurisdiction().where("s"), "s.status <> 'DISCARDED'", Map.of(), Math.max(1, Math.min(limit, 500)));
	}

	/** Schedules (without their shifts) inside the scope that match {@code where}, newest period first. */
	private List<ScheduleView> heads(ScopeFilter scope, String where, Map<String, Object> params, int limit) {
		List<ScheduleView> heads = scope.bind(jdbc.sql("""
				select s.id, s.county_id, s.village_id, s.scope_path, s.org_id, '' as org_name, s.period_start, s.period_end,
				  s.status, s.score, s.solved_ms
				from patrol_schedule s""" + " where " + where + " and " + scope.sql()
				+ " order by s.period_start desc, s.id desc limit " + limit))
			.params(params)
			.query((rs, n) -> new ScheduleView(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getLong(5),
					rs.getString(6), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class), rs.getString(9),
					rs.getString(10), (Long) rs.getObject(11), List.of()))
			.list();
		Map<Long, String> names = organizations.names((Long) scope.params().get("qfCounty"),
				heads.stream().map(ScheduleView::orgId).distinct().toList());
		return heads.stream().map(h -> new ScheduleView(h.id(), h.countyId(), h.villageId(), h.scopePath(), h.orgId(),
				names.getOrDefault(h.orgId(), ""), h.periodStart(), h.periodEnd(), h.status(), h.score(), h.solvedMs(),
				h.shifts())).toList();
	}

	/** Publishes a draft: members see it as their duties. */
	@Transactional
	@Audited(value = "patrol.schedule.publish", target = "patrol-schedule", targetId = "#scheduleId")
	public void publish(Caller caller, long scheduleId) {
		caller.require(PatrolPermissions.SCHEDULE_PLAN);
		ScheduleView schedule = get(caller, scheduleId);
		if (!"DRAFT".equals(schedule.status())) {
			throw new DomainException("error.patrol.schedule.not-draft");
		}
		jdbc.sql("update patrol_schedule set status = 'PUBLISHED', version = version + 1 where id = :id")
			.param("id", scheduleId).update();
	}

	/**
	 * Changes who takes a seat of a shift: {@code removeResidentId} leaves (or {@code null} to fill an empty seat),
	 * {@code addResidentId} takes the seat (or {@code null} to leave it empty). Refused, with the rules it would
	 * break named, when it breaks a hard rule that the schedule did not break before; the new assignment is
	 * pinned, so re-planning keeps it.
	 */
	@Transactional
	@Audited(value = "patrol.schedule.edit", target = "patrol-shift", targetId = "#shiftId")
	public EditOutcome change(Caller caller, long shiftId, Long removeResidentId, Long addResidentId) {
		caller.require(PatrolPermissions.SCHEDULE_PLAN);
		long scheduleId = jdbc.sql("select schedule_id from patrol_shift where id = :id").param("id", shiftId)
			.query(Long.class).optional().orElseThrow(NotFoundException::new);
		ScheduleView schedule = solved(get(caller, scheduleId));
		if (Objects.equals(removeResidentId, addResidentId)) {
			return new EditOutcome(solver.broken(load(schedule, (s, r) -> true)));
		}
		SchedulePlan plan = load(schedule, (s, r) -> true);
		List<ScheduleSolver.Broken> before = solver.broken(plan);
		Seat seat = plan.getSeats().stream()
			.filter(s -> s.getShift().id() == shiftId)
			.filter(s -> removeResidentId == null ? s.getMember() == null
					: s.getMember() != null && s.getMember().residentId() == removeResidentId)
			.findFirst()
			.orElseThrow(() -> new DomainException("error.patrol.schedule.no-such-seat"));
		if (addResidentId != null) {
			PlanMember member = seat.getCandidates().stream().filter(m -> m.residentId() == addResidentId).findFirst()
				.orElseGet(() -> plan.getMembers().stream().filter(m -> m.residentId() == addResidentId).findFirst()
					.orElseGet(() -> outsider(schedule.countyId(), addResidentId)));
			seat.allow(member);
			seat.setMember(member);
		} else {
			seat.setMember(null);
		}
		List<ScheduleSolver.Broken> after = solver.broken(plan);
		List<String> worse = after.stream().filter(b -> "hard".equals(b.level()))
			.filter(b -> before.stream().noneMatch(o -> o.constraint().equals(b.constraint()) && o.times() >= b.times()))
			.map(ScheduleSolver.Broken::constraint).toList();
		if (!worse.isEmpty()) {
			throw new ScheduleEditRefused(worse);
		}
		OrganizationRef org = inputs.organization(schedule.countyId(), schedule.orgId());
		saveSeats(org, plan, Set.of(seat.getId()), "EDIT");
		jdbc.sql("update patrol_schedule set score = :score, version = version + 1 where id = :id")
			.param("score", String.valueOf(solver.score(plan))).param("id", scheduleId).update();
		return new EditOutcome(after);
	}

	/**
	 * Records a member's absence and re-plans the seats it empties; every other assignment stays where it is.
	 *
	 * @return how many seats were re-filled
	 */
	@Transactional
	@Audited(value = "patrol.schedule.replan", target = "patrol-schedule", targetId = "#scheduleId")
	public int absence(Caller caller, long scheduleId, long residentId, LocalDate from, LocalDate to, String reason) {
		caller.require(PatrolPermissions.SCHEDULE_PLAN);
		ScheduleView schedule = solved(get(caller, scheduleId));
		if (from == null || to == null || to.isBefore(from)) {
			throw new DomainException("error.patrol.schedule.period");
		}
		jdbc.sql("""
				insert into patrol_unavailable (id, county_id, scope_path, resident_id, from_date, to_date, reason)
				values (:id, :c, :path, :r, :from, :to, :reason)""")
			.param("id", ids.next()).param("c", schedule.countyId()).param("path", schedule.scopePath())
			.param("r", residentId).param("from", from).param("to", to)
			.param("reason", org.qunfang.platform.text.PlainText.optional("patrol.schedule.reason", reason, 200)).update();
		Set<Long> affected = schedule.shifts().stream()
			.filter(s -> s.assignments().stream().anyMatch(a -> a.residentId() == residentId))
			.filter(s -> {
				LocalDate day = LocalDate.ofInstant(s.start(), inputs.zone());
				return !day.isBefore(from) && !day.isAfter(to);
			})
			.map(ShiftView::id).collect(Collectors.toSet());
		SchedulePlan plan = load(schedule, (s, r) -> !(affected.contains(s) && r == residentId));
		Set<String> freed = new java.util.HashSet<>();
		for (Seat seat : plan.getSeats()) {
			if (!seat.isPinned() && seat.getMember() != null && seat.getMember().residentId() == residentId) {
				seat.setMember(null);
				freed.add(seat.getId());
			}
			if (seat.getMember() == null && !freed.contains(seat.getId())) {
				// Seats empty before the absence stay as they were: re-planning touches only what the absence freed.
				seat.setPinned(true);
			}
		}
		SchedulePlan solved = solver.solve(plan, scheduleId + from.toEpochDay());
		OrganizationRef org = inputs.organization(schedule.countyId(), schedule.orgId());
		saveSeats(org, solved, Set.of(), "REPLAN");
		jdbc.sql("update patrol_schedule set score = :score, version = version + 1 where id = :id")
			.param("score", String.valueOf(solved.getScore())).param("id", scheduleId).update();
		return (int) solved.getSeats().stream().filter(s -> freed.contains(s.getId()) && s.getMember() != null).count();
	}

	/** The schedule, if the solver has made it (a draft or published); refused while solving or after a failure. */
	private static ScheduleView solved(ScheduleView schedule) {
		if (!List.of("DRAFT", "PUBLISHED").contains(schedule.status())) {
			throw new DomainException("error.patrol.schedule.not-solved");
		}
		return schedule;
	}

	/** A resident of the county who is none of the schedule's members: the solver finds them not on staff. */
	private PlanMember outsider(long countyId, long residentId) {
		String name = java.util.Optional.ofNullable(villages.residentNames(countyId, List.of(residentId)).get(residentId))
			.orElseThrow(() -> new DomainException("error.patrol.schedule.not-a-member"));
		return new PlanMember(residentId, name, -1, null, false, 0, List.of(), Set.of());
	}

	/**
	 * The plan of a stored schedule with its current assignments; {@code pinned} says which must stay. The
	 * shifts of a pattern retired since keep its partner and zones.
	 */
	SchedulePlan load(ScheduleView schedule, java.util.function.BiPredicate<Long, Long> pinned) {
		OrganizationRef org = inputs.organization(schedule.countyId(), schedule.orgId());
		Map<Long, ShiftPattern> byId = new HashMap<>();
		patterns.allOfOrganization(org.countyId(), org.id()).forEach(p -> byId.put(p.id(), p));
		List<ScheduleInputs.ShiftRow> rows = new ArrayList<>();
		Map<Long, List<Long>> assigned = new LinkedHashMap<>();
		for (ShiftView s : schedule.shifts()) {
			ShiftPattern p = byId.get(s.patternId());
			rows.add(new ScheduleInputs.ShiftRow(s.id(), s.patternId(), org.id(), p == null ? null : p.partnerOrgId(),
					s.zoneId(), p == null ? List.of() : p.zoneIds(), s.start(), s.end(), s.required(), s.leaderRequired()));
			assigned.put(s.id(), s.assignments().stream().map(AssignmentView::residentId).toList());
		}
		SchedulePlan plan = inputs.plan(org, schedule.periodStart(), schedule.periodEnd(), rows, schedule.id(), assigned,
				pinned);
		HardMediumSoftScore score = solver.score(plan);
		plan.setScore(score);
		return plan;
	}

	/** Stores the plan's assignments, replacing the schedule's; {@code edited} seats are marked pinned. */
	private void saveSeats(OrganizationRef org, SchedulePlan plan, Set<String> edited, String source) {
		Map<Long, Map<Long, String>> previous = new HashMap<>();
		Map<Long, Set<Long>> previouslyPinned = new HashMap<>();
		List<Long> shiftIds = plan.getShifts().stream().map(PlanShift::id).toList();
		if (!shiftIds.isEmpty()) {
			jdbc.sql("select shift_id, resident_id, source, pinned from patrol_assignment where shift_id in (:ids)")
				.param("ids", shiftIds).query((rs, n) -> {
					previous.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2), rs.getString(3));
					if (rs.getBoolean(4)) {
						previouslyPinned.computeIfAbsent(rs.getLong(1), k -> new java.util.HashSet<>()).add(rs.getLong(2));
					}
					return 0;
				}).list();
			jdbc.sql("delete from patrol_assignment where shift_id in (:ids)").param("ids", shiftIds).update();
		}
		Map<Long, Boolean> led = new HashMap<>();
		for (Seat seat : plan.getSeats()) {
			PlanMember m = seat.getMember();
			if (m == null) {
				continue;
			}
			long shiftId = seat.getShift().id();
			String before = previous.getOrDefault(shiftId, Map.of()).get(m.residentId());
			boolean changed = edited.contains(seat.getId());
			String rowSource = changed ? source : before != null ? before : source;
			boolean pin = changed || previouslyPinned.getOrDefault(shiftId, Set.of()).contains(m.residentId());
			boolean leads = m.leader() && !led.getOrDefault(shiftId, false);
			if (leads) {
				led.put(shiftId, true);
			}
			jdbc.sql("""
					insert into patrol_assignment (id, shift_id, county_id, scope_path, resident_id, household_id, leader,
					  pinned, source)
					values (:id, :s, :c, :path, :r, :h, :leader, :pinned, :source)""")
				.param("id", ids.next()).param("s", shiftId).param("c", org.countyId()).param("path", org.scopePath())
				.param("r", m.residentId()).param("h", m.householdId()).param("leader", leads).param("pinned", pin)
				.param("source", rowSource).update();
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
