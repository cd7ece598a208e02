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
}
