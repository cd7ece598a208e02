package org.qunfang.patrol.schedule;

import org.qunfang.identity.Audited;
import org.qunfang.identity.Caller;
import org.qunfang.patrol.PatrolPermissions;
import org.qunfang.platform.DomainException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county's patrol scheduling settings: the risk weight — the soft points an extra patrol earns on a
 * shift twice as risky as the period's median shift (ADR 0030), weighed against fairness. A county that
 * never changed it uses the deployment's default ({@code qunfang.patrol.schedule.risk-weight}); 0 turns
 * risk-led extra patrols off.
 */
@Service
public class PatrolSettings {

	/** The largest risk weight a county may set: beyond it fairness no longer counts for extra patrols. */
	public static final int MAX_RISK_WEIGHT = 2000;

	private final JdbcClient jdbc;
	private final int defaultRiskWeight;

	PatrolSettings(JdbcClient jdbc,
			@Value("${qunfang.patrol.schedule.risk-weight:" + PlanSettings.DEFAULT_RISK_WEIGHT + "}") int defaultRiskWeight) {
		this.jdbc = jdbc;
		this.defaultRiskWeight = defaultRiskWeight;
	}

	public int riskWeight(long countyId) {
		return jdbc.sql("select risk_weight from patrol_setting where county_id = :c").param("c", countyId)
			.query(Integer.class).optional().orElse(defaultRiskWeight);
	}

	/** Whether the county uses the deployment's default. */
	public boolean isDefault(long countyId) {
		return jdbc.sql("select count(*) from patrol_setting where county_id = :c").param("c", countyId).query(Integer.class)
			.single() == 0;
	}

	/** Sets the caller's county's risk weight; a value outside 0 to {@value #MAX_RISK_WEIGHT} is refused and changes nothing. */
	@Transactional
	@Audited(value = "patrol.settings.risk-weight", target = "patrol-settings")
	public void setRiskWeight(Caller caller, int weight) {
		caller.require(PatrolPermissions.SETTINGS_EDIT);
		if (weight < 0 || weight > MAX_RISK_WEIGHT) {
			throw new DomainException("error.patrol-settings.risk-weight", MAX_RISK_WEIGHT);
		}
		long county = caller.jurisdiction().countyId();
		int updated = jdbc.sql("update patrol_setting set risk_weight = :w, version = version + 1 where county_id = :c")
			.param("w", weight).param("c", county).update();
		if (updated == 0) {
			jdbc.sql("insert into patrol_setting (county_id, risk_weight, version) values (:c, :w, 0)").param("c", county)
				.param("w", weight).update();
		}
	}
}
