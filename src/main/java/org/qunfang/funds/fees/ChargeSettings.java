package org.qunfang.funds.fees;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.qunfang.funds.FundsPermissions;
import org.qunfang.funds.ledger.Purposes;
import org.qunfang.identity.Audited;
import org.qunfang.identity.Caller;
import org.qunfang.organization.HouseholdCategory;
import org.qunfang.platform.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The county's {@link ChargeRules}: the defaults until the county keeps its own. */
@Service
public class ChargeSettings {

	private final JdbcClient jdbc;
	private final Purposes purposes;

	ChargeSettings(JdbcClient jdbc, Purposes purposes) {
		this.jdbc = jdbc;
		this.purposes = purposes;
	}

	public ChargeRules rules(long countyId) {
		return jdbc.sql("select * from fund_charge_rules where county_id = :c").param("c", countyId)
			.query((rs, n) -> new ChargeRules(rs.getInt("quorum_num"), rs.getInt("quorum_den"), rs.getInt("approval_num"),
					rs.getInt("approval_den"), Money.fen(rs.getLong("person_cap")),
					set(rs.getString("levy_exempt_categories"), HouseholdCategory::valueOf, HouseholdCategory.class),
					set(rs.getString("exempt_reasons"), Exemption::valueOf, Exemption.class), rs.getInt("exempt_under_age"),
					rs.getInt("exempt_from_age"), rs.getBoolean("township_approval"),
					set(rs.getString("fee_exempt_categories"), HouseholdCategory::valueOf, HouseholdCategory.class),
					new LinkedHashSet<>(Arrays.asList(rs.getString("fee_purposes").split(",")))))
			.optional().orElse(ChargeRules.DEFAULTS);
	}

	/** Replaces the county's rules; levies and fees already billed keep their bills. */
	@Transactional
	@Audited(value = "funds.settings.charges", target = "fund-charge-rules")
	public void update(Caller caller, ChargeRules rules) {
		caller.require(FundsPermissions.SETTINGS);
		long county = caller.jurisdiction().countyId();
		rules.checked().feePurposes().forEach(p -> purposes.require(county, p));
		boolean stored = jdbc.sql("select count(*) from fund_charge_rules where county_id = :c").param("c", county)
			.query(Long.class).single() > 0;
		jdbc.sql(stored ? """
				update fund_charge_rules set quorum_num = :qn, quorum_den = :qd, approval_num = :an, approval_den = :ad,
				  person_cap = :cap, levy_exempt_categories = :lc, exempt_reasons = :er, exempt_under_age = :under,
				  exempt_from_age = :from, township_approval = :township, fee_exempt_categories = :fc, fee_purposes = :fp,
				  version = version + 1
				where county_id = :c""" : """
				insert into fund_charge_rules (county_id, quorum_num, quorum_den, approval_num, approval_den, person_cap,
				  levy_exempt_categories, exempt_reasons, exempt_under_age, exempt_from_age, township_approval,
				  fee_exempt_categories, fee_purposes, version)
				values (:c, :qn, :qd, :an, :ad, :cap, :lc, :er, :under, :from, :township, :fc, :fp, 0)""")
			.param("qn", rules.quorumNum()).param("qd", rules.quorumDen())
			.param("an", rules.approvalNum()).param("ad", rules.approvalDen()).param("cap", rules.personCap().fen())
			.param("lc", names(rules.levyExemptCategories())).param("er", names(rules.exemptReasons()))
			.param("under", rules.exemptUnderAge()).param("from", rules.exemptFromAge())
			.param("township", rules.townshipApproval()).param("fc", names(rules.feeExemptCategories()))
			.param("fp", String.join(",", rules.feePurposes())).param("c", county).update();
	}

	private static String names(Set<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	private static <E extends Enum<E>> Set<E> set(String stored, Function<String, E> parse, Class<E> type) {
		Set<E> out = EnumSet.noneOf(type);
		if (stored != null && !stored.isBlank()) {
			Arrays.stream(stored.split(",")).map(parse).forEach(out::add);
		}
		return out;
	}
}
