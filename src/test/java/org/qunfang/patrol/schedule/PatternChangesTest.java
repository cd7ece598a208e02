package org.qunfang.patrol.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qunfang.identity.Caller;
import org.qunfang.identity.Jurisdiction;
import org.qunfang.identity.Role;
import org.qunfang.identity.ScopeDirectory;
import org.qunfang.identity.ScopeUnit;
import org.qunfang.organization.Education;
import org.qunfang.organization.Health;
import org.qunfang.organization.HouseholdCategory;
import org.qunfang.organization.OrganizationPermissions;
import org.qunfang.organization.OrganizationType;
import org.qunfang.organization.Relation;
import org.qunfang.organization.Remuneration;
import org.qunfang.organization.bodies.Appointments;
import org.qunfang.organization.bodies.NewAppointment;
import org.qunfang.organization.bodies.NewOrganization;
import org.qunfang.organization.bodies.PreventionOrganizations;
import org.qunfang.organization.registry.HouseholdRegister;
import org.qunfang.organization.registry.NewHousehold;
import org.qunfang.organization.registry.NewResident;
import org.qunfang.patrol.PatrolPermissions;
import org.qunfang.patrol.patterns.ShiftKind;
import org.qunfang.patrol.patterns.ShiftPattern;
import org.qunfang.patrol.patterns.ShiftPatterns;
import org.qunfang.patrol.zones.PatrolZones;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.NotFoundException;
import org.qunfang.support.Fixtures;
import org.qunfang.support.IntegrationTest;
import org.qunfang.support.WebSession;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A village's patrol team changes its night patrol and retires its joint day duty with the neighboring
 * village: rosters planned afterwards follow, those planned before keep their shifts. Bad input is refused
 * in the reader's language and changes nothing; another village sees none of it; the API does the same.
 */
class PatternChangesTest extends IntegrationTest {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
	private static final Map<String, Long> IDS = new HashMap<>();

	private Caller planner;

	@BeforeEach
	void villages() {
		planner = fixtures.caller("t1.officer");
		synchronized (IDS) {
			if (IDS.isEmpty()) {
				build();
			}
		}
	}

	/**
	 * Two villages of township T1, each with a patrol team (the first with a leader and three members, only
	 * for the test that plans rosters), and a committee in the first.
	 */
	private void build() {
		long host = fixtures.newVillage("PAT");
		long partner = fixtures.newVillage("PAP");
		var organizations = fixtures.bean(PreventionOrganizations.class);
		LocalDate established = LocalDate.of(2026, 1, 1);
		long team = organizations.create(planner, new NewOrganization(host, OrganizationType.FULL_TIME_PATROL, "班次测试巡逻队",
				established, List.of()));
		long partnerTeam = organizations.create(planner, new NewOrganization(partner, OrganizationType.FULL_TIME_PATROL,
				"班次测试邻村巡逻队", established, List.of()));
		for (int i = 0; i < 4; i++) {
			member(host, team, "PAT-" + i, "班次队员" + i, i, i == 0 ? "TEAM_LEADER" : "PATROL_MEMBER");
		}
		for (int i = 4; i < 6; i++) {
			member(partner, partnerTeam, "PAP-" + i, "邻村队员" + i, i, "PATROL_MEMBER");
		}
		IDS.put("host", host);
		IDS.put("team", team);
		// A committee without members whose patterns no roster is planned from, for the tests that only keep patterns.
		IDS.put("committee", organizations.create(planner, new NewOrganization(host, OrganizationType.SECURITY_COMMITTEE,
				"班次测试治保会", established, List.of())));
		IDS.put("partnerTeam", partnerTeam);
		IDS.put("border", fixtures.bean(PatrolZones.class).createZone(planner, partner, "两村交界路", null, null, null));
	}

	private void member(long village, long team, String householdNo, String name, int serial, String post) {
		var register = fixtures.bean(HouseholdRegister.class);
		long household = register.createHousehold(planner, new NewHousehold(village, null, householdNo, name + "家",
				HouseholdCategory.ORDINARY));
		long resident = register.addResident(planner, household, new NewResident(name,
				Fixtures.idNumber("43072219870312" + String.format("%03d", serial)), null, Relation.HEAD, Education.JUNIOR_HIGH,
				Health.GOOD, false, null));
		fixtures.bean(Appointments.class).appoint(planner, team, new NewAppointment(resident, post, Remuneration.SALARY,
				LocalDate.of(2026, 1, 1), null), Locale.SIMPLIFIED_CHINESE);
	}

	private ShiftPatterns patterns() {
		return fixtures.bean(ShiftPatterns.class);
	}

	private Schedules schedules() {
		return fixtures.bean(Schedules.class);
	}

	private static ShiftPatterns.NewPattern night(long team, String name) {
		return new ShiftPatterns.NewPattern(team, null, name, ShiftKind.NIGHT_PATROL, LocalTime.of(20, 0), LocalTime.of(23, 0),
				LocalTime.of(19, 0), LocalTime.of(22, 0), EnumSet.allOf(DayOfWeek.class), 2, true, List.of());
	}

	/** What a roster's shift was given when it was planned. */
	private record Copied(long id, long patternId, Long zoneId, java.time.Instant start, java.time.Instant end, int required,
			boolean leaderRequired) {

		static List<Copied> of(Schedules.ScheduleView schedule) {
			return schedule.shifts().stream().map(s -> new Copied(s.id(), s.patternId(), s.zoneId(), s.start(), s.end(),
					s.required(), s.leaderRequired())).toList();
		}
	}

	@Test
	void anEditAppliesToRostersPlannedAfterwardsAndARetiredPatternToNone() {
		long team = IDS.get("team");
		long nightId = patterns().create(planner, night(team, "班次测试夜巡"));
		long jointId = patterns().create(planner, new ShiftPatterns.NewPattern(team, IDS.get("partnerTeam"), "两村白天联防",
				ShiftKind.DAY_DUTY, LocalTime.of(8, 0), LocalTime.of(12, 0), LocalTime.of(8, 0), LocalTime.of(12, 0),
				EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), 1, false, List.of(IDS.get("border"))));
		LocalDate monday = LocalDate.of(2026, 11, 2);
		long before = schedules().build(planner, team, monday, monday.plusDays(6));
		List<Copied> planned = Copied.of(schedules().get(planner, before));
		assertThat(planned).hasSize(10);

		ShiftPattern night = patterns().get(planner, nightId);
		patterns().update(planner, nightId, new ShiftPatterns.NewPattern(team, null, "班次测试夜巡（改）", ShiftKind.NIGHT_PATROL,
				LocalTime.of(22, 0), LocalTime.of(2, 0), LocalTime.of(21, 0), LocalTime.of(1, 0),
				EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), 1, false, List.of()));
		patterns().retire(planner, jointId);

		assertThat(Copied.of(schedules().get(planner, before))).as("the roster planned before keeps its shifts")
			.isEqualTo(planned);
		assertThat(schedules().load(schedules().get(planner, before), (s, r) -> true).getShifts())
			.filteredOn(s -> s.patternId() == jointId).hasSize(3)
			.allSatisfy(s -> assertThat(s.partnerOrgId()).as("a retired joint patrol's shifts keep the partner's members")
				.isEqualTo(IDS.get("partnerTeam")));
		assertThat(patterns().ofOrganization(fixtures.id("county"), team)).extracting(ShiftPattern::id).containsExactly(nightId);

		long after = schedules().build(planner, team, monday.plusWeeks(1), monday.plusWeeks(1).plusDays(6));
		List<Schedules.ShiftView> shifts = schedules().get(planner, after).shifts();
		assertThat(shifts).as("the changed night patrol, Monday to Friday, and nothing of the retired pattern").hasSize(5)
			.allSatisfy(s -> {
				assertThat(s.patternId()).isEqualTo(nightId);
				ZonedDateTime start = s.start().atZone(ZONE);
				assertThat(start.toLocalTime()).as("winter hours").isEqualTo(LocalTime.of(21, 0));
				assertThat(s.end().atZone(ZONE)).isEqualTo(start.toLocalDate().plusDays(1).atTime(1, 0).atZone(ZONE));
				assertThat(s.required()).isEqualTo(1);
				assertThat(s.leaderRequired()).isFalse();
			});

		// The host village's own security director sees the joint patrol but changes it only with the township.
		ScopeUnit village = fixtures.bean(ScopeDirectory.class).find(IDS.get("host")).orElseThrow();
		Caller director = new Caller(fixtures.id("a.security"), "pat.security", "班次测试治保主任", Role.SECURITY_DIRECTOR,
				village.homePath(), Jurisdiction.of(village), Set.of(PatrolPermissions.VIEW, PatrolPermissions.SCHEDULE_PLAN,
						OrganizationPermissions.REGISTRY_VIEW));
		assertThat(patterns().changeableBy(director, patterns().get(director, jointId))).isFalse();
		assertThat(patterns().changeableBy(director, patterns().get(director, nightId))).isTrue();
		assertThatThrownBy(() -> patterns().reactivate(director, jointId)).isInstanceOf(DomainException.class)
			.hasMessageContaining("error.patrol.pattern-joint-jurisdiction");
		assertThat(patterns().get(planner, jointId).active()).isFalse();

		patterns().reactivate(planner, jointId);
		assertThat(patterns().get(planner, jointId).active()).isTrue();
		assertThat(patterns().ofOrganization(fixtures.id("county"), team)).extracting(ShiftPattern::id)
			.containsExactlyInAnyOrder(nightId, jointId);
		assertThat(patterns().get(planner, nightId)).as("everything but the fields changed stays").satisfies(p -> {
			assertThat(p.name()).isEqualTo("班次测试夜巡（改）");
			assertThat(p.orgId()).isEqualTo(night.orgId());
			assertThat(p.active()).isTrue();
		});
		JdbcClient jdbc = fixtures.bean(JdbcClient.class);
		for (String[] logged : new String[][] { { "patrol.pattern.update", String.valueOf(nightId) },
				{ "patrol.pattern.retire", String.valueOf(jointId) }, { "patrol.pattern.reactivate", String.valueOf(jointId) } }) {
			assertThat(jdbc.sql("select outcome from operation_log where action = :a and target_id = :t")
				.param("a", logged[0]).param("t", logged[1]).query(String.class).list()).as(logged[0]).contains("SUCCESS");
		}
	}

	@Test
	void badInputIsRefusedInTheReadersLanguageAndChangesNothing() {
		long team = IDS.get("committee");
		long id = patterns().create(planner, night(team, "班次测试周末巡"));
		ShiftPattern original = patterns().get(planner, id);

		WebSession officer = signedIn("t1.officer");
		Map<String, String> noDays = Map.of("name", "改名", "kind", "NIGHT_PATROL", "summerStart", "20:00", "summerEnd",
				"23:00", "winterStart", "19:00", "winterEnd", "22:00", "minStaff", "2");
		assertThat(officer.post("/patrol/patterns/" + id, noDays).statusCode()).isEqualTo(302);
		assertThat(officer.get("/patrol/patterns/" + id).body()).contains("请至少选择一天").contains("班次测试周末巡")
			.contains("只影响此后编排的值班表");
		assertThat(officer.post("/patrol/patterns/" + id, Map.of("name", "改名", "summerStart", "8 点")).statusCode())
			.as("an hour that is none").isEqualTo(400);
		WebSession english = signedIn("t1.officer").language("en");
		english.post("/patrol/patterns/" + id, noDays);
		assertThat(english.get("/patrol/patterns/" + id).body()).contains("Choose at least one day.");

		HttpResponse<String> noStaff = english.json("PUT", "/api/v1/patrol/patterns/" + id, """
				{"name":"改名","kind":"NIGHT_PATROL","summerStart":"20:00","summerEnd":"23:00","winterStart":"19:00",
				 "winterEnd":"22:00","weekdays":["MONDAY"],"minStaff":0}""", Map.of());
		assertThat(noStaff.statusCode()).isEqualTo(422);
		assertThat(noStaff.body()).contains("A shift needs between 1 and 20 people.");
		HttpResponse<String> samePlace = officer.json("PUT", "/api/v1/patrol/patterns/" + id, """
				{"name":"改名","kind":"NIGHT_PATROL","summerStart":"20:00","summerEnd":"20:00","winterStart":"19:00",
				 "winterEnd":"22:00","weekdays":["MONDAY"],"minStaff":2}""", Map.of());
		assertThat(samePlace.statusCode()).isEqualTo(422);
		assertThat(samePlace.body()).contains("开始与结束不能相同");
		assertThatThrownBy(() -> patterns().update(planner, id, new ShiftPatterns.NewPattern(team, IDS.get("partnerTeam"),
				"改名", ShiftKind.NIGHT_PATROL, LocalTime.of(20, 0), LocalTime.of(23, 0), LocalTime.of(19, 0), LocalTime.of(22, 0),
				EnumSet.allOf(DayOfWeek.class), 2, true, List.of())))
			.isInstanceOf(DomainException.class).hasMessageContaining("error.patrol.pattern-owner-fixed");
		assertThatThrownBy(() -> patterns().update(planner, id, new ShiftPatterns.NewPattern(team, null, "改名",
				ShiftKind.NIGHT_PATROL, LocalTime.of(20, 0), LocalTime.of(23, 0), LocalTime.of(19, 0), LocalTime.of(22, 0),
				EnumSet.allOf(DayOfWeek.class), 2, true, List.of(fixtures.id("zoneA")))))
			.as("a zone of another village").isInstanceOf(DomainException.class)
			.hasMessageContaining("error.patrol.zone-other-village");
		assertThatThrownBy(() -> patterns().reactivate(planner, id)).isInstanceOf(DomainException.class)
			.hasMessageContaining("error.patrol.pattern-already-active");

		assertThat(patterns().get(planner, id)).isEqualTo(original);
	}

	@Test
	void anotherVillageNeitherSeesNorChangesVillageAsPattern() {
		long pattern = fixtures.id("patternA");
		ShiftPattern original = patterns().get(planner, pattern);
		Caller other = fixtures.caller("b.security");
		assertThatThrownBy(() -> patterns().get(other, pattern)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> patterns().update(other, pattern, new ShiftPatterns.NewPattern(original.orgId(), null, "乙村改的",
				ShiftKind.DAY_DUTY, LocalTime.of(8, 0), LocalTime.of(17, 0), LocalTime.of(8, 0), LocalTime.of(17, 0),
				EnumSet.allOf(DayOfWeek.class), 1, false, List.of()))).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> patterns().retire(other, pattern)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> patterns().ofOrganization(other, original.orgId())).isInstanceOf(NotFoundException.class);
		assertThat(patterns().inJurisdiction(other)).extracting(ShiftPattern::id).doesNotContain(pattern);

		WebSession b = signedIn("b.security");
		assertThat(b.get("/patrol/patterns/" + pattern).statusCode()).isEqualTo(404);
		assertThat(b.post("/patrol/patterns/" + pattern + "/retire", Map.of()).statusCode()).isEqualTo(404);
		assertThat(b.get("/patrol/patterns").body()).doesNotContain("甲村白天值班");
		assertThat(b.json("GET", "/api/v1/patrol/patterns/" + pattern, null, Map.of()).statusCode()).isEqualTo(404);
		assertThat(b.json("PUT", "/api/v1/patrol/patterns/" + pattern, """
				{"name":"乙村改的","kind":"DAY_DUTY","summerStart":"08:00","summerEnd":"17:00","winterStart":"08:00",
				 "winterEnd":"17:00","weekdays":["MONDAY"],"minStaff":1}""", Map.of()).statusCode()).isEqualTo(404);
		assertThat(b.json("POST", "/api/v1/patrol/patterns/" + pattern + "/retire", "{}", Map.of()).statusCode()).isEqualTo(404);
		assertThat(b.json("GET", "/api/v1/patrol/organizations/" + original.orgId() + "/patterns", null, Map.of())
			.statusCode()).isEqualTo(404);

		assertThat(patterns().get(planner, pattern)).isEqualTo(original);
	}

	@Test
	void theApiAddsReadsChangesRetiresAndReactivatesAPattern() {
		long team = IDS.get("committee");
		WebSession officer = signedIn("t1.officer");
		HttpResponse<String> created = officer.json("POST", "/api/v1/patrol/organizations/" + team + "/patterns", """
				{"name":"接口夜巡","kind":"NIGHT_PATROL","summerStart":"21:00","summerEnd":"01:00","winterStart":"19:00",
				 "winterEnd":"23:00","weekdays":["FRIDAY","SATURDAY"],"minStaff":2,"leaderRequired":true}""", Map.of());
		assertThat(created.statusCode()).isEqualTo(201);
		String location = created.headers().firstValue("Location").orElseThrow();
		assertThat(location).startsWith("/api/v1/patrol/patterns/");
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(created.body()).contains("\"name\":\"接口夜巡\"").contains("\"summerEnd\":\"01:00")
			.contains("\"weekdays\":[\"FRIDAY\",\"SATURDAY\"]").contains("\"active\":true");

		assertThat(officer.json("GET", "/api/v1/patrol/patterns/" + id, null, Map.of()).body()).contains("接口夜巡");
		assertThat(officer.json("GET", "/api/v1/patrol/organizations/" + team + "/patterns", null, Map.of()).body())
			.contains("接口夜巡");

		HttpResponse<String> changed = officer.json("PUT", "/api/v1/patrol/patterns/" + id, """
				{"name":"接口夜巡（周末）","kind":"NIGHT_PATROL","summerStart":"22:00","summerEnd":"02:00","winterStart":"20:00",
				 "winterEnd":"23:30","weekdays":["SATURDAY","SUNDAY"],"minStaff":3,"leaderRequired":false}""", Map.of());
		assertThat(changed.statusCode()).isEqualTo(200);
		ShiftPattern pattern = patterns().get(planner, id);
		assertThat(pattern.name()).isEqualTo("接口夜巡（周末）");
		assertThat(pattern.summerStart()).isEqualTo(LocalTime.of(22, 0));
		assertThat(pattern.winterEnd()).isEqualTo(LocalTime.of(23, 30));
		assertThat(pattern.weekdays()).containsExactly(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
		assertThat(pattern.minStaff()).isEqualTo(3);
		assertThat(pattern.leaderRequired()).isFalse();

		HttpResponse<String> retired = officer.json("POST", "/api/v1/patrol/patterns/" + id + "/retire", "{}", Map.of());
		assertThat(retired.statusCode()).isEqualTo(200);
		assertThat(retired.body()).contains("\"active\":false");
		HttpResponse<String> again = officer.json("POST", "/api/v1/patrol/patterns/" + id + "/retire", "{}", Map.of());
		assertThat(again.statusCode()).isEqualTo(422);
		assertThat(again.body()).contains("这个班次已经停用");
		assertThat(officer.get("/patrol/patterns").body()).as("retired, greyed, with a button to take it up again")
			.contains("id=\"pattern-" + id + "\" class=\"table-secondary")
			.contains("/patrol/patterns/" + id + "/reactivate");

		HttpResponse<String> reactivated = officer.json("POST", "/api/v1/patrol/patterns/" + id + "/reactivate", "{}", Map.of());
		assertThat(reactivated.statusCode()).isEqualTo(200);
		assertThat(reactivated.body()).contains("\"active\":true");
		assertThat(officer.post("/patrol/patterns/" + id + "/retire", Map.of()).statusCode()).isEqualTo(302);
		assertThat(patterns().get(planner, id).active()).isFalse();
		assertThat(officer.post("/patrol/patterns/" + id + "/reactivate", Map.of()).statusCode()).isEqualTo(302);
		assertThat(patterns().get(planner, id).active()).isTrue();
	}
}
