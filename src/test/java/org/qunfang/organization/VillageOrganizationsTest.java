package org.qunfang.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.qunfang.identity.Caller;
import org.qunfang.organization.bodies.Appointments;
import org.qunfang.organization.bodies.DutyScopes;
import org.qunfang.organization.bodies.JointDefense;
import org.qunfang.organization.bodies.NewAppointment;
import org.qunfang.organization.bodies.NewOrganization;
import org.qunfang.organization.bodies.PreventionOrganizations;
import org.qunfang.organization.imports.RegisterImports;
import org.qunfang.organization.registry.RegisterQueries;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.ForbiddenException;
import org.qunfang.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Duty scopes, the three checks, and a village setting up its organizations. */
class VillageOrganizationsTest extends IntegrationTest {

	private static final LocalDate START = LocalDate.of(2026, 3, 1);

	@Autowired
	PreventionOrganizations organizations;

	@Autowired
	Appointments appointments;

	@Autowired
	DutyScopes scopes;

	@Autowired
	JointDefense jointDefense;

	@Autowired
	RegisterImports imports;

	@Autowired
	RegisterQueries queries;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSecondOwnerOfTheSameMatterInAVillageIsRefusedWithAClearMessage() {
		Caller officer = fixtures.caller("t1.officer");
		long village = fixtures.id("A");
		assertThatThrownBy(() -> organizations.create(officer,
				new NewOrganization(village, OrganizationType.SECURITY_COMMITTEE, "甲村第二治保会", START, List.of())))
			.isInstanceOfSatisfying(DomainException.class, e -> {
				assertThat(e.messageKey()).isEqualTo("error.org.scope-taken");
				assertThat(messages.getMessage(e.messageKey(), e.arguments(), Locale.SIMPLIFIED_CHINESE))
					.contains("甲村治保会").contains("案件登记");
				assertThat(messages.getMessage(e.messageKey(), e.arguments(), Locale.ENGLISH)).contains("Case register")
					.contains("already owned");
			});
		assertThat(scopes.ownerOf(village, "INSPECTION")).hasValueSatisfying(o -> assertThat(o.name()).isEqualTo("甲村治保会"));
	}

	@Test
	void twoPatrolTeamsCannotBothOwnPatrolButADissolvedOneNoLongerCounts() {
		Caller officer = fixtures.caller("t1.officer");
		long village = fixtures.newVillage("ORG1");
		long fullTime = organizations.create(officer,
				new NewOrganization(village, OrganizationType.FULL_TIME_PATROL, "专职队", START, List.of()));
		assertThatThrownBy(() -> organizations.create(officer,
				new NewOrganization(village, OrganizationType.VOLUNTARY_PATROL, "义务队", START, List.of())))
			.isInstanceOf(DomainException.class);
		organizations.changeStatus(officer, fullTime, OrganizationStatus.DISSOLVED, "经费断绝，队伍解散");
		long voluntary = organizations.create(officer,
				new NewOrganization(village, OrganizationType.VOLUNTARY_PATROL, "义务队", START, List.of()));
		assertThat(scopes.ownerOf(village, "PATROL")).hasValueSatisfying(o -> assertThat(o.id()).isEqualTo(voluntary));
		assertThatThrownBy(() -> organizations.changeStatus(officer, fullTime, OrganizationStatus.ACTIVE, "恢复"))
			.isInstanceOf(DomainException.class);
		assertThat(organizations.history(officer, fullTime)).extracting(h -> h.reason()).containsExactly("经费断绝，队伍解散",
				"established");
	}

	@Test
	void patrolTeamsSetUpAtTheSameMomentCannotBothOwnPatrol() throws Exception {
		Caller officer = fixtures.caller("t1.officer");
		long village = fixtures.newVillage("ORG4");
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
		List<java.util.concurrent.Callable<Boolean>> attempts = new java.util.ArrayList<>();
		for (int i = 0; i < 6; i++) {
			OrganizationType type = i % 2 == 0 ? OrganizationType.FULL_TIME_PATROL : OrganizationType.VOLUNTARY_PATROL;
			String name = "巡逻队" + i;
			attempts.add(() -> {
				try {
					organizations.create(officer, new NewOrganization(village, type, name, START, List.of()));
					return true;
				}
				catch (DomainException refused) {
					return false;
				}
			});
		}
		long created = 0;
		for (var outcome : pool.invokeAll(attempts)) {
			created += outcome.get() ? 1 : 0;
		}
		pool.shutdown();
		assertThat(created).isEqualTo(1);
		assertThat(scopes.ownersOf(village, "PATROL")).hasSize(1);
	}

	@Test
	void aFailingCheckRefusesTheAppointmentUnlessOverriddenWithPermissionAndReason() {
		long village = fixtures.newVillage("ORG2");
		Caller officer = fixtures.caller("t1.officer");
		importPeople(officer, village, RegisterFiles.line("0001", "老刘", RegisterFiles.id("19450101", 51), "户主"));
		long elder = queries.residentsOf(officer, village, "老刘", 1).getFirst().id();
		long team = organizations.create(officer,
				new NewOrganization(village, OrganizationType.VOLUNTARY_PATROL, "义务巡逻队", START, List.of()));
		NewAppointment plain = new NewAppointment(elder, "PATROL_MEMBER", Remuneration.VOLUNTEER, START, null);

		assertThatThrownBy(() -> appointments.appoint(officer, team, plain, Locale.SIMPLIFIED_CHINESE))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(
					messages.getMessage(e.messageKey(), e.arguments(), Locale.SIMPLIFIED_CHINESE))
				.contains("老刘").contains("年龄不在本岗位要求的范围内"));

		Caller security = fixtures.caller("a.security");
		assertThatThrownBy(() -> appointments.appointOverridingChecks(security, team,
				new NewAppointment(elder, "PATROL_MEMBER", Remuneration.VOLUNTEER, START, "熟悉情况"), Locale.SIMPLIFIED_CHINESE))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> appointments.appointOverridingChecks(officer, team, plain, Locale.SIMPLIFIED_CHINESE))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.messageKey()).isEqualTo("error.appointment.override-reason"));
		assertThat(appointments.members(officer, team, true)).isEmpty();

		long appointment = appointments.appointOverridingChecks(officer, team,
				new NewAppointment(elder, "PATROL_MEMBER", Remuneration.VOLUNTEER, START, "熟悉村情，身体硬朗，暂留任一年"),
				Locale.SIMPLIFIED_CHINESE);
		assertThat(appointments.members(officer, team, true)).singleElement().satisfies(m -> {
			assertThat(m.failedChecks()).isEqualTo("AGE");
			assertThat(m.overrideReason()).startsWith("熟悉村情");
		});
		assertThat(jdbc.sql("select outcome from operation_log where action = 'organization.member.appoint-override'"
				+ " and target_id = :id").param("id", Long.toString(appointment)).query(String.class).list())
			.containsExactly("SUCCESS");
		assertThat(jdbc.sql("select count(*) from operation_log where action = 'organization.member.appoint'"
				+ " and outcome = 'REFUSED' and detail = 'error.appointment.checks-failed'").query(Long.class).single())
			.as("the refused appointment is logged too").isPositive();
	}

	/** A village sets up its security committee, a voluntary patrol team and two ten-household groups. */
	@Test
	void aVillageSetsUpItsOrganizationsAndOneAppointmentIsBlockedByAge() {
		long village = fixtures.newVillage("ORG3");
		Caller officer = fixtures.caller("t1.officer");
		StringBuilder people = new StringBuilder();
		for (int h = 1; h <= 20; h++) {
			String no = String.format("%04d", h);
			people.append(RegisterFiles.line(no, "户主" + h, RegisterFiles.id("1975" + String.format("%02d", h % 12 + 1) + "10", 100 + h), "户主"));
			people.append(RegisterFiles.line(no, "成员" + h, RegisterFiles.id("1980" + String.format("%02d", h % 12 + 1) + "11", 200 + h), "配偶"));
		}
		people.append(RegisterFiles.line("0021", "老周", RegisterFiles.id("19480808", 301), "户主"));
		importPeople(officer, village, people.toString());

		long committee = organizations.create(officer,
				new NewOrganization(village, OrganizationType.SECURITY_COMMITTEE, "治保会", START, List.of()));
		long patrol = organizations.create(officer,
				new NewOrganization(village, OrganizationType.VOLUNTARY_PATROL, "义务巡逻队", START, List.of()));
		long groupOne = organizations.create(officer,
				new NewOrganization(village, OrganizationType.TEN_HOUSEHOLD, "十户联防一组", START, List.of()));
		long groupTwo = organizations.create(officer,
				new NewOrganization(village, OrganizationType.TEN_HOUSEHOLD, "十户联防二组", START, List.of()));

		appointments.appoint(officer, committee, new NewAppointment(resident(officer, village, "户主1"), "DIRECTOR",
				Remuneration.LOST_WORK_SUBSIDY, START, null), Locale.SIMPLIFIED_CHINESE);
		appointments.appoint(officer, committee, new NewAppointment(resident(officer, village, "户主2"), "MEMBER",
				Remuneration.LOST_WORK_SUBSIDY, START, null), Locale.SIMPLIFIED_CHINESE);
		appointments.appoint(officer, patrol, new NewAppointment(resident(officer, village, "户主3"), "TEAM_LEADER",
				Remuneration.VOLUNTEER, START, null), Locale.SIMPLIFIED_CHINESE);
		appointments.appoint(officer, patrol, new NewAppointment(resident(officer, village, "成员4"), "PATROL_MEMBER",
				Remuneration.VOLUNTEER, START, null), Locale.SIMPLIFIED_CHINESE);
		assertThatThrownBy(() -> appointments.appoint(officer, patrol, new NewAppointment(resident(officer, village, "老周"),
				"PATROL_MEMBER", Remuneration.VOLUNTEER, START, null), Locale.SIMPLIFIED_CHINESE))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.messageKey()).isEqualTo("error.appointment.checks-failed"));

		for (int h = 1; h <= 20; h++) {
			String head = "户主" + h;
			var household = queries.residentsOf(officer, village, head, 20).stream().filter(r -> r.name().equals(head))
				.findFirst().orElseThrow();
			jointDefense.addHousehold(officer, h <= 10 ? groupOne : groupTwo, household.householdId(), household.id());
		}
		assertThat(jointDefense.members(officer, groupOne)).hasSize(10);
		assertThat(jointDefense.members(officer, groupTwo)).hasSize(10);
		long firstOnDuty = jointDefense.onDuty(officer, groupOne, START).orElseThrow();
		long nextOnDuty = jointDefense.onDuty(officer, groupOne, START.plusDays(1)).orElseThrow();
		assertThat(firstOnDuty).isNotEqualTo(nextOnDuty);
		jointDefense.recordSwap(officer, groupOne, START, nextOnDuty, "户主外出");
		assertThat(jointDefense.onDuty(officer, groupOne, START)).contains(nextOnDuty);

		assertThat(appointments.members(officer, committee, false)).hasSize(2);
		assertThat(appointments.members(officer, patrol, false)).extracting(m -> m.postCode())
			.containsExactlyInAnyOrder("TEAM_LEADER", "PATROL_MEMBER");
		assertThat(scopes.ownerOf(village, "CASE_REGISTER")).hasValueSatisfying(o -> assertThat(o.id()).isEqualTo(committee));
		assertThat(scopes.ownersOf(village, "HOUSEHOLD_WATCH")).hasSize(2);
	}

	private long resident(Caller caller, long village, String name) {
		return queries.residentsOf(caller, village, name, 10).stream().filter(r -> r.name().equals(name)).findFirst()
			.orElseThrow().id();
	}

	private void importPeople(Caller caller, long village, String lines) {
		var summary = imports.check(caller, village, "people.csv",
				new ByteArrayInputStream(RegisterFiles.bytes(RegisterFiles.HEADER + lines)));
		assertThat(summary.errorRows()).as(imports.rows(caller, summary.id(), true, 10).toString()).isZero();
		imports.apply(caller, summary.id());
	}
}
