package org.qunfang.patrol.runs;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The shifts members are assigned to, read from the published schedules. */
@Component
class DutyRoster {

	private static final String SELECT = """
			select s.id, s.schedule_id, sc.org_id, s.county_id, s.village_id, s.scope_path, s.zone_id, s.starts_at, s.ends_at,
			  a.leader
			from patrol_assignment a join patrol_shift s on s.id = a.shift_id join patrol_schedule sc on sc.id = s.schedule_id
			""";

	private final JdbcClient jdbc;

	DutyRoster(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A resident's shifts that overlap the interval, by start. */
	List<Duty> of(long countyId, long residentId, Instant from, Instant to) {
		return jdbc.sql(SELECT + """
				where a.county_id = :c and a.resident_id = :r and s.starts_at <= :to and s.ends_at >= :from
				order by s.starts_at, s.id""")
			.param("c", countyId).param("r", residentId).param("from", utc(from)).param("to", utc(to))
			.query((rs, n) -> new Duty(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
					rs.getString(6), (Long) rs.getObject(7), rs.getObject(8, OffsetDateTime.class).toInstant(),
					rs.getObject(9, OffsetDateTime.class).toInstant(), rs.getBoolean(10)))
			.list();
	}

	static OffsetDateTime utc(Instant at) {
		return at == null ? null : at.atOffset(ZoneOffset.UTC);
	}
}
