package org.qunfang.cases;

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

/** The demo county's case register: a year of cases with places and hours that stand out. */
class DemoCasesTest extends IntegrationTest {

	@Autowired
	List<DemoData> parts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	Clock clock;

	@Test
	void aYearOfClusteredCasesWithHonestEndings() {
		DemoLoading.load(parts, jdbc, tx, clock);
		long county = jdbc.sql("select id from admin_unit where code = 'YX'").query(Long.class).single();

		long total = count("select count(*) from case_record where county_id = :c", county);
		assertThat(total).isBetween(300L, 1500L);
		long dongshan = count("""
				select count(*) from case_record r join admin_unit v on v.id = r.village_id
				where r.county_id = :c and v.code = 'YX-TY-DS'""", county);
		assertThat(dongshan).as("东山村 is a hot spot").isGreaterThan(2 * total / 12);
		long night = count("""
				select count(*) from case_record where county_id = :c and case_type in ('THEFT', 'BURGLARY')""", county);
		assertThat(night).isGreaterThan(total / 4);
		for (String status : List.of("REGISTERED", "HANDLING", "RESOLVED", "REFERRED", "CLOSED_UNRESOLVED")) {
			assertThat(count("select count(*) from case_record where county_id = :c and status = '" + status + "'", county))
				.as(status).isPositive();
		}
		assertThat(count("""
				select count(*) from case_record r where r.county_id = :c and r.status = 'RESOLVED'
				and not exists (select 1 from case_step s where s.case_id = r.id and s.kind = 'HANDLING')""", county))
			.as("no case resolved without handling").isZero();
		assertThat(count("""
				select count(*) from case_record r join village_extent e on e.village_id = r.village_id
				where r.county_id = :c and (r.latitude not between e.min_lat and e.max_lat
				  or r.longitude not between e.min_lon and e.max_lon)""", county)).as("every case inside its village").isZero();
		assertThat(count("select count(distinct place) from case_record where county_id = :c", county)).isBetween(3L, 10L);
	}

	private long count(String sql, long county) {
		return jdbc.sql(sql).param("c", county).query(Long.class).single();
	}
}
