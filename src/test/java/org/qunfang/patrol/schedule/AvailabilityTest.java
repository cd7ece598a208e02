package org.qunfang.patrol.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qunfang.identity.Caller;
import org.qunfang.platform.DomainException;
import org.qunfang.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Members' weekly unavailable times and leave are recorded, checked, and kept out of the roster. */
class AvailabilityTest extends IntegrationTest {

	@Autowired
	Availability availability;

	@Autowired
	Schedules schedules;

	@Autowired
	JdbcClient jdbc;

	private long entries() {
		return jdbc.sql("select count(*) from patrol_unavailable where resident_id = :r").param("r", fixtures.id("residentA"))
			.query(Long.class).single();
	}

	@Test
	void aWeeklyTimeIsRecordedCheckedAndLeftOutOfTheRoster() {
		Caller planner = fixtures.caller("t1.officer");
		long org = fixtures.id("orgA");
		long resident = fixtures.id("residentA");
		long before = entries();
		assertThatThrownBy(() -> availability.addWeekly(planner, org, 123L, DayOfWeek.MONDAY, null, null, null))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("error.patrol.availability.not-member"));
		assertThatThrownBy(() -> availability.addWeekly(planner, org, resident, null, null, null, null))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("error.patrol.availability.weekday"));
		assertThatThrownBy(() -> availability.addWeekly(planner, org, resident, DayOfWeek.MONDAY, LocalTime.of(8, 0), null, null))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("error.patrol.availability.hours"));
		assertThatThrownBy(() -> availability.addLeave(planner, org, resident, LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 4),
				null)).isInstanceOfSatisfying(DomainException.class,
						e -> assertThat(e.messageKey()).isEqualTo("error.patrol.availability.dates"));
		assertThatThrownBy(() -> availability.addWeekly(planner, org, resident, DayOfWeek.MONDAY, null, null, "<b>赶集</b>"))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("error.text.markup"));
		assertThat(entries()).isEqualTo(before);

		long wednesdays = availability.addWeekly(planner, org, resident, DayOfWeek.WEDNESDAY, null, null, "进城务工");
		try {
			assertThat(availability.of(planner, org)).anySatisfy(m -> {
				assertThat(m.residentId()).isEqualTo(resident);
				assertThat(m.entries()).anyMatch(e -> e.id() == wednesdays && e.weekday() == DayOfWeek.WEDNESDAY);
			});
			LocalDate monday = LocalDate.of(2027, 1, 4);
			Schedules.ScheduleView week = schedules.get(planner, schedules.build(planner, org, monday, monday.plusDays(6)));
			ZoneId zone = ZoneId.of("Asia/Shanghai");
			assertThat(week.shifts()).filteredOn(s -> s.start().atZone(zone).getDayOfWeek() == DayOfWeek.WEDNESDAY)
				.isNotEmpty()
				.allSatisfy(s -> assertThat(s.assignments()).noneMatch(a -> a.residentId() == resident));
			assertThat(signedIn("b.director").get("/patrol/organizations/" + org + "/availability").statusCode()).isEqualTo(404);
			var page = signedIn("t1.officer").get("/patrol/organizations/" + org + "/availability");
			assertThat(page.body()).contains("星期三").contains("进城务工");
		}
		finally {
			availability.remove(planner, org, wednesdays);
		}
		assertThat(entries()).isEqualTo(before);
		long mondays = availability.addPreference(planner, org, resident, DayOfWeek.MONDAY, "赶集");
		try {
			assertThat(fixtures.bean(ScheduleInputs.class).avoidDays(resident)).containsExactly(DayOfWeek.MONDAY);
			assertThat(fixtures.bean(ScheduleInputs.class).unavailable(resident, LocalDate.of(2027, 1, 4),
					LocalDate.of(2027, 1, 10), org)).as("a wish is not unavailability").isEmpty();
			assertThat(availability.of(planner, org)).anySatisfy(m -> assertThat(m.entries())
				.anyMatch(e -> e.id() == mondays && e.preference()));
		}
		finally {
			availability.remove(planner, org, mondays);
		}
		var session = signedIn("t1.officer");
		session.get("/patrol/organizations/" + org + "/availability");
		var posted = session.post("/patrol/organizations/" + org + "/availability",
				Map.of("residentId", Long.toString(resident), "kind", "LEAVE", "fromDate", "2027-02-01", "toDate", "2027-01-30"));
		assertThat(posted.statusCode()).isEqualTo(302);
		assertThat(entries()).isEqualTo(before);
	}
}
