package org.qunfang.patrol.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qunfang.identity.Notifications;
import org.qunfang.patrol.PatrolMissed;
import org.qunfang.patrol.zones.PatrolZones;
import org.qunfang.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The missed-patrol job, driven by a clock the test moves. */
@RecordApplicationEvents
class MissedPatrolsTest extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	MissedPatrols missed;

	PatrolDutiesForTests duties;

	@BeforeEach
	void noPatrolInProgress() {
		duties = new PatrolDutiesForTests(fixtures);
		duties.endOpenRuns("a.patrol");
	}

	@Test
	void aShiftNobodyStartedIsFlaggedOnceAfterTheGracePeriodAndTheVillageIsTold() {
		Instant now = clock.instant();
		long shift = duties.shift(now.plus(Duration.ofHours(1)), now.plus(Duration.ofHours(3)), duties.member(), fixtures.id("zoneA"));
		missed.detect();
		assertThat(misses(shift)).isEmpty();
		clock.advance(Duration.ofMinutes(80));
		missed.detect();
		assertThat(misses(shift)).as("still within the grace period").isEmpty();
		clock.advance(Duration.ofMinutes(11));
		missed.detect();
		assertThat(misses(shift)).containsExactly("NOT_STARTED/0");
		missed.detect();
		assertThat(misses(shift)).as("recorded once").containsExactly("NOT_STARTED/0");
		assertThat(events.stream(PatrolMissed.class).filter(e -> e.shiftId() == shift)).singleElement()
			.satisfies(e -> assertThat(e.orgId()).isEqualTo(fixtures.id("orgA")));
		Notifications notifications = fixtures.bean(Notifications.class);
		var director = fixtures.caller("a.director");
		assertThat(notifications.of(director, 50)).filteredOn(n -> n.messageKey().equals("patrol.miss.notice.NOT_STARTED"))
			.isNotEmpty().allSatisfy(n -> assertThat(notifications.text(n, java.util.Locale.SIMPLIFIED_CHINESE)).contains("甲村"));
		assertThat(notifications.of(fixtures.caller("b.director"), 50))
			.noneMatch(n -> n.messageKey().startsWith("patrol.miss."));
	}

	@Test
	void aRunLeftOpenAndTheCheckpointsItSkippedAreFlagged() {
		PatrolZones zones = fixtures.bean(PatrolZones.class);
		var security = fixtures.caller("a.security");
		long zone = zones.createZone(security, fixtures.id("A"), "甲村北片" + System.nanoTime(), null, null, null);
		var north = zones.zone(security, zone);
		long gate = zones.insertCheckpoint(north, "北门", null, null);
		long pond = zones.insertCheckpoint(north, "鱼塘", null, null);
		Instant now = clock.instant();
		long shift = duties.shift(now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofHours(2)), duties.member(), zone);
		PatrolRuns runs = fixtures.bean(PatrolRuns.class);
		var member = fixtures.caller("a.patrol");
		PatrolRun run = runs.start(member, "missed-run-key-1", null, null);
		assertThat(run.shiftId()).isEqualTo(shift);
		runs.checkIn(member, zones.token(zones.checkpoint(security, gate)), "missed-checkin-key-1", null, null, null, null);
		clock.advance(Duration.ofHours(2).plusMinutes(31));
		missed.detect();
		assertThat(misses(shift)).containsExactlyInAnyOrder("NOT_ENDED/0", "CHECKPOINT_MISSED/" + pond);
		assertThat(jdbc.sql("select run_id from patrol_miss where shift_id = :s and kind = 'NOT_ENDED'").param("s", shift)
			.query(Long.class).single()).isEqualTo(run.id());
		missed.detect();
		assertThat(misses(shift)).hasSize(2);
		assertThat(signedIn("a.director").get("/patrol/runs").body()).contains("巡逻未结束", "鱼塘");
	}

	private List<String> misses(long shift) {
		return jdbc.sql("select kind, checkpoint_id from patrol_miss where shift_id = :s order by kind, checkpoint_id")
			.param("s", shift).query((rs, n) -> rs.getString(1) + "/" + rs.getLong(2)).list();
	}
}
