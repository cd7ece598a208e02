package org.qunfang.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qunfang.cases.suggestion.PublicSuggestionDesk;
import org.qunfang.platform.demo.DemoData;
import org.qunfang.platform.demo.DemoLoading;
import org.qunfang.platform.publicform.RateLimits;
import org.qunfang.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo county's suggestion books: answered, resolved, closed unresolved, reopened and overdue writings. */
class DemoSuggestionsTest extends IntegrationTest {

	@Autowired
	List<DemoData> parts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	Clock clock;

	@Autowired
	PublicSuggestionDesk desk;

	@Autowired
	RateLimits limits;

	@Test
	void theDemoVillagesHaveSuggestionsInEveryStateAndTheTipsStayPrivate() {
		DemoLoading.load(parts, jdbc, tx, clock);
		long county = jdbc.sql("select id from admin_unit where code = 'YX'").query(Long.class).single();
		assertThat(jdbc.sql("select distinct status from suggestion where county_id = :c").param("c", county)
			.query(String.class).list()).containsExactlyInAnyOrder("SUBMITTED", "ANSWERED", "RESOLVED", "CLOSED_UNRESOLVED",
					"REOPENED");
		assertThat(jdbc.sql("select count(*) from suggestion where county_id = :c and escalations > 0").param("c", county)
			.query(Long.class).single()).isGreaterThanOrEqualTo(3);
		assertThat(jdbc.sql("select count(*) from suggestion where county_id = :c and status = 'CLOSED_UNRESOLVED'"
				+ " and outcome_note is null").param("c", county).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from notification where county_id = :c and message_key = 'suggestion.notice.overdue'")
			.param("c", county).query(Long.class).single()).isPositive();

		limits.clear();
		var opinion = desk.lookup("yxds2 6abcd", "demo-test");
		assertThat(opinion.content()).contains("巡逻队");
		long dongshan = jdbc.sql("select id from admin_unit where code = 'YX-TY-DS'").query(Long.class).single();
		var page = desk.page(dongshan);
		assertThat(page.answered()).isNotEmpty();
		assertThat(page.answered()).noneMatch(s -> s.content().contains("面包车") || s.content().contains("柴草"));
	}
}
