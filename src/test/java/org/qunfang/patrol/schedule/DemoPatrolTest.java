package org.qunfang.patrol.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qunfang.platform.demo.DemoData;
import org.qunfang.platform.demo.DemoLoading;
import org.qunfang.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo county's patrols: zones at the case places, checkpoints, patterns and this month's rosters. */
class DemoPatrolTest extends IntegrationTest {

	@Autowired
	List<DemoData> parts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	Clock clock;

	@Test
	void zonesCheckpointsPatternsAndAMonthOfRosters() {
		DemoLoading.load(parts, jdbc, tx, clock);
		long county = jdbc.sql("select id from admin_unit where code = 'YX'").query(Long.class).single();
		assertThat(count("select count(*) from patrol_zone where county_id = :c", county)).isGreaterThan(20);
		assertThat(count("select count(*) from patrol_zone z where county_id = :c and name not in"
				+ " ('十字路口小卖部', '集贸市场', '村委会广场', '水库大坝', '县道桥头', '小学门口', '养殖场')", county)).isZero();
		assertThat(count("select count(*) from patrol_checkpoint where county_id = :c", county)).isGreaterThan(40);
		assertThat(count("select count(*) from patrol_pattern where county_id = :c and kind = 'NIGHT_PATROL'", county))
			.isPositive();
		assertThat(count("select count(*) from patrol_pattern p join prevention_org o on o.id = p.org_id"
				+ " where p.county_id = :c and o.org_type = 'TEN_HOUSEHOLD'", county)).isPositive();
		assertThat(count("select count(*) from patrol_schedule where county_id = :c", county)).isGreaterThan(5);
		assertThat(count("select count(*) from patrol_assignment where county_id = :c", county)).isGreaterThan(100);
		assertThat(count("""
				select count(*) from patrol_shift s where s.county_id = :c
				and (select count(*) from patrol_assignment a where a.shift_id = s.id) < s.required""", county))
			.as("seats left empty").isLessThan(count("select count(*) from patrol_shift where county_id = :c", county) / 10);
	}

	private long count(String sql, long county) {
		return jdbc.sql(sql).param("c", county).query(Long.class).single();
	}
}
