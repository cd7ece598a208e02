package org.qunfang.funds.ledger;

import org.qunfang.funds.FundsPermissions;
import org.qunfang.identity.Audited;
import org.qunfang.identity.Caller;
import org.qunfang.platform.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county's approval rule for expenses: up to the threshold the township finance officer's approval
 * books an expense; above it a township leader approves too. 2,000 yuan unless the county sets another.
 */
@Service
public class FundSettings {

	static final long DEFAULT_LEADER_THRESHOLD = 200_000;

	private final JdbcClient jdbc;

	FundSettings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The amount above which a township leader approves too. */
	public Money leaderThreshold(long countyId) {
		return jdbc.sql("select leader_threshold from fund_settings where county_id = :c").param("c", countyId)
			.query(Long.class).optional().map(Money::fen).orElse(Money.fen(DEFAULT_LEADER_THRESHOLD));
	}

	@Transactional
	@Audited(value = "funds.settings.threshold", target = "fund-settings")
	public void setLeaderThreshold(Caller caller, Money threshold) {
		caller.require(FundsPermissions.SETTINGS);
		threshold.requirePositive();
		long county = caller.jurisdiction().countyId();
		ensureDefaults(county);
		jdbc.sql("update fund_settings set leader_threshold = :t, version = version + 1 where county_id = :c")
			.param("t", threshold.fen()).param("c", county).update();
	}

	void ensureDefaults(long countyId) {
		jdbc.sql("""
				insert into fund_settings (county_id, leader_threshold, version)
				select :c, :t, 0 where not exists (select 1 from fund_settings where county_id = :c)""")
			.param("c", countyId).param("t", DEFAULT_LEADER_THRESHOLD).update();
	}
}
