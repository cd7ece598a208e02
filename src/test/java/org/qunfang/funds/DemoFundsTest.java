package org.qunfang.funds;

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

/**
 * The demo township's year of money: it balances, it has every kind of entry, a closed period, waiting proposals and
 * published statements with villagers' questions.
 */
class DemoFundsTest extends IntegrationTest {

	@Autowired
	List<DemoData> parts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	Clock clock;

	@Test
	void aYearOfMoneyThatAddsUp() {
		DemoLoading.load(parts, jdbc, tx, clock);
		long county = jdbc.sql("select id from admin_unit where code = 'YX'").query(Long.class).single();
		for (String kind : List.of("INCOME", "EXPENSE", "REVERSAL")) {
			assertThat(count("select count(*) from ledger_entry where county_id = :c and kind = '" + kind + "'", county))
				.as(kind).isPositive();
		}
		assertThat(count("select count(*) from ledger_entry where county_id = :c", county)).isGreaterThan(50);
		assertThat(count("""
				select count(*) from (select entry_id from ledger_line where county_id = :c group by entry_id
				  having sum(debit) <> sum(credit)) unbalanced""", county)).as("every entry balances").isZero();
		assertThat(count("""
				select count(*) from fund_books b where b.county_id = :c and b.bank_balance <>
				  (select coalesce(sum(f.balance), 0) from fund f where f.village_id = b.village_id)""", county))
			.as("each village's account holds what its funds hold").isZero();
		assertThat(count("select count(*) from fund where county_id = :c and balance < 0", county)).isZero();
		assertThat(count("select count(*) from fund_period_close where county_id = :c", county)).isPositive();
		assertThat(count("select count(*) from fund_proposal where county_id = :c and status = 'PENDING'", county)).isPositive();
		assertThat(count("select count(*) from fund_proposal where county_id = :c and status = 'AWAITING_LEADER'", county))
			.isPositive();
		assertThat(count("select count(*) from fund_reconciliation where county_id = :c and statement_balance <> ledger_balance",
				county)).as("one reconciliation shows a difference").isEqualTo(1);
		assertThat(count("select count(*) from disclosure_statement where county_id = :c", county))
			.as("six months published for each of two villages").isEqualTo(12);
		assertThat(count("select count(*) from disclosure_question where county_id = :c", county)).isEqualTo(2);
		assertThat(count("select count(*) from disclosure_question where county_id = :c and answer is not null", county))
			.isEqualTo(1);
	}

	private long count(String sql, long county) {
		return jdbc.sql(sql).param("c", county).query(Long.class).single();
	}
}
