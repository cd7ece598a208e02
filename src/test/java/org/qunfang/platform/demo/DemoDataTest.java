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

		long residents = count("select count(*) from resident where county_id = :c", county);
		assertThat(residents).isBetween(3_000L, 20_000L);
		assertThat(count("select count(distinct id_index) from resident where county_id = :c", county))
			.as("ID numbers are unique").isEqualTo(residents);
		assertThat(count("""
				select count(*) from household h where h.county_id = :c
				and (select count(*) from resident r where r.household_id = h.id and r.relation = 'HEAD') <> 1""", county))
			.as("every household has exactly one head").isZero();
		assertThat(jdbc.sql("select distinct org_type from prevention_org where county_id = :c").param("c", county)
			.query(String.class).list()).containsExactlyInAnyOrder("SECURITY_COMMITTEE", "MEDIATION_COMMITTEE",
					"FULL_TIME_PATROL", "VOLUNTARY_PATROL", "VILLAGE_DEFENSE", "TEN_HOUSEHOLD", "SECURITY_CONTRACT");
		assertThat(count("""
				select count(*) from (select village_id from prevention_org where county_id = :c
				  and org_type in ('FULL_TIME_PATROL', 'VOLUNTARY_PATROL') and status <> 'DISSOLVED'
				  group by village_id having count(*) > 1) twice""", county))
			.as("the patrol duty has one owner per village").isZero();
		String shiqiaoCommittee = """
				from prevention_org o join admin_unit v on v.id = o.village_id
				where o.county_id = :c and v.code = 'YX-SQ-SQ' and o.org_type = 'SECURITY_COMMITTEE'""";
		assertThat(jdbc.sql("select o.status " + shiqiaoCommittee).param("c", county).query(String.class).single())
			.isEqualTo("PARALYZED");
		assertThat(count("select count(*) from org_status_change s where s.org_id = (select o.id " + shiqiaoCommittee + ")",
				county)).isEqualTo(2);
		String baishaPatrol = """
				from prevention_org o join admin_unit v on v.id = o.village_id
				where o.county_id = :c and v.code = 'YX-SQ-BS' and o.org_type = 'VOLUNTARY_PATROL'""";
		assertThat(count("select count(*) " + baishaPatrol, county)).isEqualTo(1);
		assertThat(count("select count(*) from appointment a where a.org_id = (select o.id " + baishaPatrol + ")", county))
			.as("白沙村's voluntary patrol is unstaffed").isZero();
		assertThat(count("""
				select count(*) from appointment a join admin_unit v on v.id = (select o.village_id from prevention_org o
				  where o.id = a.org_id)
				where a.county_id = :c and v.code = 'YX-SQ-HTL' and a.failed_checks = 'AGE'""", county))
			.isGreaterThanOrEqualTo(2);
		assertThat(count("""
				select count(*) from security_contract k where k.county_id = :c and k.contract_no = 'YX-XHC-2026-01'
				and k.fee_fen = (select sum(p.amount_fen) from security_contract_payment p where p.contract_id = k.id)""",
				county)).isEqualTo(1);
	}

	private long count(String sql, long county) {
		return jdbc.sql(sql).param("c", county).query(Long.class).single();
	}
}
