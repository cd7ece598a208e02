package org.qunfang.cases.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qunfang.platform.demo.DemoData;
import org.qunfang.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo county has a year of inspections with hazards open, closed, awaiting re-check and overdue. */
class DemoInspectionsTest extends IntegrationTest {

	@Autowired
	List<DemoData> parts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	Clock appClock;

	@Test
	void aYearOfInspectionsWithOpenClosedAndOverdueRectifications() {
		parts.stream().sorted(Comparator.comparingInt(DemoData::order)).filter(this::notLoaded)
			.forEach(part -> tx.executeWithoutResult(s -> {
				part.load();
				jdbc.sql("insert into demo_data_applied (name, applied_at) values (:n, current_timestamp)").param("n", part.name())
					.update();
			}));
		long county = jdbc.sql("select id from admin_unit where code = 'YX'").query(Long.class).single();
		LocalDate today = LocalDate.now(appClock.withZone(ZoneId.of("Asia/Shanghai")));
		assertThat(count("select count(distinct village_id) from inspection where county_id = :c", county)).isEqualTo(12);
		assertThat(count("select count(*) from inspection where county_id = :c", county)).isBetween(150L, 400L);
		assertThat(jdbc.sql("select min(inspected_on) from inspection where county_id = :c").param("c", county)
			.query(LocalDate.class).single()).isBetween(today.minusDays(380), today.minusDays(300));
		assertThat(count("select count(*) from inspection where county_id = :c and inspected_on > current_date + 1", county))
			.isZero();
		for (String status : new String[] { "OPEN", "PROOF_SUBMITTED", "CLOSED" }) {
			assertThat(jdbc.sql("select count(*) from rectification where county_id = :c and status = :s").param("c", county)
				.param("s", status).query(Long.class).single()).as(status).isPositive();
		}
		assertThat(jdbc.sql("select count(*) from rectification where county_id = :c and status <> 'CLOSED' and deadline < :t")
			.param("c", county).param("t", today).query(Long.class).single()).as("overdue").isPositive();
		assertThat(jdbc.sql("select count(*) from rectification where county_id = :c and status = 'OPEN' and deadline >= :t")
			.param("c", county).param("t", today).query(Long.class).single()).as("open within the deadline").isPositive();
		assertThat(count("""
				select count(*) from rectification r where r.county_id = :c and r.status = 'CLOSED'
				and not exists (select 1 from rectification_step s where s.rectification_id = r.id and s.step = 'PASSED')""",
				county)).as("closed only after a passed re-check").isZero();
		assertThat(count("select count(*) from rectification_step where county_id = :c and step = 'FAILED'", county))
			.isPositive();
		assertThat(count("""
				select count(*) from inspection i where i.county_id = :c
				and i.hazards <> (select count(*) from rectification r where r.inspection_id = i.id)""", county))
			.as("a task for every hazard").isZero();
	}

	private boolean notLoaded(DemoData part) {
		return jdbc.sql("select count(*) from demo_data_applied where name = :n").param("n", part.name()).query(Long.class)
			.single() == 0;
	}

	private long count(String sql, long county) {
		return jdbc.sql(sql).param("c", county).query(Long.class).single();
	}
}
