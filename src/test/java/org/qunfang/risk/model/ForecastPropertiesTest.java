package org.qunfang.risk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Whatever the history, a forecast is finite, non-negative, and its hours add up to its totals. */
class ForecastPropertiesTest {

	private static final ZonePlaces ZONES = new ZonePlaces(new int[] { 0, 0, 0, 1, 1, 2 },
			List.of(new int[] { 1 }, new int[] { 0, 2 }, new int[] { 1, 3 }, new int[] { 2, 4 }, new int[] { 3 }, new int[0]));

	@Provide
	Arbitrary<List<Incident>> histories() {
		Arbitrary<Incident> known = Combinators.combine(Arbitraries.integers().between(0, 5),
				Arbitraries.doubles().between(0, 199.99), Arbitraries.integers().between(0, 167))
			.as(Incident::at);
		Arbitrary<Incident> dayOnly = Combinators.combine(Arbitraries.integers().between(0, 5),
				Arbitraries.integers().between(0, 199), Arbitraries.integers().between(0, 6))
			.as((p, d, w) -> Incident.onDay(p, d + 0.5, w));
		return Arbitraries.oneOf(known, dayOnly).list().ofMaxSize(120);
	}

	@Property(tries = 200)
	void forecastsAreNonNegativeAndTheirHoursSumToTheTotals(@ForAll("histories") List<Incident> history,
			@ForAll @IntRange(min = 1, max = 31) int days, @ForAll @IntRange(min = 0, max = 167) int startHour) {
		FittedRisk fit = RiskFit.fit(ZONES, history, 0, 200, RiskSettings.defaults());
		Forecast forecast = fit.hourly(200, days, startHour);
		Forecast totals = fit.totals(200, days, startHour);
		double hoursSum = 0;
		for (int p = 0; p < ZONES.size(); p++) {
			double place = 0;
			for (double h : forecast.byHour()[p]) {
				assertThat(h).isFinite().isGreaterThanOrEqualTo(0);
				place += h;
			}
			assertThat(place).isCloseTo(forecast.total(p), within(1e-9 * Math.max(1, place)));
			assertThat(totals.total(p)).isCloseTo(forecast.total(p), within(1e-12));
			assertThat(forecast.background()[p]).isPositive();
			assertThat(forecast.nearRepeat()[p]).isGreaterThanOrEqualTo(0);
			hoursSum += place;
		}
		assertThat(hoursSum).isCloseTo(forecast.sum(), within(1e-9 * Math.max(1, hoursSum)));
		assertThat(fit.branching()).isBetween(0.0, 0.95);
	}

	@Property(tries = 50)
	void withNoHistoryTheForecastIsUniform(@ForAll @IntRange(min = 1, max = 31) int days) {
		FittedRisk fit = RiskFit.fit(ZONES, List.of(), 0, 100, RiskSettings.defaults());
		Forecast forecast = fit.hourly(100, days, 0);
		double first = forecast.total(0);
		assertThat(first).isPositive().isFinite();
		for (int p = 0; p < ZONES.size(); p++) {
			assertThat(forecast.total(p)).isCloseTo(first, within(1e-12));
			assertThat(forecast.nearRepeat()[p]).isZero();
		}
		assertThat(fit.fitted()).isFalse();
	}

	@Property(tries = 30)
	void aRecentCaseRaisesItsZoneAndItsNeighboursMoreThanTheOthers(@ForAll @IntRange(min = 0, max = 4) int zone) {
		List<Incident> history = new ArrayList<>();
		history.add(Incident.at(zone, 99.5, 20));
		FittedRisk fit = RiskFit.fit(ZONES, history, 0, 100, RiskSettings.defaults());
		Forecast forecast = fit.totals(100, 7, 0);
		for (int p = 0; p < ZONES.size(); p++) {
			if (p != zone) {
				assertThat(forecast.nearRepeat()[zone]).isGreaterThan(forecast.nearRepeat()[p]);
			}
		}
		int far = zone == 5 ? 0 : 5;
		assertThat(forecast.nearRepeat()[far]).isZero();
	}
}
