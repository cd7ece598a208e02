package org.qunfang.funds.bench;

import org.junit.jupiter.api.Assumptions;
import org.qunfang.funds.ledger.Ledger;
import org.qunfang.identity.ScopeDirectory;
import org.qunfang.organization.AdminUnit;
import org.qunfang.organization.AdminUnits;
import org.qunfang.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Base of the funds benchmarks: the whole application against PostgreSQL (run with {@code -Ppostgres} on a
 * database of their own, see {@code bench/funds-*.sh}), villages of their own in township T1 found again by
 * code on a later run. Their names end in Benchmark, so the test suite never runs them.
 */
abstract class LedgerBenchmark extends IntegrationTest {

	@Autowired
	protected Ledger ledger;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	private AdminUnits units;

	@Autowired
	private ScopeDirectory scopes;

	protected void assumePostgres() {
		Assumptions.assumeTrue(jdbc.sql("select version()").query(String.class).single().startsWith("PostgreSQL"),
				"a benchmark of PostgreSQL");
	}

	/** The benchmark's village of this code, made on the first run. */
	protected AdminUnit village(String code, String nameZh, String nameEn) {
		return scopes.byCode(fixtures.id("county"), code).flatMap(u -> units.find(u.id()))
			.orElseGet(() -> units.createVillage(fixtures.id("T1"), code, nameZh, nameEn));
	}
}
