package org.qunfang.cases.register;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.qunfang.cases.internal.CasesSettings;
import org.qunfang.cases.internal.CasesSettings.Setting;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds cases already registered that may be the one being entered: same village, same type, close in
 * time (the county's duplicate window either side) and in the same place. Places compare by
 * coordinates when both cases have them (within the county's distance), otherwise by the named place,
 * otherwise by village group; a case with no place finer than the village matches any place there.
 */
@Component
public class DuplicateCheck {

	/** A case that may be the same one. */
	public record Candidate(long id, String caseNo, Instant occurredAt, String place, CaseStatus status, String summary) {
	}

	private record Existing(Candidate candidate, Long groupId, String place, Double lat, Double lon) {
	}

	private static final double EARTH_RADIUS_METRES = 6_371_000;

	private final JdbcClient jdbc;
	private final CasesSettings settings;

	DuplicateCheck(JdbcClient jdbc, CasesSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	public List<Candidate> candidates(long countyId, long villageId, String caseType, Instant occurredAt, Long groupId,
			String place, Double lat, Double lon) {
		Duration window = Duration.ofHours(settings.value(countyId, Setting.DUPLICATE_HOURS));
		int metres = settings.value(countyId, Setting.DUPLICATE_METRES);
		return jdbc.sql("""
				select id, case_no, occurred_at, place, status, summary, group_id, latitude, longitude from case_record
				where county_id = :c and village_id = :v and case_type = :t and occurred_at between :from and :to
				order by occurred_at""")
			.param("c", countyId).param("v", villageId).param("t", caseType)
			.param("from", CaseFiles.utc(occurredAt.minus(window))).param("to", CaseFiles.utc(occurredAt.plus(window)))
			.query((rs, n) -> new Existing(new Candidate(rs.getLong(1), rs.getString(2),
					rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4), CaseStatus.valueOf(rs.getString(5)),
					abbreviate(rs.getString(6))), (Long) rs.getObject(7), rs.getString(4), (Double) rs.getObject(8),
					(Double) rs.getObject(9)))
			.list().stream().filter(e -> samePlace(e, groupId, place, lat, lon, metres)).map(Existing::candidate).toList();
	}

	private static boolean samePlace(Existing e, Long groupId, String place, Double lat, Double lon, int metres) {
		if (lat != null && lon != null && e.lat() != null && e.lon() != null) {
			return metres(lat, lon, e.lat(), e.lon()) <= metres;
		}
		if (place != null && e.place() != null) {
			return normalize(place).equals(normalize(e.place()));
		}
		if (groupId != null && e.groupId() != null) {
			return groupId.equals(e.groupId());
		}
		return true;
	}

	/** Great-circle distance in metres (haversine). */
	static double metres(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2))
				* Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
	}

	private static String normalize(String place) {
		return place.replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
	}

	private static String abbreviate(String text) {
		return text.length() <= 80 ? text : text.substring(0, 79) + "…";
	}
}
