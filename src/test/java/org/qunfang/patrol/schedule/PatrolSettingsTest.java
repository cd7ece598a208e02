package org.qunfang.patrol.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qunfang.identity.Caller;
import org.qunfang.identity.Role;
import org.qunfang.organization.AdminUnits;
import org.qunfang.organization.bodies.PreventionOrganizations;
import org.qunfang.platform.ForbiddenException;
import org.qunfang.platform.RefusalException;
import org.qunfang.support.IntegrationTest;
import org.qunfang.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A county sets how strongly its rosters lean toward risk (ADR 0030); other counties keep the default. */
class PatrolSettingsTest extends IntegrationTest {

	@Autowired
	PatrolSettings settings;

	@Autowired
	AdminUnits units;

	@Test
	void aCountyOfficerSetsTheRiskWeightOthersKeepTheDefaultAndBadValuesChangeNothing() {
		String code = "P" + System.nanoTime() % 100000;
		long county = units.createCounty(code, "排班县" + code, "Roster County " + code).id();
		String username = "officer." + code.toLowerCase();
		Caller officer = fixtures.account(username, "县综治办" + code, Role.COUNTY_OFFICER, county);
		assertThat(settings.riskWeight(county)).isEqualTo(PlanSettings.DEFAULT_RISK_WEIGHT);
		assertThat(settings.isDefault(county)).isTrue();

		settings.setRiskWeight(officer, 450);
		settings.setRiskWeight(officer, 400);
		assertThat(settings.riskWeight(county)).isEqualTo(400);
		assertThat(settings.isDefault(county)).isFalse();
		assertThat(settings.riskWeight(fixtures.id("county"))).isEqualTo(PlanSettings.DEFAULT_RISK_WEIGHT);

		assertThatThrownBy(() -> settings.setRiskWeight(officer, PatrolSettings.MAX_RISK_WEIGHT + 1))
			.extracting(e -> ((RefusalException) e).messageKey()).isEqualTo("error.patrol-settings.risk-weight");
		assertThatThrownBy(() -> settings.setRiskWeight(officer, -1)).isInstanceOf(RefusalException.class);
		assertThatThrownBy(() -> settings.setRiskWeight(fixtures.caller("t1.officer"), 100)).isInstanceOf(ForbiddenException.class);
		assertThat(settings.riskWeight(county)).isEqualTo(400);

		WebSession page = signedIn(username);
		assertThat(page.post("/patrol/settings/risk-weight", Map.of("riskWeight", "很多")).statusCode()).isEqualTo(302);
		assertThat(page.get("/patrol/settings").body()).contains("倾斜力度须为 0 到 2,000 之间的整数").contains("本县现为 400");
		assertThat(page.post("/patrol/settings/risk-weight", Map.of("riskWeight", "0")).statusCode()).isEqualTo(302);
		assertThat(settings.riskWeight(county)).isZero();
		assertThat(page.language("en").get("/patrol/settings").body()).contains("The county uses 0.");
	}

	@Test
	void rostersAreBuiltWithTheirCountysWeight() {
		long county = fixtures.id("county");
		Caller admin = fixtures.caller("t.admin");
		var org = fixtures.bean(PreventionOrganizations.class).get(admin, fixtures.id("orgA"));
		ScheduleInputs inputs = fixtures.bean(ScheduleInputs.class);
		LocalDate from = LocalDate.of(2026, 3, 1);
		try {
			assertThat(inputs.plan(org, from, from.plusDays(6), List.of(), 1, Map.of(), (a, b) -> false).getSettings()
				.riskWeight()).isEqualTo(PlanSettings.DEFAULT_RISK_WEIGHT);
			settings.setRiskWeight(admin, 350);
			assertThat(inputs.plan(org, from, from.plusDays(6), List.of(), 1, Map.of(), (a, b) -> false).getSettings()
				.riskWeight()).isEqualTo(350);
		} finally {
			// the fixture county is shared by every test: back to the default
			fixtures.bean(JdbcClient.class).sql("delete from patrol_setting where county_id = :c").param("c", county).update();
		}
	}
}
