package org.qunfang.patrol;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.qunfang.patrol.zones.PatrolZones;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The patrol a village has planned, as other modules may weigh it: its active zones with their adjacency,
 * and the person-hours its rosters (drafts and published, not discarded) put in each zone at each hour of
 * the week over a period. A shift covering several zones, or the whole village, shares its hours evenly
 * among them. Callers check jurisdiction themselves; nothing here names people.
 */
@Service
public class PatrolEffort {

	private final JdbcClient jdbc;
	private final PatrolZones zones;
	private final ZoneId zone;

	PatrolEffort(JdbcClient jdbc, PatrolZones zones, ZoneId displayZone) {
		this.jdbc = jdbc;
		this.zones = zones;
		this.zone = displayZone;
	}

	/** The village's active zones, by name. */
	@Transactional(readOnly = true)
	public List<PatrolZone> zones(long countyId, long villageId) {
		return zones.zonesOfVillage(countyId, villageId);
	}

	/**
	 * Person-hours of patrol planned per zone and hour of week ({@link PatrolRiskWeights#HOURS}) for the
	 * shifts starting on the days {@code from} to {@code to}.
	 */
	@Transactional(readOnly = true)
	public Map<Long, double[]> planned(long countyId, long villageId, LocalDate from, LocalDate to) {
		List<Long> villageZones = zones(countyId, villageId).stream().map(PatrolZone::id).toList();
		Map<Long, double[]> hours = new HashMap<>();
		villageZones.forEach(z -> hours.put(z, new double[PatrolRiskWeights.HOURS]));
		record Shift(long id, long patternId, Long zoneId, Instant start, Instant end, int people) {
		}
		List<Shift> shifts = jdbc.sql("""
				select s.id, s.pattern_id, s.zone_id, s.starts_at, s.ends_at,
				  (select count(*) from patrol_assignment a where a.shift_id = s.id)
				from patrol_shift s join patrol_schedule sc on sc.id = s.schedule_id
				where s.county_id = :c and s.village_id = :v and sc.status in ('DRAFT', 'PUBLISHED')
				  and s.starts_at >= :from and s.starts_at < :to""")
			.param("c", countyId).param("v", villageId)
			.param("from", utc(from.atStartOfDay(zone).toInstant())).param("to", utc(to.plusDays(1).atStartOfDay(zone).toInstant()))
			.query((rs, n) -> new Shift(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3),
					rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getInt(6)))
			.list();
		Map<Long, List<Long>> patternZones = new HashMap<>();
		for (Shift s : shifts) {
			if (s.people() == 0) {
				continue;
			}
			List<Long> covered = s.zoneId() != null ? List.of(s.zoneId())
					: patternZones.computeIfAbsent(s.patternId(), p -> jdbc.sql(
							"select zone_id from patrol_pattern_zone where pattern_id = :p").param("p", p).query(Long.class).list());
			List<Long> within = (covered.isEmpty() ? villageZones : covered).stream().filter(hours::containsKey).toList();
			if (within.isEmpty()) {
				continue;
			}
			for (Instant t = s.start(); t.isBefore(s.end()); t = t.plus(Duration.ofHours(1))) {
				double part = Math.min(1.0, Duration.between(t, s.end()).toMinutes() / 60.0) * s.people() / within.size();
				ZonedDateTime local = t.atZone(zone);
				int hour = (local.getDayOfWeek().getValue() - 1) * 24 + local.getHour();
				for (long z : within) {
					hours.get(z)[hour] += part;
				}
			}
		}
		return hours;
	}

	private static OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}
}
