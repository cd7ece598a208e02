package org.qunfang.patrol.runs;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.qunfang.organization.AdminUnit;
import org.qunfang.organization.AdminUnits;
import org.qunfang.organization.Education;
import org.qunfang.organization.Health;
import org.qunfang.organization.HouseholdCategory;
import org.qunfang.organization.Relation;
import org.qunfang.organization.registry.HouseholdRegister;
import org.qunfang.organization.registry.NewHousehold;
import org.qunfang.organization.registry.NewResident;
import org.qunfang.platform.IdGenerator;
import org.qunfang.support.Fixtures;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Object mother for patrol duty: village A's patrol member as a resident, and shifts they are assigned to. */
public final class PatrolDutiesForTests {

	private final Fixtures fixtures;
	private final JdbcClient jdbc;

	public PatrolDutiesForTests(Fixtures fixtures) {
		this.fixtures = fixtures;
		this.jdbc = fixtures.bean(JdbcClient.class);
	}

	/** The resident a.patrol is (matched by the phone number of the account), added once. */
	public synchronized long member() {
		return jdbc.sql("select id from resident where name = '甲村王巡'").query(Long.class).optional()
			.orElseGet(() -> {
				HouseholdRegister register = fixtures.bean(HouseholdRegister.class);
				long household = register.createHousehold(fixtures.caller("a.director"), new NewHousehold(fixtures.id("A"), null,
						"A-0900", "甲村西街9号", HouseholdCategory.ORDINARY));
				return register.addResident(fixtures.caller("a.director"), household, new NewResident("甲村王巡",
						Fixtures.idNumber("43072119880808123"), Fixtures.PHONE_OF_A_PATROL, Relation.HEAD, Education.JUNIOR_HIGH,
						Health.GOOD, false, null));
			});
	}

	/** A shift of village A's committee in zone A from start to end, with the resident on it; its id. */
	public long shift(Instant start, Instant end, long residentId, Long zoneId) {
		return shift(start, end, residentId, zoneId, fixtures.id("orgA"));
	}

	/** A shift of an organization of village A. */
	public long shift(Instant start, Instant end, long residentId, Long zoneId, long orgId) {
		IdGenerator ids = fixtures.bean(IdGenerator.class);
		AdminUnit village = fixtures.bean(AdminUnits.class).find(fixtures.id("A")).orElseThrow();
		long pattern = ids.next();
		jdbc.sql("""
				insert into patrol_pattern (id, county_id, village_id, scope_path, org_id, name, kind, summer_start, summer_end,
				  winter_start, winter_end, weekdays, min_staff, leader_required, active, created_at)
				values (:id, :c, :v, :path, :org, :name, 'NIGHT_PATROL', '20:00', '23:00', '19:00', '22:00', '1,2,3,4,5,6,7', 1,
				  false, true, :now)""")
			.param("id", pattern).param("c", village.countyId()).param("v", village.id()).param("path", village.scopePath())
			.param("org", orgId).param("name", "夜巡" + pattern).param("now", utc(start)).update();
		long schedule = ids.next();
		jdbc.sql("""
				insert into patrol_schedule (id, county_id, village_id, scope_path, org_id, period_start, period_end, status,
				  created_by, created_at, version)
				values (:id, :c, :v, :path, :org, :from, :to, 'PUBLISHED', 'test', :now, 0)""")
			.param("id", schedule).param("c", village.countyId()).param("v", village.id()).param("path", village.scopePath())
			.param("org", orgId).param("from", utc(start).toLocalDate()).param("to", utc(end).toLocalDate())
			.param("now", utc(start)).update();
		long shift = ids.next();
		jdbc.sql("""
				insert into patrol_shift (id, schedule_id, county_id, village_id, scope_path, pattern_id, zone_id, starts_at, ends_at,
				  required, leader_required)
				values (:id, :s, :c, :v, :path, :p, :z, :start, :end, 1, false)""")
			.param("id", shift).param("s", schedule).param("c", village.countyId()).param("v", village.id())
			.param("path", village.scopePath()).param("p", pattern).param("z", zoneId).param("start", utc(start))
			.param("end", utc(end)).update();
		jdbc.sql("""
				insert into patrol_assignment (id, shift_id, county_id, scope_path, resident_id, leader, pinned, source)
				values (:id, :s, :c, :path, :r, true, false, 'TEST')""")
			.param("id", ids.next()).param("s", shift).param("c", village.countyId()).param("path", village.scopePath())
			.param("r", residentId).update();
		return shift;
	}

	/** Ends every open run of a user, so a test starts from no patrol in progress. */
	public void endOpenRuns(String username) {
		jdbc.sql("update patrol_run set status = 'ENDED', ended_at = started_at where user_id = :u and status = 'ACTIVE'")
			.param("u", fixtures.id(username)).update();
	}

	static OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}
}
