package org.qunfang.risk.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Hit rate and PAI on examples small enough to check by hand: ten cells, three incidents. */
class MetricsTest {

	private static final double[] RANKED = { 10, 9, 8, 7, 6, 5, 4, 3, 2, 1 };
	private static final int[] THREE = { 1, 0, 0, 1, 0, 0, 0, 0, 1, 0 };

	@Test
	void capturesTheIncidentsOfTheTopCells() {
		assertThat(Metrics.captured(RANKED, THREE, 1)).isEqualTo(1);
		assertThat(Metrics.captured(RANKED, THREE, 3)).isEqualTo(1);
		assertThat(Metrics.captured(RANKED, THREE, 4)).isEqualTo(2);
		assertThat(Metrics.captured(RANKED, THREE, 10)).isEqualTo(3);
	}

	@Test
	void equalScoresCountForTheExpectedShare() {
		// all alike: 2 of 10 cells flagged catch 2/10 of the 3 incidents on average
		assertThat(Metrics.captured(new double[10], THREE, 2)).isCloseTo(0.6, within(1e-12));
		// the first three tie and only two fit: the incident among them counts 2/3
		double[] tied = { 5, 5, 5, 4, 3, 2, 1, 0, 0, 0 };
		assertThat(Metrics.captured(tied, THREE, 2)).isCloseTo(2.0 / 3, within(1e-12));
		assertThat(Metrics.captured(tied, THREE, 4)).isCloseTo(2, within(1e-12));
	}

	@Test
	void paiIsTheHitRateOverTheAreaShareFlagged() {
		Metrics.Tally tally = new Metrics.Tally(10);
		tally.add(RANKED, THREE, 0);
		// 1 % and 2 % of ten cells still flag one cell (a tenth of the area): 1 of 3 incidents
		assertThat(Metrics.flagged(10, 0.01)).isEqualTo(1);
		assertThat(tally.hitRate(0)).isCloseTo(1.0 / 3, within(1e-12));
		assertThat(tally.pai(0)).isCloseTo((1.0 / 3) / 0.1, within(1e-12));
		// 5 % of ten cells rounds to one cell too; 10 % is one cell
		assertThat(tally.pai(3)).isCloseTo(10.0 / 3, within(1e-12));
	}

	@Test
	void poolsPeriodsAndCountsIncidentsOutsideTheArea() {
		Metrics.Tally tally = new Metrics.Tally(10);
		tally.add(RANKED, THREE, 0);
		// a second period: the top cell has both its incidents, and one falls outside the area
		tally.add(RANKED, new int[] { 2, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, 1);
		assertThat(tally.incidents()).isEqualTo(6);
		assertThat(tally.outside()).isEqualTo(1);
		assertThat(tally.periods()).isEqualTo(2);
		assertThat(tally.hitRate(3)).isCloseTo(3.0 / 6, within(1e-12));
		assertThat(tally.pai(3)).isCloseTo(5, within(1e-12));
	}

	@Test
	void aUniformRankingHasPaiOne() {
		Metrics.Tally tally = new Metrics.Tally(200);
		tally.add(new double[200], new int[200], 0);
		int[] counts = new int[200];
		counts[17] = 3;
		counts[150] = 1;
		tally.add(new double[200], counts, 0);
		for (int a = 0; a < Metrics.AREAS.length; a++) {
			assertThat(tally.pai(a)).isCloseTo(1, within(1e-12));
		}
	}

	@Test
	void proportionateInclusionIsCappedAtOne() {
		double[] pi = PatrolEffect.inclusion(new double[] { 10, 1, 1, 0 }, 2);
		assertThat(pi[0]).isEqualTo(1);
		assertThat(pi[1]).isCloseTo(0.5, within(1e-12));
		assertThat(pi[2]).isCloseTo(0.5, within(1e-12));
		assertThat(pi[3]).isZero();
	}
}
