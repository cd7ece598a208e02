package org.qunfang.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qunfang.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo county loads completely, once, whatever the number of starts. */
class DemoDataTest extends IntegrationTest {

	@Autowired
	List<DemoData> parts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	Clock clock;

	@Test
	void loadsTheDemoCountyOnceWithAUserForEveryRole() {
		DemoDataRunner runner = new DemoDataRunner(parts, jdbc, tx, clock, true);
		runner.run(new DefaultApplicationArguments());
		runner.run(new DefaultApplicationArguments());

		long county = jdbc.sql("select id from admin_unit where code = 'YX'").query(Long.class).single();
		assertThat(count("select count(*) from admin_unit where county_id = :c and level = 'TOWNSHIP'", county)).isEqualTo(2);
		assertThat(count("select count(*) from admin_unit where county_id = :c and level = 'VILLAGE'", county)).isEqualTo(12);
		assertThat(count("select count(*) from police_station_township where county_id = :c", county)).isEqualTo(2);
		assertThat(jdbc.sql("select distinct role from app_user where county_id = :c").param("c", county)
			.query(String.class).list()).hasSize(13);
		assertThat(count("select count(*) from app_user where county_id = :c and must_change_password = false", county))
			.as("seeded accounts change their password at first sign-in").isZero();
		assertThat(count("select count(*) from role_permission where county_id = :c", county)).isPositive();
		assertThat(jdbc.sql("select name_zh from admin_unit where county_id = :c and level = 'VILLAGE' order by code")
			.param("c", county).query(String.class).list()).contains("东山村", "西河村", "石桥村");
	}

	private long count(String sql, long county) {
		return jdbc.sql(sql).param("c", county).query(Long.class).single();
	}
}
