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
 * The demo's levies and fees: an approved and billed levy and fee in 东山村, paid in part, every payment
 * booked and numbered without gaps; a levy of 西河村 without a quorum, waiting.
 */
class DemoLeviesTest extends IntegrationTest {

	@Autowired
	List<DemoData> parts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	Clock clock;

	@Test
	void billsPartlyPaidWhoseEveryPaymentIsBookedAndNumbered() {
		DemoLoading.load(parts, jdbc, tx, clock);
		long county = jdbc.sql("select id from admin_unit where code = 'YX'").query(Long.class).single();
		assertThat(count("select count(*) from fund_charge where county_id = :c and status = 'APPROVED'", county)).isEqualTo(2);
		assertThat(count("select count(*) from fund_charge where county_id = :c and status = 'PROPOSED' and present < 20",
				county)).isEqualTo(1);
		assertThat(count("select count(*) from fund_bill where county_id = :c and paid = 0 and amount > 0", county))
			.as("households still owing").isPositive();
		assertThat(count("select count(*) from fund_bill where county_id = :c and paid > 0 and paid < amount", county))
			.as("households that paid a part").isPositive();
		assertThat(count("select count(*) from fund_bill_member where county_id = :c and exemption = 'STUDENT'", county))
			.isEqualTo(2);
		assertThat(count("select coalesce(sum(paid), 0) from fund_bill where county_id = :c", county))
			.as("what the bills were paid is what the payments booked").isEqualTo(count("""
					select coalesce(sum(e.amount), 0) from ledger_entry e join fund_payment p on p.entry_id = e.id
					where p.county_id = :c""", county));
		assertThat(count("""
				select count(*) from (select village_id, receipt_year, max(receipt_no) - count(*) as gap from fund_payment
				  where county_id = :c group by village_id, receipt_year) g where g.gap <> 0""", county))
			.as("receipts without gaps").isZero();
	}

	private long count(String sql, long county) {
		return jdbc.sql(sql).param("c", county).query(Long.class).single();
	}
}
