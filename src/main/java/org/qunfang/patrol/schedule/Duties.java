package org.qunfang.patrol.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's duties: the shifts of published or drafted schedules a resident is assigned to. The phone-side
 * (runs, check-ins, "my duties today") asks here; it checks the caller itself.
 */
@Service
public class Duties {

	/**
	 * One shift a resident is assigned to.
	 *
	 * @param zoneId the zone the shift covers, or {@code null} when the pattern covers the whole village
	 * @param leader whether the resident leads the shift
	 */
	public record Duty(long shiftId, long scheduleId, long orgId, long villageId, String scopePath, Long zoneId,
			Instant start, Instant end, boolean leader) {
	}

	private final JdbcClient jdbc;
	private final ZoneId zone;

	Duties(JdbcClient jdbc, ZoneId displayZone) {
		this.jdbc = jdbc;
		this.zone = displayZone;
	}

	/** The duties of a resident starting on the days from {@code from} to {@code to} inclusive, by start. */
	@Transactional(readOnly = true)
	public List<Duty> of(long countyId, long residentId, LocalDate from, LocalDate to) {
		Instant start = from.atStartOfDay(zone).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
		return jdbc.sql(SELECT + " " + """
				 where a.county_id = :c and a.resident_id = :r and s.starts_at >= :from and s.starts_at < :to
				   and sc.status <> 'DISCARDED'
				 order by s.starts_at, s.id""")
			.param("c", countyId).param("r", residentId).param("from", utc(start)).param("to", utc(end))
			.query((rs, n) -> row(rs)).list();
	}

	/**
	 * The duty of a resident at a moment: a shift running then, or the nearest starting within
	 * {@code slackMinutes} (a patrol started a little early or late still belongs to its shift).
	 */
	@Transactional(readOnly = true)
	public Optional<Duty> shiftAt(long countyId, long residentId, Instant at, int slackMinutes) {
		Instant from = at.plusSeconds(slackMinutes * 60L);
		Instant to = at.minusSeconds(slackMinutes * 60L);
		return jdbc.sql(SELECT + " " + """
				 where a.county_id = :c and a.resident_id = :r and s.starts_at <= :from and s.ends_at >= :to
				   and sc.status <> 'DISCARDED'
				 order by s.starts_at desc, s.id""")
			.param("c", countyId).param("r", residentId).param("from", utc(from)).param("to", utc(to))
			.query((rs, n) -> row(rs)).list().stream().findFirst();
	}

	/** The duties of a resident whose shift overlaps the interval, by start (schedules not discarded). */
	@Transactional(readOnly = true)
	public List<Duty> overlapping(long countyId, long residentId, Instant from, Instant to) {
		return jdbc.sql(SELECT + " " + """
				 where a.county_id = :c and a.resident_id = :r and s.starts_at <= :to and s.ends_at >= :from
				   and sc.status <> 'DISCARDED'
				 order by s.starts_at, s.id""")
			.param("c", countyId).param("r", residentId).param("from", utc(from)).param("to", utc(to))
			.query((rs, n) -> row(rs)).list();
	}

	/** The duty a resident has on one shift, if assigned to it. */
	@Transactional(readOnly = true)
	public Optional<Duty> onShift(long countyId, long residentId, long shiftId) {
		return jdbc.sql(SELECT + " where a.county_id = :c and a.resident_id = :r and s.id = :s")
			.param("c", countyId).param("r", residentId).param("s", shiftId).query((rs, n) -> row(rs)).optional();
	}

	private static final String SELECT = """
			select s.id, s.schedule_id, sc.org_id, s.village_id, s.scope_path, s.zone_id, s.starts_at, s.ends_at, a.leader
			from patrol_assignment a join patrol_shift s on s.id = a.shift_id join patrol_schedule sc on sc.id = s.schedule_id""";

	private static java.time.OffsetDateTime utc(Instant instant) {
		return instant.atOffset(java.time.ZoneOffset.UTC);
	}

	private static Duty row(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Duty(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5), (Long) rs.getObject(6),
				rs.getObject(7, java.time.OffsetDateTime.class).toInstant(),
				rs.getObject(8, java.time.OffsetDateTime.class).toInstant(), rs.getBoolean(9));
	}
}
