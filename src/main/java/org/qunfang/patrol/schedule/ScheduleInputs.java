package org.qunfang.patrol.schedule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.qunfang.identity.Caller;
import org.qunfang.identity.Jurisdiction;
import org.qunfang.identity.Role;
import org.qunfang.identity.ScopeDirectory;
import org.qunfang.identity.ScopeUnit;
import org.qunfang.organization.OrganizationPermissions;
import org.qunfang.organization.OrganizationRef;
import org.qunfang.organization.OrganizationType;
import org.qunfang.organization.bodies.Appointments;
import org.qunfang.organization.bodies.JointDefense;
import org.qunfang.organization.bodies.MemberView;
import org.qunfang.organization.bodies.PreventionOrganizations;
import org.qunfang.organization.bodies.SecurityContracts;
import org.qunfang.patrol.PatrolRiskWeights;
import org.qunfang.patrol.PatrolZone;
import org.qunfang.patrol.patterns.ShiftPattern;
import org.qunfang.patrol.zones.PatrolZones;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gathers what the solver needs about an organization: its members (and its partner's for joint patrols, or
 * the households' duty people and substitutes for a ten-household group), their availability, the household
 * on duty each day, contract obligations and the risk of each shift's zones and hours. Reads the
 * organization registry with a county-wide reader of its own, since planners need not hold the registry's
 * permissions to staff their shifts.
 */
@Component
class ScheduleInputs {

	/** Posts that lead a shift. */
	static final Set<String> LEADER_POSTS = Set.of("TEAM_LEADER", "GROUP_LEADER", "DIRECTOR", "DEPUTY");

	/** A shift as stored, before its seats are filled. */
	record ShiftRow(long id, long patternId, long orgId, Long partnerOrgId, Long zoneId, List<Long> zoneIds,
			Instant start, Instant end, int required, boolean leaderRequired) {
	}

	private final JdbcClient jdbc;
	private final org.qunfang.organization.registry.VillageScope villages;
	private final PreventionOrganizations organizations;
	private final Appointments appointments;
	private final JointDefense jointDefense;
	private final SecurityContracts contracts;
	private final PatrolZones zones;
	private final ScopeDirectory scopes;
	private final ObjectProvider<PatrolRiskWeights> risk;
	private final ZoneId zone;
	private final int minRestHours;
	private final int maxPerWeekFullTime;
	private final int maxPerWeek;
	private final int extraSeats;
	private final PatrolSettings settings;

	ScheduleInputs(JdbcClient jdbc, org.qunfang.organization.registry.VillageScope villages, PreventionOrganizations organizations, Appointments appointments,
			JointDefense jointDefense, SecurityContracts contracts, PatrolZones zones, ScopeDirectory scopes,
			ObjectProvider<PatrolRiskWeights> risk, ZoneId displayZone,
			@Value("${qunfang.patrol.schedule.min-rest-hours:10}") int minRestHours,
			@Value("${qunfang.patrol.schedule.max-per-week-full-time:5}") int maxPerWeekFullTime,
			@Value("${qunfang.patrol.schedule.max-per-week:3}") int maxPerWeek,
			@Value("${qunfang.patrol.schedule.extra-seats:1}") int extraSeats, PatrolSettings settings) {
		this.jdbc = jdbc;
		this.villages = villages;
		this.organizations = organizations;
		this.appointments = appointments;
		this.jointDefense = jointDefense;
		this.contracts = contracts;
		this.zones = zones;
		this.scopes = scopes;
		this.risk = risk;
		this.zone = displayZone;
		this.minRestHours = minRestHours;
		this.maxPerWeekFullTime = maxPerWeekFullTime;
		this.maxPerWeek = maxPerWeek;
		this.extraSeats = extraSeats;
		this.settings = settings;
	}

	ZoneId zone() {
		return zone;
	}

	/** A reader of the organization registry over the whole county. */
	Caller reader(long countyId) {
		ScopeUnit county = scopes.counties().stream().filter(c -> c.countyId() == countyId).findFirst().orElseThrow();
		return new Caller(0, "patrol.scheduler", "patrol.scheduler", Role.COUNTY_OFFICER, county.homePath(),
				Jurisdiction.of(county), Set.of(OrganizationPermissions.REGISTRY_VIEW));
	}

	OrganizationRef organization(long countyId, long orgId) {
		return organizations.get(reader(countyId), orgId);
	}

	/** The shifts of the patterns over the period, with fresh ids from {@code ids}. */
	List<ShiftRow> shifts(List<ShiftPattern> patterns, LocalDate from, LocalDate to, java.util.function.LongSupplier ids) {
		List<ShiftRow> rows = new ArrayList<>();
		for (ShiftPattern pattern : patterns) {
			for (ShiftPattern.Occurrence o : pattern.occurrences(from, to, zone)) {
				Long zoneId = pattern.zoneIds().size() == 1 ? pattern.zoneIds().getFirst() : null;
				rows.add(new ShiftRow(ids.getAsLong(), pattern.id(), pattern.orgId(), pattern.partnerOrgId(), zoneId,
						pattern.zoneIds(), o.start(), o.end(), pattern.minStaff(), pattern.leaderRequired()));
			}
		}
		rows.sort(java.util.Comparator.comparing(ShiftRow::start).thenComparing(ShiftRow::id));
		return rows;
	}

	/**
	 * The plan for an organization's shifts over a period. {@code assigned} gives each shift's current members
	 * (in seat order) and {@code pinned} says which of them must stay.
	 */
	SchedulePlan plan(OrganizationRef org, LocalDate from, LocalDate to, List<ShiftRow> rows, long seed,
			Map<Long, List<Long>> assigned, java.util.function.BiPredicate<Long, Long> pinned) {
		Caller reader = reader(org.countyId());
		Map<Long, PlanMember> members = new LinkedHashMap<>();
		Map<Long, List<PlanMember>> byOrg = new HashMap<>();
		Set<Long> orgIds = new java.util.LinkedHashSet<>();
		orgIds.add(org.id());
		rows.stream().map(ShiftRow::partnerOrgId).filter(java.util.Objects::nonNull).forEach(orgIds::add);
		Map<Long, Map<Long, List<Long>>> rotations = new HashMap<>();
		for (long orgId : orgIds) {
			OrganizationRef o = orgId == org.id() ? org : organizations.get(reader, orgId);
			List<PlanMember> pool = members(reader, o, from, to);
			pool.forEach(m -> members.putIfAbsent(m.residentId(), m));
			byOrg.put(orgId, pool.stream().map(m -> members.get(m.residentId())).toList());
			if (o.type() == OrganizationType.TEN_HOUSEHOLD) {
				Map<Long, List<Long>> byHousehold = new HashMap<>();
				for (JointDefense.Member h : jointDefense.members(reader, o.id())) {
					List<Long> order = new ArrayList<>();
					order.add(h.dutyResidentId());
					order.addAll(h.substituteIds());
					byHousehold.put(h.householdId(), order);
				}
				rotations.put(o.id(), byHousehold);
			}
		}
		for (List<Long> residents : assigned.values()) {
			for (Long resident : residents) {
				members.computeIfAbsent(resident, r -> new PlanMember(r, name(org.countyId(), r), -1, null, false, 0, List.of(), Set.of()));
			}
		}
		Map<Long, double[]> weights = weights(org, rows);
		List<PlanShift> shifts = new ArrayList<>();
		List<Seat> seats = new ArrayList<>();
		for (ShiftRow row : rows) {
			LocalDate day = LocalDate.ofInstant(row.start(), zone);
			Long household = null;
			List<Long> rotation = List.of();
			if (rotations.containsKey(row.orgId())) {
				household = jointDefense.onDuty(reader, row.orgId(), day).orElse(null);
				rotation = household == null ? List.of() : rotations.get(row.orgId()).getOrDefault(household, List.of());
			}
			int week = (int) (ChronoUnit.DAYS.between(from, day) / 7);
			PlanShift shift = new PlanShift(row.id(), row.patternId(), row.orgId(), row.partnerOrgId(), row.zoneId(),
					row.start(), row.end(), week, day.getDayOfWeek(), row.required(), row.leaderRequired(),
					risk(weights, row), household, rotation, seed);
			shifts.add(shift);
			List<PlanMember> candidates = new ArrayList<>(byOrg.getOrDefault(row.orgId(), List.of()));
			if (row.partnerOrgId() != null) {
				candidates.addAll(byOrg.getOrDefault(row.partnerOrgId(), List.of()));
			}
			if (household != null) {
				candidates = new ArrayList<>(rotation.stream().map(members::get).filter(java.util.Objects::nonNull).toList());
			}
			List<Long> current = assigned.getOrDefault(row.id(), List.of());
			for (Long resident : current) {
				if (!candidates.contains(members.get(resident))) {
					candidates.add(members.get(resident));
				}
			}
			List<PlanMember> shared = List.copyOf(candidates);
			int count = Math.max(current.size(), row.required() + (household == null ? extraSeats : 0));
			for (int i = 0; i < count; i++) {
				Long resident = i < current.size() ? current.get(i) : null;
				PlanMember member = resident == null ? null : members.get(resident);
				seats.add(new Seat(shift, i, member, resident != null && pinned.test(row.id(), resident), shared));
			}
		}
		List<ContractObligation> obligations = obligations(reader, org, from, to);
		return new SchedulePlan(List.copyOf(members.values()), shifts, obligations,
				PlanSettings.of(minRestHours, shifts, settings.riskWeight(org.countyId())), seats);
	}

	private String name(long countyId, long residentId) {
		return java.util.Optional.ofNullable(villages.residentNames(countyId, List.of(residentId)).get(residentId))
			.orElse("#" + residentId);
	}

	private List<PlanMember> members(Caller reader, OrganizationRef org, LocalDate from, LocalDate to) {
		int max = org.type() == OrganizationType.FULL_TIME_PATROL ? maxPerWeekFullTime : maxPerWeek;
		List<PlanMember> pool = new ArrayList<>();
		if (org.type() == OrganizationType.TEN_HOUSEHOLD) {
			Set<Long> leaders = new java.util.HashSet<>();
			appointments.members(reader, org.id(), false).stream().filter(m -> LEADER_POSTS.contains(m.postCode()))
				.forEach(m -> leaders.add(m.residentId()));
			for (JointDefense.Member h : jointDefense.members(reader, org.id())) {
				List<Long> people = new ArrayList<>();
				people.add(h.dutyResidentId());
				people.addAll(h.substituteIds());
				for (long resident : people) {
					pool.add(new PlanMember(resident, name(org.countyId(), resident), org.id(), h.householdId(), leaders.contains(resident),
							max, unavailable(resident, from, to, org.id()), avoidDays(resident)));
				}
			}
			return pool;
		}
		Set<Long> seen = new java.util.HashSet<>();
		for (MemberView m : appointments.members(reader, org.id(), false)) {
			if (seen.add(m.residentId())) {
				pool.add(new PlanMember(m.residentId(), m.name(), org.id(), null, LEADER_POSTS.contains(m.postCode()), max,
						unavailable(m.residentId(), from, to, org.id()), avoidDays(m.residentId())));
			}
		}
		if (org.type() == OrganizationType.SECURITY_CONTRACT) {
			// The contractors of its active contracts patrol for a security contract, appointed or not.
			for (long resident : contracts.activeContractors(reader, org.id())) {
				if (seen.add(resident)) {
					pool.add(new PlanMember(resident, name(org.countyId(), resident), org.id(), null, false, max,
							unavailable(resident, from, to, org.id()), avoidDays(resident)));
				}
			}
		}
		return pool;
	}

	/** The member's weekly unavailable hours and leave as intervals covering the period (a day either side). */
	/**
	 * When a member cannot take a shift of this organization: their weekly unavailable hours, their leave,
	 * and the shifts they already hold in another organization's roster (so nobody is on two duties at once).
	 */
	List<PlanMember.Interval> unavailable(long residentId, LocalDate from, LocalDate to, long orgId) {
		List<PlanMember.Interval> intervals = new ArrayList<>();
		jdbc.sql("""
				select s.starts_at, s.ends_at from patrol_assignment a join patrol_shift s on s.id = a.shift_id
				join patrol_schedule sc on sc.id = s.schedule_id
				where a.resident_id = :r and sc.org_id <> :o and sc.status <> 'DISCARDED'
				and s.ends_at > :from and s.starts_at < :to""")
			.param("r", residentId).param("o", orgId)
			.param("from", from.minusDays(1).atStartOfDay(zone).toOffsetDateTime())
			.param("to", to.plusDays(2).atStartOfDay(zone).toOffsetDateTime())
			.query((rs, n) -> intervals.add(new PlanMember.Interval(rs.getObject(1, java.time.OffsetDateTime.class).toInstant(),
					rs.getObject(2, java.time.OffsetDateTime.class).toInstant())))
			.list();
		jdbc.sql("""
				select weekday, from_time, to_time, from_date, to_date from patrol_unavailable
				where resident_id = :r and preference = false""")
			.param("r", residentId).query((rs, n) -> {
				Integer weekday = (Integer) rs.getObject(1);
				LocalTime fromTime = rs.getObject(2, LocalTime.class);
				LocalTime toTime = rs.getObject(3, LocalTime.class);
				LocalDate fromDate = rs.getObject(4, LocalDate.class);
				LocalDate toDate = rs.getObject(5, LocalDate.class);
				if (fromDate != null) {
					LocalDate end = toDate == null ? fromDate : toDate;
					intervals.add(new PlanMember.Interval(fromDate.atStartOfDay(zone).toInstant(),
							end.plusDays(1).atStartOfDay(zone).toInstant()));
				} else if (weekday != null) {
					LocalTime start = fromTime == null ? LocalTime.MIDNIGHT : fromTime;
					for (LocalDate day = from.minusDays(1); !day.isAfter(to.plusDays(1)); day = day.plusDays(1)) {
						if (day.getDayOfWeek() != DayOfWeek.of(weekday)) {
							continue;
						}
						ZonedDateTime s = day.atTime(start).atZone(zone);
						ZonedDateTime e = toTime == null || !toTime.isAfter(start) ? day.plusDays(1).atTime(
								toTime == null ? LocalTime.MIDNIGHT : toTime).atZone(zone) : day.atTime(toTime).atZone(zone);
						intervals.add(new PlanMember.Interval(s.toInstant(), e.toInstant()));
					}
				}
				return 0;
			}).list();
		return intervals;
	}

	/** The weekdays a member would rather keep free (a wish the roster avoids where it can). */
	Set<DayOfWeek> avoidDays(long residentId) {
		Set<DayOfWeek> days = java.util.EnumSet.noneOf(DayOfWeek.class);
		jdbc.sql("select weekday from patrol_unavailable where resident_id = :r and preference = true and weekday is not null")
			.param("r", residentId).query(Integer.class).list().forEach(d -> days.add(DayOfWeek.of(d)));
		return days;
	}

	private List<ContractObligation> obligations(Caller reader, OrganizationRef org, LocalDate from, LocalDate to) {
		if (org.type() != OrganizationType.SECURITY_CONTRACT) {
			return List.of();
		}
		List<ContractObligation> obligations = new ArrayList<>();
		for (SecurityContracts.ContractView c : contracts.list(reader, org.id())) {
			if ("TERMINATED".equals(c.status()) || "RENEWED".equals(c.status()) || c.patrolsPerWeek() <= 0
					|| c.periodStart().isAfter(to) || (c.periodEnd() != null && c.periodEnd().isBefore(from))) {
				continue;
			}
			int weeks = (int) (ChronoUnit.DAYS.between(from, to) / 7) + 1;
			for (int w = 0; w < weeks; w++) {
				LocalDate weekStart = from.plusDays(7L * w);
				int days = (int) Math.min(7, ChronoUnit.DAYS.between(weekStart, to) + 1);
				// A short last week asks for its share of the weekly patrols.
				int patrols = (int) Math.ceil(c.patrolsPerWeek() * days / 7.0);
				obligations.add(new ContractObligation(org.id(), c.contractNo(), w, patrols));
			}
		}
		return obligations;
	}

	private Map<Long, double[]> weights(OrganizationRef org, List<ShiftRow> rows) {
		List<PatrolZone> planned = new ArrayList<>(zones.zonesOfVillage(org.countyId(), org.villageId()));
		if (rows.isEmpty()) {
			return Map.of();
		}
		Optional<PatrolRiskWeights> weights = risk.orderedStream().findFirst();
		if (weights.isEmpty() || planned.isEmpty()) {
			return Map.of();
		}
		LocalDate first = LocalDate.ofInstant(rows.getFirst().start(), zone);
		LocalDate last = LocalDate.ofInstant(rows.getLast().start(), zone);
		return weights.get().weights(org.countyId(), planned, first, last);
	}

	/** Expected cases (in thousandths) in the shift's zones (or the village's, when it names none) over its hours. */
	private long risk(Map<Long, double[]> weights, ShiftRow row) {
		if (weights.isEmpty()) {
			return 0;
		}
		List<double[]> covered = row.zoneIds().isEmpty() ? List.copyOf(weights.values())
				: row.zoneIds().stream().map(weights::get).filter(java.util.Objects::nonNull).toList();
		double sum = 0;
		for (Instant t = row.start(); t.isBefore(row.end()); t = t.plus(Duration.ofHours(1))) {
			ZonedDateTime local = t.atZone(zone);
			int hour = (local.getDayOfWeek().getValue() - 1) * 24 + local.getHour();
			for (double[] w : covered) {
				sum += w[hour];
			}
		}
		return Math.round(sum * 1000);
	}
}
