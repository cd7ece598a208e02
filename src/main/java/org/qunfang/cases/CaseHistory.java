package org.qunfang.cases;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where and when cases happened in a village, for the modules that weigh patrols by them (the patrol
 * schedule, the risk model). Only place, time and type leave the register; no people.
 */
@Service
public class CaseHistory {

	/**
	 * One registered case as a point in space and time.
	 *
	 * @param foundOnPatrol whether a patrol found it (such cases say as much about where patrols went as
	 *        about where cases happen)
	 */
	public record Sighting(long caseId, String caseType, Instant occurredAt, Long groupId, String place, Double latitude,
			Double longitude, boolean foundOnPatrol) {
	}

	private final JdbcClient jdbc;

	CaseHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The cases of a village that occurred at or after {@code since}, oldest first. */
	@Transactional(readOnly = true)
	public List<Sighting> of(long countyId, long villageId, Instant since) {
		return jdbc.sql("""
				select id, case_type, occurred_at, group_id, place, latitude, longitude, channel from case_record
				where county_id = :c and village_id = :v and occurred_at >= :since order by occurred_at, id""")
			.param("c", countyId).param("v", villageId).param("since", since.atOffset(ZoneOffset.UTC))
			.query((rs, n) -> new Sighting(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class).toInstant(),
					(Long) rs.getObject(4), rs.getString(5), (Double) rs.getObject(6), (Double) rs.getObject(7),
					"PATROL".equals(rs.getString(8))))
			.list();
	}

	/** The names of the county's case types in the language, by code (for saying what happened). */
	@Transactional(readOnly = true)
	public java.util.Map<String, String> typeNames(long countyId, java.util.Locale locale) {
		boolean chinese = locale == null || "zh".equals(locale.getLanguage());
		java.util.Map<String, String> names = new java.util.HashMap<>();
		jdbc.sql("select code, name_zh, name_en from case_type where county_id = :c").param("c", countyId)
			.query(rs -> {
				names.put(rs.getString(1), chinese || rs.getString(3) == null ? rs.getString(2) : rs.getString(3));
			});
		return names;
	}
}
