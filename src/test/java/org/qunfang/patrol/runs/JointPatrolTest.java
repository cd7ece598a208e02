package org.qunfang.patrol.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.qunfang.identity.Caller;
import org.qunfang.organization.Education;
import org.qunfang.organization.Health;
import org.qunfang.organization.HouseholdCategory;
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
import org.qunfang.patrol.PatrolCompleted;
import org.qunfang.patrol.patterns.ShiftKind;
import org.qunfang.patrol.patterns.ShiftPatterns;
import org.qunfang.patrol.schedule.Schedules;
import org.qunfang.patrol.zones.PatrolZones;
import org.qunfang.support.Fixtures;
import org.qunfang.support.IntegrationTest;
import org.qunfang.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A joint patrol (联勤联防) of two neighboring villages from the pattern to the phone: the solver staffs the
 * shifts with members of both organizations, and a member of the partner village starts the run on their
 * shift, checks in at checkpoints of both villages (but not of a third), and ends it.
 */
@RecordApplicationEvents
class JointPatrolTest extends IntegrationTest {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
	private static final String PHONE = "13955550001";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Test
	void aMemberOfThePartnerVillagePatrolsTheJointShiftFromThePhone() {
		Caller planner = fixtures.caller("t1.officer");
		long host = fixtures.newVillage("JPA");
		long partner = fixtures.newVillage("JPB");
		var organizations = fixtures.bean(PreventionOrganizations.class);
		LocalDate established = LocalDate.of(2026, 1, 1);
		long hostTeam = organizations.create(planner, new NewOrganization(host, OrganizationType.FULL_TIME_PATROL, "甲方联防队",
				established, List.of()));
		long partnerTeam = organizations.create(planner, new NewOrganization(partner, OrganizationType.FULL_TIME_PATROL,
				"乙方联防队", established, List.of()));
		long hostMember = member(planner, host, hostTeam, "JPA-1", "甲方队员", "43072219800101001", null);
		long phoneMember = member(planner, partner, partnerTeam, "JPB-1", "乙方队员一", "43072219800101002", PHONE);
		long otherPartner = member(planner, partner, partnerTeam, "JPB-2", "乙方队员二", "43072219800101003", null);

		PatrolZones zones = fixtures.bean(PatrolZones.class);
		long hostZone = zones.createZone(planner, host, "甲方村口片", null, null, null);
		long hostGate = zones.addCheckpoint(planner, hostZone, "甲方村口", null, null);
		long border = zones.createZone(planner, partner, "两村交界片", null, null, null);
		long bridge = zones.addCheckpoint(planner, border, "交界桥头", null, null);
		fixtures.bean(ShiftPatterns.class).create(planner, new ShiftPatterns.NewPattern(hostTeam, partnerTeam, "两村联合夜巡",
				ShiftKind.NIGHT_PATROL, LocalTime.of(20, 0), LocalTime.of(23, 0), LocalTime.of(20, 0), LocalTime.of(23, 0),
				EnumSet.allOf(DayOfWeek.class), 2, false, List.of(border)));

		Schedules schedules = fixtures.bean(Schedules.class);
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZONE);
		long scheduleId = schedules.build(planner, hostTeam, today, today.plusDays(6));
		schedules.publish(planner, scheduleId);
		Schedules.ScheduleView schedule = schedules.get(planner, scheduleId);
		Set<Long> assigned = schedule.shifts().stream().flatMap(s -> s.assignments().stream())
			.map(Schedules.AssignmentView::residentId).collect(Collectors.toSet());
		assertThat(assigned).as("both villages staff the joint patrol, nobody else")
			.contains(phoneMember, otherPartner, hostMember).hasSize(3);
		assertThat(schedule.shifts()).allSatisfy(s -> assertThat(s.zoneId()).isEqualTo(border));

		Schedules.ShiftView tonight = schedule.shifts().stream().filter(s -> s.start().isAfter(clock.instant()))
			.filter(s -> s.assignments().stream().anyMatch(a -> a.residentId() == phoneMember)).findFirst().orElseThrow();
		clock.advance(Duration.between(clock.instant(), tonight.start().plus(Duration.ofMinutes(5))));

		fixtures.patrolMember("jpb.patrol", "乙方队员一", partner, PHONE);
		WebSession phone = signedIn("jpb.patrol");
		assertThat(phone.get("/patrol/today").body()).contains("开始巡逻").doesNotContain("临时巡逻");
		assertThat(phone.post("/patrol/runs", Map.of("clientKey", "joint-run-key-1")).statusCode()).isEqualTo(302);
		PatrolRun run = jdbc.sql("select id from patrol_run where client_key = 'joint-run-key-1'").query(Long.class).optional()
			.map(id -> fixtures.bean(PatrolRuns.class).run(fixtures.caller("jpb.patrol"), id)).orElseThrow();
		assertThat(run.shiftId()).isEqualTo(tonight.id());
		assertThat(run.villageId()).as("the run belongs to the village whose schedule holds the shift").isEqualTo(host);

		for (long checkpoint : List.of(bridge, hostGate)) {
			String token = zones.token(zones.checkpoint(planner, checkpoint));
			HttpResponse<String> answer = phone.post("/patrol/c/" + token, Map.of("clientKey", "joint-checkin-" + checkpoint));
			assertThat(answer.statusCode()).isEqualTo(200);
			assertThat(answer.body()).contains("已在“" + zones.checkpoint(planner, checkpoint).name() + "”签到");
		}
		HttpResponse<String> elsewhere = phone.post("/patrol/c/" + fixtures.checkpointToken("checkpointA"),
				Map.of("clientKey", "joint-checkin-village-a"));
		assertThat(elsewhere.statusCode()).isEqualTo(422);
		assertThat(elsewhere.body()).contains("甲村村口").doesNotContain("已在");

		String todayPage = phone.get("/patrol/today").body();
		assertThat(todayPage).as("a case there is reported by the host village")
			.contains("这是联勤联防巡逻，地点在测试村JPA").doesNotContain("qf-report-case");

		fixtures.bean(PatrolRuns.class).end(fixtures.caller("jpb.patrol"), run.id(), null, null);
		assertThat(events.stream(PatrolCompleted.class).filter(e -> e.runId() == run.id())).singleElement().satisfies(e -> {
			assertThat(e.orgId()).isEqualTo(hostTeam);
			assertThat(e.residentId()).isEqualTo(phoneMember);
			assertThat(e.checkpointsPlanned()).as("the shift's zone lies in the partner village").isEqualTo(1);
			assertThat(e.checkpointsVisited()).isEqualTo(1);
		});
		Instant from = run.startedAt().minus(Duration.ofMinutes(1));
		assertThat(fixtures.bean(PatrolRuns.class).runs(planner, from, clock.instant().plusSeconds(60)))
			.extracting(PatrolRun::id).contains(run.id());
		assertThat(fixtures.bean(PatrolRuns.class).runs(fixtures.caller("b.director"), from, clock.instant().plusSeconds(60)))
			.extracting(PatrolRun::id).doesNotContain(run.id());
	}

	private long member(Caller planner, long village, long team, String householdNo, String name, String idPrefix,
			String phone) {
		var register = fixtures.bean(HouseholdRegister.class);
		long household = register.createHousehold(planner, new NewHousehold(village, null, householdNo, name + "家",
				HouseholdCategory.ORDINARY));
		long resident = register.addResident(planner, household, new NewResident(name, Fixtures.idNumber(idPrefix), phone,
				Relation.HEAD, Education.JUNIOR_HIGH, Health.GOOD, false, null));
		fixtures.bean(Appointments.class).appoint(planner, team, new NewAppointment(resident, "PATROL_MEMBER",
				Remuneration.SALARY, LocalDate.of(2026, 1, 1), null), Locale.SIMPLIFIED_CHINESE);
		return resident;
	}
}
