package org.qunfang.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.qunfang.funds.fees.ChargeRules;
import org.qunfang.funds.fees.ChargeSettings;
import org.qunfang.funds.fees.Exemption;
import org.qunfang.identity.Caller;
import org.qunfang.identity.Role;
import org.qunfang.organization.AdminUnits;
import org.qunfang.organization.HouseholdCategory;
import org.qunfang.platform.ForbiddenException;
import org.qunfang.platform.Money;
import org.qunfang.platform.RefusalException;
import org.qunfang.support.IntegrationTest;
import org.qunfang.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;

/** A county keeps its own rules for levies and fees (a county of its own here, so others keep the defaults). */
class ChargeSettingsTest extends IntegrationTest {

	@Autowired
	ChargeSettings settings;

	@Autowired
	AdminUnits units;

	@Test
	void aCountyChangesItsRulesOthersKeepTheDefaultsAndRulesThatCannotWorkAreRefused() {
		String code = "R" + System.nanoTime() % 100000;
		long county = units.createCounty(code, "规则县" + code, "Rules County " + code).id();
		Caller admin = fixtures.account("admin." + code.toLowerCase(), "县管理员" + code, Role.COUNTY_ADMIN, county);
		assertThat(settings.rules(county)).isEqualTo(ChargeRules.DEFAULTS);

		ChargeRules own = new ChargeRules(1, 2, 3, 5, Money.fen(2_000), EnumSet.of(HouseholdCategory.FIVE_GUARANTEE),
				EnumSet.of(Exemption.SOLDIER, Exemption.OTHER), 16, 75, false, EnumSet.noneOf(HouseholdCategory.class),
				Set.of("OFFICE"));
		settings.update(admin, own);
		assertThat(settings.rules(county)).isEqualTo(own);
		assertThat(settings.rules(fixtures.id("county"))).isEqualTo(ChargeRules.DEFAULTS);

		assertThatThrownBy(() -> settings.update(admin, new ChargeRules(4, 3, 2, 3, Money.fen(1_500), Set.of(), Set.of(), 0,
				0, true, Set.of(), Set.of("TOOLS")))).extracting(e -> ((RefusalException) e).messageKey())
			.isEqualTo("error.funds.rules.fraction");
		assertThatThrownBy(() -> settings.update(admin, new ChargeRules(2, 3, 2, 3, Money.fen(1_500),
				EnumSet.of(HouseholdCategory.ORDINARY), Set.of(), 0, 0, true, Set.of(), Set.of("TOOLS"))))
			.extracting(e -> ((RefusalException) e).messageKey()).isEqualTo("error.funds.rules.ordinary");
		assertThatThrownBy(() -> settings.update(fixtures.caller("a.director"), own)).isInstanceOf(ForbiddenException.class);
		assertThat(settings.rules(county)).isEqualTo(own);

		WebSession page = signedIn("admin." + code.toLowerCase());
		assertThat(page.post("/funds/settings/charges", Map.of("quorumNum", "2", "quorumDen", "3", "approvalNum", "2",
				"approvalDen", "3", "personCap", "12.5", "levyExempt", "LOW_INCOME", "reason", "STUDENT", "townshipApproval",
				"true", "feePurpose", "TOOLS")).statusCode()).isEqualTo(302);
		assertThat(settings.rules(county)).satisfies(r -> {
			assertThat(r.personCap()).isEqualTo(Money.fen(1_250));
			assertThat(r.levyExemptCategories()).containsExactly(HouseholdCategory.LOW_INCOME);
			assertThat(r.exemptReasons()).containsExactly(Exemption.STUDENT);
			assertThat(r.townshipApproval()).isTrue();
			assertThat(r.feeExemptCategories()).isEmpty();
		});
		assertThat(page.get("/funds/settings/charges").body()).contains("12.50");
	}
}
