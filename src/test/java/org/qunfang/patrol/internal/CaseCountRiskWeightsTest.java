package org.qunfang.patrol.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qunfang.patrol.PatrolRiskWeights;
import org.qunfang.patrol.PatrolZone;

/** Zone risk from case counts: by place name or nearest centre, smoothed, never zero. */
class CaseCountRiskWeightsTest {

	private static final PatrolZone MARKET = new PatrolZone(1, 1, 10, "/1/", "集贸市场", 28.0, 112.0, List.of());
	private static final PatrolZone DAM = new PatrolZone(2, 1, 10, "/1/", "水库大坝", 28.01, 111.99, List.of());
	private static final PatrolZone NOWHERE = new PatrolZone(3, 1, 10, "/1/", "无坐标", null, null, List.of());

	@Test
	void casesCountWhereTheyHappenedAndAtTheirHour() {
		int fridayNight = 4 * 24 + 22;
		var sightings = List.of(new CaseCountRiskWeights.Sighting(fridayNight, "集贸市场", null, null),
				new CaseCountRiskWeights.Sighting(fridayNight, "集贸市场", null, null),
				new CaseCountRiskWeights.Sighting(fridayNight, "别处", 28.0099, 111.9901));
		Map<Long, double[]> w = CaseCountRiskWeights.weigh(List.of(MARKET, DAM, NOWHERE), sightings);
		assertThat(w.get(1L)[fridayNight]).isGreaterThan(w.get(2L)[fridayNight]);
		assertThat(w.get(2L)[fridayNight]).isGreaterThan(w.get(3L)[fridayNight]);
		assertThat(w.get(1L)[fridayNight]).isGreaterThan(w.get(1L)[10]);
		// Smoothing spreads a case to the neighbouring hours.
		assertThat(w.get(1L)[fridayNight + 1]).isGreaterThan(w.get(1L)[fridayNight + 5]);
	}

	@Test
	void noCasesStillGivesAPositiveFiniteWeightEverywhere() {
		Map<Long, double[]> w = CaseCountRiskWeights.weigh(List.of(MARKET, NOWHERE), List.of());
		for (double[] hours : w.values()) {
			assertThat(hours).hasSize(PatrolRiskWeights.HOURS);
			for (double h : hours) {
				assertThat(h).isPositive().isFinite();
			}
		}
	}
}
