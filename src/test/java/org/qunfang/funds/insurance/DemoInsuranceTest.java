package org.qunfang.funds.insurance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qunfang.identity.CallerDirectory;
import org.qunfang.platform.demo.DemoData;
import org.qunfang.platform.demo.DemoLoading;
import org.qunfang.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo's insurance register: a policy about to end, one whose premium is booked, one whose premium waits. */
class DemoInsuranceTest extends IntegrationTest {

	@Autowired
	List<DemoData> parts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	Clock clock;

	@Autowired
	InsuranceQueries queries;

	@Test
	void theDemoTownshipInsuresItsSecurityDirectorsAndPaysFromTheFunds() {
		DemoLoading.load(parts, jdbc, tx, clock);
		var finance = fixtures.bean(CallerDirectory.class).of("taoyuan.finance").orElseThrow();
		var register = queries.list(finance, null);
		assertThat(register).extracting(InsuranceQueries.PolicyView::policyNo)
			.contains("YX-DS-YW-01", "YX-DS-YL-07", "YX-XH-YW-01");
		assertThat(register).filteredOn(p -> p.policyNo().equals("YX-DS-YW-01")).singleElement()
			.satisfies(p -> assertThat(p.status()).isEqualTo(PolicyStatus.EXPIRING));
		assertThat(register).filteredOn(p -> p.policyNo().equals("YX-DS-YL-07")).singleElement()
			.satisfies(p -> assertThat(p.premiumsBooked()).isEqualTo(1));
		assertThat(register).filteredOn(p -> p.policyNo().equals("YX-XH-YW-01")).singleElement()
			.satisfies(p -> assertThat(p.premiumsOpen()).isEqualTo(1));
	}
}
