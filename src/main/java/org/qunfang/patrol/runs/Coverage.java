package org.qunfang.patrol.runs;

import static org.qunfang.patrol.runs.DutyRoster.utc;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.qunfang.identity.Caller;
import org.qunfang.identity.ScopeFilter;
import org.qunfang.organization.bodies.PreventionOrganizations;
import org.qunfang.organization.registry.VillageScope;
import org.qunfang.patrol.PatrolPermissions;
import org.qunfang.patrol.zones.PatrolZones;
import org.qunfang.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 巡逻覆盖 — planned against done (B5): of the shifts that began in a period (up to now), how many were
 * started by a run, per village, organization, zone and hour of the day; and of the members' assignments,
 * how many they patrolled themselves.
 */
@Service
public class Coverage {

	/** One line: what it is about, how many were planned and how many done. */
	public record Line(String label, long planned, long done) {

		public int percent() {
			return planned == 0 ? 0 : (int) Math.round(100.0 * done / planned);
		}
	}

	/** Coverage of a period inside the caller's jurisdiction. */
	public record Report(LocalDate from, LocalDate to, List<Line> villages, List<Line> organizations, List<Line> members,
			List<Line> zones, List<Line> hours) {
	}

	private record ShiftRow(long villageId, long orgId, Long zoneId, Instant start, boolean done) {
	}

	private record AssignmentRow(long countyId, long residentId, boolean done) {
	}

	private final JdbcClient jdbc;
	private final VillageScope villages;
	private final PreventionOrganizations organizations;
	private final PatrolZones zones;
	private final Clock clock;
	private final ZoneId zone;

	Coverage(JdbcClient jdbc, VillageScope villages, PreventionOrganizations organizations, PatrolZones zones, Clock clock,
			ZoneId zone) {
		this.jdbc = jdbc;
		this.villages = villages;
		this.organizations = organizations;
		this.zones = zones;
		this.clock = clock;
		this.zone = zone;
	}

	/** The coverage of the days from {@code from} to {@code to} inclusive (in the display zone), up to now. */
	@Transactional(readOnly = true)
	public Report of(Caller caller, LocalDate from, LocalDate to, Locale locale) {
		caller.require(PatrolPermissions.VIEW);
		Instant start = from.atStartOfDay(zone).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
		Instant until = end.isAfter(clock.instant()) ? clock.instant() : end;
		ScopeFilter scope = caller.jurisdiction().where("s");
		List<ShiftRow> shifts = scope.bind(jdbc.sql("""
				select s.village_id, sc.org_id, s.zone_id, s.starts_at,
				  case when exists (select 1 from patrol_run r where r.shift_id = s.id) then 1 else 0 end
				from patrol_shift s join patrol_schedule sc on sc.id = s.schedule_id
				where\s""" + scope.sql() + " and s.starts_at >= :from and s.starts_at < :to"))
			.param("from", utc(start)).param("to", utc(until))
			.query((rs, n) -> new ShiftRow(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3), RunStore.instant(rs, 4),
					rs.getInt(5) == 1))
			.list();
		List<AssignmentRow> assignments = scope.bind(jdbc.sql("""
				select a.county_id, a.resident_id,
				  case when exists (select 1 from patrol_run r where r.shift_id = s.id and r.resident_id = a.resident_id) then 1 else 0 end
				from patrol_assignment a join patrol_shift s on s.id = a.shift_id
				where\s""" + scope.sql() + " and s.starts_at >= :from and s.starts_at < :to"))
			.param("from", utc(start)).param("to", utc(until))
			.query((rs, n) -> new AssignmentRow(rs.getLong(1), rs.getLong(2), rs.getInt(3) == 1)).list();

		Map<Long, String> villageNames = new LinkedHashMap<>();
		villages.all(caller).forEach(v -> villageNames.put(v.id(), v.name(locale)));
		List<Line> villageLines = lines(shifts, s -> villageNames.getOrDefault(s.villageId(), "—"),
				villageNames.values().stream().toList());
		List<Line> orgLines = lines(shifts, s -> orgName(caller, s.orgId()), List.of());
		List<Line> zoneLines = lines(shifts, s -> s.zoneId() == null ? "—" : zoneName(caller, s.zoneId()), List.of());
		List<String> hours = new ArrayList<>();
		for (int h = 0; h < 24; h++) {
			hours.add(String.format("%02d:00", h));
		}
		List<Line> hourLines = lines(shifts, s -> String.format("%02d:00", s.start().atZone(zone).getHour()), hours).stream()
			.filter(l -> l.planned() > 0).toList();
		Map<Long, String> names = assignments.isEmpty() ? Map.of()
				: villages.residentNames(assignments.getFirst().countyId(), assignments.stream().map(AssignmentRow::residentId).toList());
		Map<String, long[]> members = new LinkedHashMap<>();
		for (AssignmentRow a : assignments) {
			long[] counts = members.computeIfAbsent(names.getOrDefault(a.residentId(), "#" + a.residentId()), k -> new long[2]);
			counts[0]++;
			counts[1] += a.done() ? 1 : 0;
		}
		return new Report(from, to, villageLines, orgLines, toLines(members), zoneLines, hourLines);
	}

	private static List<Line> lines(List<ShiftRow> shifts, Function<ShiftRow, String> key, List<String> always) {
		Map<String, long[]> counts = new LinkedHashMap<>();
		always.forEach(k -> counts.put(k, new long[2]));
		for (ShiftRow s : shifts) {
			long[] c = counts.computeIfAbsent(key.apply(s), k -> new long[2]);
			c[0]++;
			c[1] += s.done() ? 1 : 0;
		}
		return toLines(counts);
	}

	private static List<Line> toLines(Map<String, long[]> counts) {
		return counts.entrySet().stream().map(e -> new Line(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
	}

	private String orgName(Caller caller, long orgId) {
		try {
			return organizations.get(caller, orgId).name();
		}
		catch (NotFoundException | org.qunfang.platform.ForbiddenException hidden) {
			return "#" + orgId;
		}
	}

	private String zoneName(Caller caller, long zoneId) {
		try {
			return zones.zone(caller, zoneId).name();
		}
		catch (NotFoundException hidden) {
			return "#" + zoneId;
		}
	}
}
