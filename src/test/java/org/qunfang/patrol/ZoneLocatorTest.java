package org.qunfang.patrol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A case finds its zone by the place's name, then by the outline holding it, then by the nearest centre. */
class ZoneLocatorTest {

	// The market's outline is a long strip reaching east, so its centre is far from its eastern end.
	private static final PatrolZone MARKET = new PatrolZone(1, 1, 10, "/1/", "集市", 28.000, 112.000, List.of(),
			List.of(new double[] { 27.999, 111.999 }, new double[] { 27.999, 112.020 }, new double[] { 28.001, 112.020 },
					new double[] { 28.001, 111.999 }));
	private static final PatrolZone SCHOOL = new PatrolZone(2, 1, 10, "/1/", "学校", 28.003, 112.018, List.of());

	@Test
	void theOutlineComesBeforeTheNearestCentre() {
		assertThat(MARKET.contains(28.000, 112.019)).isTrue();
		assertThat(MARKET.contains(28.002, 112.019)).isFalse();
		assertThat(ZoneLocator.locate(List.of(MARKET, SCHOOL), null, 28.000, 112.019)).as("inside the strip, nearer the school")
			.isEqualTo(MARKET);
		assertThat(ZoneLocator.locate(List.of(MARKET, SCHOOL), null, 28.0025, 112.019)).isEqualTo(SCHOOL);
		assertThat(ZoneLocator.locate(List.of(MARKET, SCHOOL), " 学校 ", 28.000, 112.000)).as("the place's name first")
			.isEqualTo(SCHOOL);
		assertThat(ZoneLocator.locate(List.of(MARKET, SCHOOL), "别处", null, null)).isNull();
		assertThat(SCHOOL.contains(28.003, 112.018)).as("no outline holds nothing").isFalse();
	}
}
