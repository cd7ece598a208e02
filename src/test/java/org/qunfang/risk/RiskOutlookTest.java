package org.qunfang.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qunfang.cases.register.CaseChannel;
import org.qunfang.cases.register.CaseRegister;
import org.qunfang.cases.register.NewCase;
import org.qunfang.identity.Caller;
import org.qunfang.organization.OrganizationType;
import org.qunfang.organization.bodies.NewOrganization;
import org.qunfang.organization.bodies.PreventionOrganizations;
import org.qunfang.patrol.PatrolRiskWeights;
import org.qunfang.patrol.PatrolZone;
import org.qunfang.patrol.zones.PatrolZones;
import org.qunfang.risk.internal.RiskOutlook;
import org.qunfang.risk.internal.VillageRisk;
import org.qunfang.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A village with three zones in a row: a burst of thefts at the market in the last days, a year of night
 * burglaries at the east end, and a quiet west end. The forecast, the places to watch and their reasons,
 * the weights the schedule gets through the patrol module's interface, and who may see it.
 */
class RiskOutlookTest extends IntegrationTest {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
	private static final Map<String, Long> IDS = new HashMap<>();

	@Autowired
	ApplicationContext context;

	private Caller officer;

	@BeforeEach
	void village() {
		officer = fixtures.caller("t1.officer");
		synchronized (IDS) {
			if (IDS.isEmpty()) {
				build();
			}
		}
	}

	private void build() {
		long village = fixtures.newVillage("RSK");
		IDS.put("village", village);
		fixtures.bean(PreventionOrganizations.class).create(officer, new NewOrganization(village,
				OrganizationType.SECURITY_COMMITTEE, "测试村RSK治保会", LocalDate.of(2026, 1, 1), List.of()));
		PatrolZones zones = fixtures.bean(PatrolZones.class);
		long west = zones.createZone(officer, village, "西头", null, null, null);
		long market = zones.createZone(officer, village, "集市", null, null, null);
		long east = zones.createZone(officer, village, "东头", null, null, null);
		zones.connect(officer, west, market);
		zones.connect(officer, market, east);
		IDS.put("west", west);
		IDS.put("market", market);
		IDS.put("east", east);
		CaseRegister register = fixtures.bean(CaseRegister.class);
		Instant now = clock.instant();
		for (int i = 1; i <= 4; i++) {
			register.register(officer, theft(village, "集市", now.minus(Duration.ofDays(2L * i)).minus(Duration.ofHours(3)), "THEFT"));
		}
		for (int week = 3; week < 50; week += 2) {
			// 02:00 Beijing time: night burglaries at the east end, one a fortnight for most of a year.
			Instant night = LocalDate.now(ZONE).minusWeeks(week).atTime(2, 0).atZone(ZONE).toInstant();
			register.register(officer, theft(village, "东头", night, "BURGLARY"));
		}
		IDS.put("patrolFound", register.register(officer, new NewCase(village, "THEFT", now.minus(Duration.ofDays(1)), null, null,
				"西头", null, null, "巡逻发现西头有人撬锁", 0, "巡逻队", CaseChannel.PATROL, null, null, List.of(), true)));
	}

	private static NewCase theft(long village, String place, Instant at, String type) {
		return new NewCase(village, type, at, null, null, place, null, null, place + "发生案件", 10_000, "村民", CaseChannel.VILLAGER,
				null, null, List.of(), true);
	}

	@Test
	void theForecastRaisesTheMarketForNowAndTheEastEndAtNight() {
		LocalDate today = LocalDate.now(clock.withZone(ZONE));
		var forecast = fixtures.bean(VillageRisk.class).forecast(fixtures.id("county"), IDS.get("village"), today, today.plusDays(6));
		Map<String, VillageRisk.ZoneForecast> byName = new HashMap<>();
		forecast.zones().forEach(z -> byName.put(z.zone().name(), z));
		assertThat(forecast.cases()).isEqualTo(4 + 24 + 1);
		assertThat(forecast.placed()).as("the case found on patrol is left out").isEqualTo(4 + 24);
		var market = byName.get("集市");
		var east = byName.get("东头");
		var west = byName.get("西头");
		assertThat(market.nearRepeat()).isGreaterThan(east.nearRepeat()).isGreaterThan(west.nearRepeat());
		assertThat(west.nearRepeat()).as("next to the market").isGreaterThan(0);
		assertThat(east.background()).isGreaterThan(market.background()).isGreaterThan(west.background());
		double night = 0;
		double noon = 0;
		for (int day = 0; day < 7; day++) {
			night += east.byHour()[day * 24 + 2];
			noon += east.byHour()[day * 24 + 12];
		}
		assertThat(night).as("burglaries at 02:00").isGreaterThan(2 * noon);
		for (var z : forecast.zones()) {
			for (double v : z.byHour()) {
				assertThat(v).isFinite().isPositive();
			}
		}
		var withoutPatrolFinds = forecast.zones().stream().mapToDouble(VillageRisk.ZoneForecast::total).sum();
		assertThat(withoutPatrolFinds).isPositive();
	}

	@Test
	void thePlacesToWatchSayWhy() {
		LocalDate today = LocalDate.now(clock.withZone(ZONE));
		var view = fixtures.bean(RiskOutlook.class).village(officer, IDS.get("village"), today, Locale.SIMPLIFIED_CHINESE);
		assertThat(view.hotspots()).isNotEmpty();
		assertThat(view.hotspots()).extracting(h -> h.zone().zone().name()).contains("集市", "东头");
		String page = signedIn("t1.officer").get("/risk?village=" + IDS.get("village")).body();
		assertThat(page).contains("风险研判", "集市", "东头", "risk-heatmap", "近14天本区域及相邻区域发生盗窃5起",
				"过去一年本区域登记案件");
		String english = signedIn("t1.officer").language("en").get("/risk?village=" + IDS.get("village")).body();
		assertThat(english).contains("Risk outlook", "In the last 14 days, in this zone and next to it: Theft 5");
		var api = signedIn("t1.officer").json("GET", "/api/v1/risk/villages/" + IDS.get("village"), null, Map.of());
		assertThat(api.statusCode()).isEqualTo(200);
		assertThat(api.body()).contains("\"name\":\"集市\"", "\"byHour\":[", "\"hotspots\":[");
		assertThat(signedIn("b.security").json("GET", "/api/v1/risk/villages/" + IDS.get("village"), null, Map.of())
			.statusCode()).isEqualTo(404);
		assertThat(signedIn("t1.officer").get("/risk").body()).as("the township sees its villages").contains("测试村RSK", "甲村");
		assertThat(signedIn("a.patrol").get("/risk").statusCode()).as("members do not see risk maps").isEqualTo(403);
	}

	@Test
	void theScheduleGetsTheModelsCappedWeightsThroughThePatrolInterface() {
		PatrolRiskWeights weights = context.getBeanProvider(PatrolRiskWeights.class).orderedStream().findFirst().orElseThrow();
		assertThat(weights.getClass().getPackageName()).startsWith("org.qunfang.risk");
		List<PatrolZone> zones = fixtures.bean(org.qunfang.patrol.PatrolEffort.class).zones(fixtures.id("county"), IDS.get("village"));
		LocalDate today = LocalDate.now(clock.withZone(ZONE));
		Map<Long, double[]> w = weights.weights(fixtures.id("county"), zones, today, today.plusDays(6));
		assertThat(w.keySet()).containsExactlyInAnyOrder(IDS.get("west"), IDS.get("market"), IDS.get("east"));
		var raw = fixtures.bean(VillageRisk.class).forecast(fixtures.id("county"), IDS.get("village"), today, today.plusDays(6));
		double average = raw.total() / (3 * 168);
		for (double[] hours : w.values()) {
			assertThat(hours).hasSize(PatrolRiskWeights.HOURS);
			for (double v : hours) {
				assertThat(v).isFinite().isPositive().isLessThanOrEqualTo(3 * average + 1e-12);
			}
		}
		for (var z : raw.zones()) {
			for (int h = 0; h < PatrolRiskWeights.HOURS; h++) {
				assertThat(w.get(z.zone().id())[h]).as("the model's weight, or the cap")
					.isCloseTo(Math.min(z.byHour()[h], 3 * average), org.assertj.core.api.Assertions.within(1e-12));
			}
		}
		double market = java.util.Arrays.stream(w.get(IDS.get("market"))).sum();
		double west = java.util.Arrays.stream(w.get(IDS.get("west"))).sum();
		assertThat(market).isGreaterThan(west);
	}

	@Test
	void aQuietVillageIsPulledTowardItsTownshipNotLeftAtTheFloor() {
		long quiet = IDS.computeIfAbsent("quiet", k -> {
			long village = fixtures.newVillage("RSQ");
			fixtures.bean(PatrolZones.class).createZone(officer, village, "村口", null, null, null);
			return village;
		});
		LocalDate today = LocalDate.now(clock.withZone(ZONE));
		var township = fixtures.bean(VillageRisk.class).county(fixtures.id("county"), today, today.plusDays(6));
		assertThat(township).containsKeys(quiet, IDS.get("village"), fixtures.id("A"));
		int places = township.values().stream().mapToInt(v -> v.zones().size()).sum();
		double floorOverAWeek = 7.0 / places / (365.25 * 3);
		var quietZone = township.get(quiet).zones().getFirst();
		assertThat(township.get(quiet).cases()).isZero();
		assertThat(quietZone.total()).as("no cases, but the township has them").isGreaterThan(3 * floorOverAWeek);
		double busiest = township.get(IDS.get("village")).zones().stream().mapToDouble(VillageRisk.ZoneForecast::total).max()
			.orElseThrow();
		assertThat(quietZone.total()).isLessThan(busiest);
	}

	@Test
	void aZoneNextToAnotherVillagesBurstNamesItsCasesAsTheReason() {
		long busy = fixtures.newVillage("RSX");
		long quiet = fixtures.newVillage("RSY");
		fixtures.bean(PreventionOrganizations.class).create(officer, new NewOrganization(busy,
				OrganizationType.SECURITY_COMMITTEE, "测试村RSX治保会", LocalDate.of(2026, 1, 1), List.of()));
		PatrolZones zones = fixtures.bean(PatrolZones.class);
		long bridge = zones.createZone(officer, busy, "桥头", null, null, null);
		long across = zones.createZone(officer, quiet, "对岸", null, null, null);
		zones.connect(officer, bridge, across);
		CaseRegister register = fixtures.bean(CaseRegister.class);
		for (int i = 1; i <= 3; i++) {
			register.register(officer, theft(busy, "桥头", clock.instant().minus(Duration.ofDays(i)), "THEFT"));
		}
		LocalDate today = LocalDate.now(clock.withZone(ZONE));
		var view = fixtures.bean(RiskOutlook.class).village(officer, quiet, today, Locale.SIMPLIFIED_CHINESE);
		assertThat(view.forecast().zones().getFirst().nearRepeat()).as("the burst across the border").isPositive();
		assertThat(view.hotspots()).isNotEmpty().allSatisfy(h -> assertThat(h.reasons())
			.anySatisfy(r -> assertThat(r.text(fixtures.bean(org.springframework.context.MessageSource.class),
					Locale.SIMPLIFIED_CHINESE)).isEqualTo("近14天本区域及相邻区域发生盗窃3起。")));
	}
}
