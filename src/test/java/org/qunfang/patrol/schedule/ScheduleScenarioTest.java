package org.qunfang.patrol.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qunfang.identity.Caller;
import org.qunfang.identity.Jurisdiction;
import org.qunfang.identity.PermissionDefinition;
import org.qunfang.identity.Role;
import org.qunfang.identity.ScopeDirectory;
import org.qunfang.identity.ScopeUnit;
import org.qunfang.identity.internal.RolePermissions;
import org.qunfang.organization.Education;
import org.qunfang.organization.Health;
import org.qunfang.organization.HouseholdCategory;
import org.qunfang.organization.OrganizationType;
import org.qunfang.organization.Relation;
import org.qunfang.organization.Remuneration;
import org.qunfang.organization.bodies.Appointments;
import org.qunfang.organization.bodies.JointDefense;
import org.qunfang.organization.bodies.NewAppointment;
import org.qunfang.organization.bodies.NewOrganization;
import org.qunfang.organization.bodies.PreventionOrganizations;
import org.qunfang.organization.registry.HouseholdRegister;
import org.qunfang.organization.registry.NewHousehold;
import org.qunfang.organization.registry.NewResident;
import org.qunfang.patrol.patterns.ShiftKind;
import org.qunfang.patrol.patterns.ShiftPatterns;
import org.qunfang.support.Fixtures;
import org.qunfang.support.IntegrationTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A week of a village's patrols: a voluntary ten-household group keeps day duty by rotation, a full-time team
 * walks the nights two by two with a leader. The schedule respects the rotation and the rules; one absence is
 * re-planned without moving any other assignment; an edit that breaks a rule is refused with the rule named.
 */
class ScheduleScenarioTest extends IntegrationTest {

	private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);
	private static final LocalDate SUNDAY = MONDAY.plusDays(6);
	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final Map<String, Map<String, Long>> VILLAGES = new HashMap<>();

	private Caller admin;
	private Caller planner;
	private Map<String, Long> ids;

	@BeforeEach
	void village() {
		ScopeUnit county = fixtures.bean(ScopeDirectory.class).find(fixtures.id("county")).orElseThrow();
		admin = new Caller(fixtures.id("t.admin"), "t.admin", "测试管理员", Role.COUNTY_ADMIN, county.homePath(),
				Jurisdiction.of(county), fixtures.bean(RolePermissions.class).catalog().stream()
					.map(PermissionDefinition::code).collect(Collectors.toSet()));
		planner = fixtures.caller("t1.officer");
		ids = VILLAGES.computeIfAbsent("SCH", k -> build());
	}

	private Map<String, Long> build() {
		Map<String, Long> made = new HashMap<>();
		long village = fixtures.newVillage("SCH");
		made.put("village", village);
		var register = fixtures.bean(HouseholdRegister.class);
		var organizations = fixtures.bean(PreventionOrganizations.class);
		var appointments = fixtures.bean(Appointments.class);
		var joint = fixtures.bean(JointDefense.class);
		LocalDate established = LocalDate.of(2026, 1, 1);
		long team = organizations.create(admin, new NewOrganization(village, OrganizationType.FULL_TIME_PATROL, "测试专职巡逻队",
				established, List.of()));
		long group = organizations.create(admin, new NewOrganization(village, OrganizationType.TEN_HOUSEHOLD, "测试十户联防",
				established, List.of()));
		made.put("team", team);
		made.put("group", group);
		int serial = 0;
		for (int h = 0; h < 8; h++) {
			long household = register.createHousehold(admin, new NewHousehold(village, null, "SCH-" + h, "测试村" + h + "号",
					HouseholdCategory.ORDINARY));
			long first = register.addResident(admin, household, new NewResident("测试户" + h + "甲",
					Fixtures.idNumber("43072219850115" + String.format("%03d", serial++)), null, Relation.HEAD,
					Education.JUNIOR_HIGH, Health.GOOD, false, null));
			long second = register.addResident(admin, household, new NewResident("测试户" + h + "乙",
					Fixtures.idNumber("43072219880220" + String.format("%03d", serial++)), null,
					Relation.SPOUSE, Education.JUNIOR_HIGH, Health.GOOD, false, null));
			made.put("head" + h, first);
			made.put("spouse" + h, second);
			if (h < 4) {
				// Households 0–3 form the ten-household group: the head stands duty, the spouse substitutes.
				joint.addHousehold(admin, group, household, first);
				joint.setSubstitutes(admin, group, household, List.of(second));
				made.put("household" + h, household);
			} else {
				// Households 4–7 send both to the full-time team; the head of household 4 leads it.
				appointments.appoint(admin, team, new NewAppointment(first, h == 4 ? "TEAM_LEADER" : "PATROL_MEMBER",
						Remuneration.SALARY, established, null), Locale.SIMPLIFIED_CHINESE);
				if (h != 4) {
					appointments.appoint(admin, team, new NewAppointment(second, h == 5 ? "TEAM_LEADER" : "PATROL_MEMBER",
							Remuneration.SALARY, established, null), Locale.SIMPLIFIED_CHINESE);
				}
			}
		}
		var patterns = fixtures.bean(ShiftPatterns.class);
		patterns.create(planner, new ShiftPatterns.NewPattern(team, null, "夜间巡逻", ShiftKind.NIGHT_PATROL, LocalTime.of(21, 0),
				LocalTime.of(1, 0), LocalTime.of(19, 0), LocalTime.of(23, 30), EnumSet.allOf(DayOfWeek.class), 2, true,
				List.of()));
		patterns.create(planner, new ShiftPatterns.NewPattern(group, null, "联防值守", ShiftKind.DAY_DUTY, LocalTime.of(8, 0),
				LocalTime.of(18, 0), LocalTime.of(8, 0), LocalTime.of(17, 0), EnumSet.allOf(DayOfWeek.class), 1, false,
				List.of()));
		// The duty person of household 1 works in town on Wednesdays: the spouse stands in then.
		fixtures.bean(JdbcClient.class).sql("""
				insert into patrol_unavailable (id, county_id, scope_path, resident_id, weekday, from_time, to_time, reason)
				values (:id, :c, '/', :r, 3, null, null, '进城务工')""")
			.param("id", 990_001L).param("c", fixtures.id("county")).param("r", made.get("head1")).update();
		return made;
	}

	private Schedules schedules() {
		return fixtures.bean(Schedules.class);
	}

	@Test
	void theTenHouseholdGroupFollowsItsRotation() {
		long id = schedules().build(planner, ids.get("group"), MONDAY, SUNDAY);
		Schedules.ScheduleView schedule = schedules().get(planner, id);
		var joint = fixtures.bean(JointDefense.class);
		Map<Long, Long> dutyOf = new HashMap<>();
		Map<Long, Long> substituteOf = new HashMap<>();
		for (int h = 0; h < 4; h++) {
			dutyOf.put(ids.get("household" + h), ids.get("head" + h));
			substituteOf.put(ids.get("household" + h), ids.get("spouse" + h));
		}
		assertThat(schedule.shifts()).hasSize(7);
		for (Schedules.ShiftView shift : schedule.shifts()) {
			LocalDate day = LocalDate.ofInstant(shift.start(), ZONE);
			long household = joint.onDuty(admin, ids.get("group"), day).orElseThrow();
			long expected = day.getDayOfWeek() == DayOfWeek.WEDNESDAY && household == ids.get("household1")
					? substituteOf.get(household) : dutyOf.get(household);
			assertThat(shift.assignments()).as(day.toString()).extracting(Schedules.AssignmentView::residentId)
				.containsExactly(expected);
		}
	}

	@Test
	void theTeamWeekKeepsTheRulesAndOneAbsenceMovesNothingElse() {
		long id = schedules().build(planner, ids.get("team"), MONDAY, SUNDAY);
		Schedules.ScheduleView before = schedules().get(planner, id);
		assertThat(before.shifts()).hasSize(7).allSatisfy(shift -> {
			assertThat(shift.assignments().size()).isGreaterThanOrEqualTo(2);
			assertThat(shift.assignments()).anyMatch(Schedules.AssignmentView::leader);
		});
		assertThat(before.score()).startsWith("0hard/0medium");
		assertThat(before.unfilled()).isZero();

		// Someone on Wednesday's night falls ill for Wednesday and Thursday.
		Schedules.ShiftView wednesday = before.shifts().get(2);
		long absent = wednesday.assignments().stream().filter(a -> !a.leader()).findFirst().orElseThrow().residentId();
		int refilled = schedules().absence(planner, id, absent, MONDAY.plusDays(2), MONDAY.plusDays(3), "生病");
		Schedules.ScheduleView after = schedules().get(planner, id);

		List<String> moved = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			var old = before.shifts().get(i).assignments().stream().map(Schedules.AssignmentView::residentId)
				.filter(r -> r != absent).collect(Collectors.toSet());
			var now = after.shifts().get(i).assignments().stream().map(Schedules.AssignmentView::residentId)
				.collect(Collectors.toSet());
			if (!now.containsAll(old)) {
				moved.add(before.shifts().get(i).start().toString());
			}
		}
		assertThat(moved).as("assignments moved by the re-plan").isEmpty();
		for (int i : new int[] { 2, 3 }) {
			assertThat(after.shifts().get(i).assignments()).extracting(Schedules.AssignmentView::residentId)
				.doesNotContain(absent);
			assertThat(after.shifts().get(i).assignments().size()).isGreaterThanOrEqualTo(2);
		}
		assertThat(refilled).isPositive();
		assertThat(after.score()).startsWith("0hard/0medium");
	}

	@Test
	void nobodyIsPutOnTwoDutiesAtOnceAcrossRosters() {
		LocalDate monday = MONDAY.plusWeeks(4);
		long teamWeek = schedules().build(planner, ids.get("team"), monday, monday.plusDays(6));
		Schedules.ScheduleView team = schedules().get(planner, teamWeek);
		long busy = team.shifts().getFirst().assignments().getFirst().residentId();
		List<Schedules.ShiftView> busyShifts = team.shifts().stream()
			.filter(shift -> shift.assignments().stream().anyMatch(a -> a.residentId() == busy)).toList();

		// The same person also serves on the village's security committee, which watches the same hours.
		long committee = fixtures.bean(PreventionOrganizations.class).create(admin, new NewOrganization(ids.get("village"),
				OrganizationType.SECURITY_COMMITTEE, "测试治保会", LocalDate.of(2026, 1, 1), List.of()));
		fixtures.bean(Appointments.class).appoint(admin, committee, new NewAppointment(busy, "MEMBER", Remuneration.VOLUNTEER,
				LocalDate.of(2026, 1, 1), null), Locale.SIMPLIFIED_CHINESE);
		fixtures.bean(ShiftPatterns.class).create(planner, new ShiftPatterns.NewPattern(committee, null, "治保会夜间值守",
				ShiftKind.NIGHT_PATROL, LocalTime.of(21, 0), LocalTime.of(1, 0), LocalTime.of(19, 0), LocalTime.of(23, 30),
				EnumSet.allOf(DayOfWeek.class), 1, false, List.of()));
		Schedules.ScheduleView watch = schedules().get(planner,
				schedules().build(planner, committee, monday, monday.plusDays(6)));

		for (Schedules.ShiftView shift : watch.shifts()) {
			boolean onTeamThen = busyShifts.stream()
				.anyMatch(t -> t.start().isBefore(shift.end()) && shift.start().isBefore(t.end()));
			if (onTeamThen) {
				assertThat(shift.assignments()).as("on the team's patrol at %s", shift.start()).isEmpty();
			}
		}
		// Those nights stay open and the roster says so (a few more may, by the committee's weekly maximum).
		assertThat(watch.unfilled()).as("the nights the only member is on the team stay open, and say so")
			.isGreaterThanOrEqualTo(busyShifts.size());
		assertThat(watch.shifts()).as("the member still serves the committee on other nights")
			.anyMatch(shift -> shift.assignments().stream().anyMatch(a -> a.residentId() == busy));
	}

	@Test
	void anEditThatBreaksARuleIsRefusedWithTheRuleNamed() {
		long id = schedules().build(planner, ids.get("team"), MONDAY.plusDays(7), SUNDAY.plusDays(7));
		Schedules.ScheduleView schedule = schedules().get(planner, id);
		Schedules.ShiftView monday = schedule.shifts().getFirst();
		long onMonday = monday.assignments().getFirst().residentId();
		long other = monday.assignments().get(1).residentId();
		// Putting the same person in the other seat of the same night: two places at once.
		assertThatThrownBy(() -> schedules().change(planner, monday.id(), other, onMonday))
			.isInstanceOf(ScheduleEditRefused.class)
			.satisfies(e -> assertThat(((ScheduleEditRefused) e).constraints()).contains(ScheduleConstraints.OVERLAP));
		// A member from the ten-household group is not on the team.
		assertThatThrownBy(() -> schedules().change(planner, monday.id(), other, ids.get("head0")))
			.isInstanceOf(ScheduleEditRefused.class)
			.satisfies(e -> assertThat(((ScheduleEditRefused) e).constraints()).contains(ScheduleConstraints.NOT_STAFF));
		// A free team member may take the seat; the edit is pinned.
		Schedules.ShiftView tuesday = schedule.shifts().get(1);
		long free = java.util.stream.Stream.of("head5", "spouse5", "head6", "spouse6", "head7", "spouse7")
			.map(ids::get)
			.filter(r -> monday.assignments().stream().noneMatch(a -> a.residentId() == r))
			.filter(r -> tuesday.assignments().stream().noneMatch(a -> a.residentId() == r))
			.filter(r -> schedule.shifts().stream().filter(s -> s.assignments().stream().anyMatch(a -> a.residentId() == r))
				.count() < 5)
			.findFirst().orElseThrow();
		schedules().change(planner, monday.id(), other, free);
		assertThat(schedules().get(planner, id).shifts().getFirst().assignments())
			.anySatisfy(a -> {
				assertThat(a.residentId()).isEqualTo(free);
				assertThat(a.pinned()).isTrue();
				assertThat(a.source()).isEqualTo("EDIT");
			});
	}

	@Test
	void theApiRefusesABreakingChangeWithTheRulesNamedInTheReadersLanguage() {
		var session = signedIn("a.security");
		long shift = fixtures.id("shiftA");
		var answer = session.json("PUT", "/api/v1/patrol/shifts/" + shift + "/assignment",
				"{\"remove\":null,\"add\":" + fixtures.id("residentA") + "}", Map.of("Accept-Language", "en"));
		assertThat(answer.statusCode()).isEqualTo(409);
		assertThat(answer.body()).contains("\"saved\":false").containsAnyOf("This change is not possible", "不能这样调整")
			.containsAnyOf("weekly-max", "overlap");
		var roster = session.json("GET", "/api/v1/patrol/schedules/" + fixtures.id("scheduleA"), null, Map.of());
		assertThat(roster.statusCode()).isEqualTo(200);
		assertThat(roster.body()).contains("甲村治保会").contains("甲村白天值班");
	}

	@Test
	void membersSeeTheirDutiesAndTheShiftTheyAreOn() {
		long id = schedules().build(planner, ids.get("team"), MONDAY.plusDays(14), SUNDAY.plusDays(14));
		Schedules.ScheduleView schedule = schedules().get(planner, id);
		Schedules.ShiftView first = schedule.shifts().getFirst();
		Schedules.AssignmentView someone = first.assignments().getFirst();
		Duties duties = fixtures.bean(Duties.class);
		long county = fixtures.id("county");
		var mine = duties.of(county, someone.residentId(), MONDAY.plusDays(14), SUNDAY.plusDays(14));
		assertThat(mine).extracting(Duties.Duty::shiftId).contains(first.id());
		assertThat(mine).allSatisfy(d -> {
			assertThat(d.scheduleId()).isEqualTo(id);
			assertThat(d.orgId()).isEqualTo(ids.get("team"));
			assertThat(d.villageId()).isEqualTo(ids.get("village"));
		});
		long expected = schedule.shifts().stream()
			.filter(s -> s.assignments().stream().anyMatch(a -> a.residentId() == someone.residentId())).count();
		assertThat(mine).hasSize((int) expected);
		assertThat(duties.shiftAt(county, someone.residentId(), first.start().plusSeconds(1800), 30))
			.hasValueSatisfying(d -> {
				assertThat(d.shiftId()).isEqualTo(first.id());
				assertThat(d.leader()).isEqualTo(someone.leader());
			});
		assertThat(duties.shiftAt(county, someone.residentId(), first.start().minusSeconds(3 * 3600), 30)).isEmpty();
		assertThat(duties.onShift(county, someone.residentId(), first.id())).isPresent();
		assertThat(duties.of(county + 1, someone.residentId(), MONDAY.plusDays(14), SUNDAY.plusDays(14))).isEmpty();
	}

	@Test
	void aSecurityContractsContractorsPatrolTheAgreedTimesAWeek() {
		long contractOrg = fixtures.id("contractOrgA");
		var patterns = fixtures.bean(ShiftPatterns.class);
		if (patterns.ofOrganization(fixtures.id("county"), contractOrg).isEmpty()) {
			patterns.create(planner, new ShiftPatterns.NewPattern(contractOrg, null, "承包区夜巡", ShiftKind.NIGHT_PATROL,
					LocalTime.of(21, 0), LocalTime.of(23, 0), LocalTime.of(20, 0), LocalTime.of(22, 0),
					EnumSet.allOf(DayOfWeek.class), 1, false, List.of()));
		}
		// Contract A-2026-1 asks for 3 patrols a week of its one contractor, 甲村张三.
		long id = schedules().build(planner, contractOrg, LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22));
		Schedules.ScheduleView schedule = schedules().get(planner, id);
		long patrols = schedule.shifts().stream().flatMap(s -> s.assignments().stream())
			.filter(a -> a.residentId() == fixtures.id("residentA")).count();
		assertThat(patrols).isEqualTo(3);
		assertThat(schedule.score()).startsWith("0hard/-4medium");
	}

	@Test
	void planningRunsInTheBackgroundWhileThePageAndTheApiWaitForIt() throws InterruptedException {
		var session = signedIn("t1.officer");
		var posted = session.post("/patrol/schedules", Map.of("orgId", String.valueOf(ids.get("team")), "from",
				MONDAY.plusDays(21).toString(), "to", SUNDAY.plusDays(21).toString()));
		assertThat(posted.statusCode()).isEqualTo(302);
		long id = Long.parseLong(posted.headers().firstValue("Location").orElseThrow().replaceAll(".*/patrol/schedules/", ""));
		var api = session.json("POST", "/api/v1/patrol/schedules", "{\"orgId\":" + ids.get("team") + ",\"from\":\""
				+ MONDAY.plusDays(28) + "\",\"to\":\"" + SUNDAY.plusDays(28) + "\"}", Map.of());
		assertThat(api.statusCode()).as("accepted: the solver works in the background").isEqualTo(202);
		assertThat(api.body()).contains("\"status\":\"SOLVING\"");
		String location = api.headers().firstValue("Location").orElseThrow();
		long apiId = Long.parseLong(location.replaceAll(".*/patrol/schedules/", ""));
		assertThat(session.get("/patrol/schedules/" + apiId).body()).as("queued behind the first")
			.contains("schedule-solving", "正在排班").doesNotContain("schedule-absence");

		for (long planned : List.of(id, apiId)) {
			int polls = 0;
			while (session.get("/patrol/schedules/" + planned + "/progress").statusCode() == 204 && polls++ < 300) {
				Thread.sleep(200);
			}
			var done = session.get("/patrol/schedules/" + planned + "/progress");
			assertThat(done.statusCode()).isEqualTo(200);
			assertThat(done.headers().firstValue("HX-Refresh")).hasValue("true");
			Schedules.ScheduleView schedule = schedules().get(planner, planned);
			assertThat(schedule.status()).isEqualTo("DRAFT");
			assertThat(schedule.solvedMs()).isNotNull();
			assertThat(schedule.score()).startsWith("0hard");
			assertThat(schedule.shifts()).allSatisfy(shift -> assertThat(shift.assignments()).hasSize(2));
		}
		assertThat(session.json("GET", location.replaceAll(".*/api/v1", "/api/v1"), null, Map.of()).body())
			.contains("\"status\":\"DRAFT\"");
	}

	@Test
	void aScheduleNotSolvedTakesNoEditsAndOnlyAnUnpublishedOneCanBeDiscarded() {
		long id = schedules().build(planner, ids.get("team"), MONDAY.plusDays(35), SUNDAY.plusDays(35));
		JdbcClient jdbc = fixtures.bean(JdbcClient.class);
		Schedules.ShiftView first = schedules().get(planner, id).shifts().getFirst();
		long someone = first.assignments().getFirst().residentId();
		for (String status : List.of("SOLVING", "FAILED")) {
			jdbc.sql("update patrol_schedule set status = :s where id = :id").param("s", status).param("id", id).update();
			assertThatThrownBy(() -> schedules().change(planner, first.id(), someone, null))
				.hasMessageContaining("error.patrol.schedule.not-solved");
			assertThatThrownBy(() -> schedules().absence(planner, id, someone, MONDAY.plusDays(35), MONDAY.plusDays(35), null))
				.hasMessageContaining("error.patrol.schedule.not-solved");
		}
		assertThat(signedIn("t1.officer").get("/patrol/schedules/" + id).body()).contains("这次排班没有完成", "schedule-discard")
			.doesNotContain("schedule-absence");
		assertThat(schedules().get(planner, id).shifts().getFirst().assignments()).as("nothing changed")
			.extracting(Schedules.AssignmentView::residentId).contains(someone);
		jdbc.sql("update patrol_schedule set status = 'PUBLISHED' where id = :id").param("id", id).update();
		assertThatThrownBy(() -> schedules().discard(planner, id)).hasMessageContaining("error.patrol.schedule.not-discardable");
		jdbc.sql("update patrol_schedule set status = 'FAILED' where id = :id").param("id", id).update();
		assertThatThrownBy(() -> schedules().discard(fixtures.caller("b.security"), id))
			.isInstanceOf(org.qunfang.platform.NotFoundException.class);
		schedules().discard(planner, id);
		assertThat(schedules().get(planner, id).status()).isEqualTo("DISCARDED");
		assertThat(schedules().recent(planner, 500)).extracting(Schedules.ScheduleView::id).doesNotContain(id);
		assertThat(fixtures.bean(Duties.class).of(fixtures.id("county"), someone, MONDAY.plusDays(35), SUNDAY.plusDays(35)))
			.as("a discarded roster gives nobody duties").isEmpty();
	}

	@Test
	void aScheduleAStopLeftUnsolvedIsSolvedAtStart() throws InterruptedException {
		long id = schedules().build(planner, ids.get("team"), MONDAY.plusDays(42), SUNDAY.plusDays(42));
		JdbcClient jdbc = fixtures.bean(JdbcClient.class);
		jdbc.sql("delete from patrol_assignment where shift_id in (select id from patrol_shift where schedule_id = :id)")
			.param("id", id).update();
		jdbc.sql("update patrol_schedule set status = 'SOLVING', score = null, solved_ms = null where id = :id")
			.param("id", id).update();
		schedules().resumeSolving();
		int polls = 0;
		while ("SOLVING".equals(schedules().get(planner, id).status()) && polls++ < 300) {
			Thread.sleep(200);
		}
		Schedules.ScheduleView schedule = schedules().get(planner, id);
		assertThat(schedule.status()).isEqualTo("DRAFT");
		assertThat(schedule.shifts()).allSatisfy(shift -> assertThat(shift.assignments()).hasSize(2));
	}
}
