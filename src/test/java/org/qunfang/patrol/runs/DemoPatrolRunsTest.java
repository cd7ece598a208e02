package org.qunfang.patrol.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.qunfang.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo's patrols: every past shift ends up patrolled or flagged as missed, and nothing twice. */
class DemoPatrolRunsTest extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoPatrolRuns demo;

	@Test
	void everyPastShiftIsPatrolledOrFoundMissed() {
		PatrolDutiesForTests duties = new PatrolDutiesForTests(fixtures);
		Instant now = clock.instant();
		long shift = duties.shift(now.minus(Duration.ofHours(20)), now.minus(Duration.ofHours(18)), duties.member(),
				fixtures.id("zoneA"));
		demo.load();
		long runs = count("select count(*) from patrol_run where shift_id = :s", shift);
		long notStarted = count("select count(*) from patrol_miss where shift_id = :s and kind = 'NOT_STARTED'", shift);
		assertThat(runs + notStarted).isEqualTo(1);
		if (runs == 1) {
			assertThat(count("select count(*) from patrol_run where shift_id = :s and resident_id is not null", shift)).isEqualTo(1);
		}
		demo.load();
		assertThat(count("select count(*) from patrol_run where shift_id = :s", shift)).isEqualTo(runs);
	}

	private long count(String sql, long shift) {
		return jdbc.sql(sql).param("s", shift).query(Long.class).single();
	}
}
