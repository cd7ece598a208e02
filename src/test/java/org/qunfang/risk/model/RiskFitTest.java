package org.qunfang.risk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The fit recovers what was planted in a synthetic history, and behaves with little or no history. */
class RiskFitTest {

	@Test
	void recoversPlantedNearRepeatParametersAndHotspots() {
		SyntheticHistory history = new SyntheticHistory(30, 100, 1500, 0.0004, 0.05, 0.4, 0.2, 150, 7);
		long started = System.nanoTime();
		FittedRisk fit = RiskFit.fit(history.places, history.cases, 0, 1500, RiskSettings.defaults().withHalfLife(1e9)
			.withWindow(60));
		System.out.printf("cases=%d theta=%.3f omega=%.3f sigma=%.1f iterations=%d in %d ms%n", history.cases.size(),
				fit.branching(), fit.decayPerDay(), fit.spread(), fit.iterations(), (System.nanoTime() - started) / 1_000_000);
		assertThat(fit.fitted()).isTrue();
		assertThat(fit.branching()).as("θ").isCloseTo(0.4, within(0.1));
		assertThat(fit.decayPerDay()).as("ω").isCloseTo(0.2, within(0.08));
		assertThat(fit.spread()).as("σ").isCloseTo(150, within(50.0));
		int[] ranked = IntStream.range(0, history.places.size()).boxed()
			.sorted((a, b) -> Double.compare(fit.background()[b], fit.background()[a])).mapToInt(Integer::intValue).toArray();
		assertThat(List.of(ranked[0], ranked[1])).containsExactlyInAnyOrder(history.hotspots[0], history.hotspots[1]);
	}

	@Test
	void aQuietVillageTakesItsTownshipsLevelNotAnotherTownships() {
		// Township 0: a busy village (zones 0, 1) and a quiet one (zone 2); township 1: a village with a case
		// a year (zone 3) and a quiet one (zone 4).
		ZonePlaces places = new ZonePlaces(new int[] { 0, 0, 1, 2, 3 }, new int[] { 0, 0, 0, 1, 1 },
				List.of(new int[0], new int[0], new int[0], new int[0], new int[0]));
		java.util.List<Incident> history = new java.util.ArrayList<>();
		for (int day = 0; day < 700; day += 7) {
			history.add(Incident.at(0, day + 0.1, 20));
			history.add(Incident.at(1, day + 3.1, 22));
		}
		history.add(Incident.at(3, 100.5, 12));
		history.add(Incident.at(3, 500.5, 12));
		FittedRisk fit = RiskFit.fit(places, history, 0, 730, RiskSettings.defaults());
		Forecast forecast = fit.totals(730, 7, 0);
		assertThat(forecast.background()[2]).as("quiet, in the busy township")
			.isGreaterThan(2 * forecast.background()[4]);
		assertThat(forecast.background()[0]).isGreaterThan(forecast.background()[2]);
		assertThat(forecast.background()[3]).isGreaterThan(forecast.background()[4]);
	}
}
