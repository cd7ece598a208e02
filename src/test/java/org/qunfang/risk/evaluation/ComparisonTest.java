package org.qunfang.risk.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The paired block bootstrap of two methods' captures, and the hindsight references, on hand-made walks. */
class ComparisonTest {

	private static final int CELLS = 10;
	private static final double[] RANKED = { 10, 9, 8, 7, 6, 5, 4, 3, 2, 1 };
	private static final double[] REVERSED = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };

	/** A period with one incident in the first cell and one in the last. */
	private static int[] firstAndLast() {
		int[] counts = new int[CELLS];
		counts[0] = 1;
		counts[CELLS - 1] = 1;
		return counts;
	}

	@Test
	void aMethodAgainstItselfIsOneWithNoDoubt() {
		Metrics.Tally a = new Metrics.Tally(CELLS);
		Metrics.Tally b = new Metrics.Tally(CELLS);
		for (int p = 0; p < 21; p++) {
			int[] counts = new int[CELLS];
			counts[p % CELLS] = 1;
			a.add(RANKED, counts, 0);
			b.add(RANKED, counts, 0);
		}
		Comparison.Ratio r = Comparison.ratio(a, b, 3, 7, 500, 1);
		assertThat(r.estimate()).isEqualTo(1);
		assertThat(r.low()).isEqualTo(1);
		assertThat(r.high()).isEqualTo(1);
		assertThat(r.separates()).isFalse();
	}

	@Test
	void twiceTheCatchInEveryPeriodIsTwoAndSeparates() {
		Metrics.Tally a = new Metrics.Tally(CELLS);
		Metrics.Tally b = new Metrics.Tally(CELLS);
		for (int p = 0; p < 14; p++) {
			int[] counts = new int[CELLS];
			counts[0] = 2;
			counts[CELLS - 1] = 1;
			a.add(RANKED, counts, 0); // the top cell (10 % of the area) holds two incidents
			b.add(REVERSED, counts, 0); // its top cell holds one
		}
		Comparison.Ratio r = Comparison.ratio(a, b, 3, 7, 500, 1);
		assertThat(r.estimate()).isEqualTo(2);
		assertThat(r.low()).isEqualTo(2);
		assertThat(r.high()).isEqualTo(2);
		assertThat(r.separates()).isTrue();
	}

	@Test
	void theIntervalSpansWhatRedrawingTheWeeksCanGive() {
		// two weeks: in the first the method catches all 7 incidents and the other none; in the second the reverse.
		// Redrawing two weeks gives 7+7 against 0 (ratio ∞), 0 against 7+7 (0) or one of each (1).
		Metrics.Tally a = new Metrics.Tally(CELLS);
		Metrics.Tally b = new Metrics.Tally(CELLS);
		int[] first = new int[CELLS];
		first[0] = 1;
		int[] last = new int[CELLS];
		last[CELLS - 1] = 1;
		for (int p = 0; p < 7; p++) {
			a.add(RANKED, first, 0);
			b.add(REVERSED, first, 0);
		}
		for (int p = 0; p < 7; p++) {
			a.add(RANKED, last, 0);
			b.add(REVERSED, last, 0);
		}
		Comparison.Ratio r = Comparison.ratio(a, b, 3, 7, 2000, 7);
		assertThat(r.estimate()).isEqualTo(1);
		assertThat(r.low()).isZero();
		assertThat(r.high()).isInfinite();
		assertThat(r.separates()).isFalse();
		// one block of the whole walk cannot be redrawn into anything else
		Comparison.Ratio whole = Comparison.ratio(a, b, 3, 14, 2000, 7);
		assertThat(whole.low()).isEqualTo(1);
		assertThat(whole.high()).isEqualTo(1);
	}

	@Test
	void nothingCaughtByTheOtherIsNoRatio() {
		Metrics.Tally a = new Metrics.Tally(CELLS);
		Metrics.Tally b = new Metrics.Tally(CELLS);
		int[] first = new int[CELLS];
		first[0] = 1;
		a.add(RANKED, first, 0);
		b.add(REVERSED, first, 0);
		assertThat(Comparison.ratio(a, b, 0, 7, 100, 1).estimate()).isNaN();
		assertThat(Comparison.ratio(b, a, 0, 7, 100, 1).estimate()).isZero();
	}

	@Test
	void talliesOfDifferentWalksAreNotCompared() {
		Metrics.Tally a = new Metrics.Tally(CELLS);
		Metrics.Tally b = new Metrics.Tally(CELLS);
		a.add(RANKED, firstAndLast(), 0);
		assertThatThrownBy(() -> Comparison.ratio(a, b, 0, 7, 100, 1)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void percentilesAreNearestRank() {
		double[] sorted = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
		assertThat(Comparison.percentile(sorted, 0.025)).isEqualTo(1);
		assertThat(Comparison.percentile(sorted, 0.5)).isEqualTo(5);
		assertThat(Comparison.percentile(sorted, 0.975)).isEqualTo(10);
	}

	@Test
	void hindsightCountsEverythingButTheScoredPeriod() {
		// cell 0: days 1 and 5; cell 1: days 5 and 9; cell 2: day 12; one outside the area on day 5
		Events events = new Events(new int[] { 0, 0, 1, -1, 1, 2 }, new double[] { 1.5, 5.5, 5.5, 5.5, 9.5, 12.5 },
				new int[] { -1, -1, -1, -1, -1, -1 }, new int[6]);
		Events[] slots = { events };
		Method all = Baselines.hindsight("all", 3, slots, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
		assertThat(all.hindsight()).isTrue();
		double[] onDay5 = all.scores(5, 1, 0, 0); // one each: day 1, day 9, day 12
		assertThat(onDay5[0]).isPositive().isEqualTo(onDay5[1]).isEqualTo(onDay5[2]);
		double[] onDay0 = all.scores(0, 1, 0, 0); // two, two and one
		assertThat(onDay0[0]).isEqualTo(onDay0[1]).isEqualTo(2 * onDay0[2]);
		// the window of days 5 to 11 ranks first; all the data breaks ties
		Method window = Baselines.hindsight("window", 3, slots, 5, 11);
		double[] scores = window.scores(12, 1, 0, 0);
		assertThat(scores[1]).isGreaterThan(scores[0]);
		assertThat(scores[0]).isGreaterThan(scores[2]);
		assertThat(scores[2]).isZero();
		double[] onDay9 = window.scores(9, 1, 0, 0);
		// one each in the window (cell 1's own day 9 is left out); cell 0 has two overall against one
		assertThat(onDay9[0]).isGreaterThan(onDay9[1]);
		assertThat(onDay9[1]).isGreaterThan(onDay9[2]);
		assertThat(Baselines.counts("counts", 3, slots, 365).hindsight()).isFalse();
	}
}
