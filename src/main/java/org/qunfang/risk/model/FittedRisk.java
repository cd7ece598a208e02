package org.qunfang.risk.model;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The risk model fitted to a history: its parameters, each place's background rate, the hour-of-week
 * profile and the recent cases whose near-repeat effect still lasts. It forecasts the expected cases per
 * place (and per hour of the week) over a coming period.
 *
 * @param branching θ, the expected cases one case triggers
 * @param decayPerDay ω, how fast the near-repeat effect fades
 * @param spread the spatial spread (metres on a grid, the share for adjacent zones on zones)
 * @param background μ, each place's background rate per day
 * @param hours each place's hour-of-week factors (mean one)
 * @param recent the cases within the near-repeat window before {@code endDay}
 * @param events how many cases the fit saw
 * @param fitted whether the near-repeat parameters were fitted (else they are the defaults)
 */
public record FittedRisk(Places places, RiskSettings settings, double branching, double decayPerDay, double spread,
		double[] background, HourProfile hours, List<Incident> recent, double endDay, int events, boolean fitted,
		int iterations) {

	/**
	 * Expected cases per place from {@code startDay} for {@code days} days, without the hourly breakdown.
	 *
	 * @param startHourOfWeek the hour of the week {@code startDay} begins in (0 = Monday 00:00)
	 */
	public Forecast totals(double startDay, double days, int startHourOfWeek) {
		return forecast(startDay, days, startHourOfWeek, false);
	}

	/** Expected cases per place and hour of the week from {@code startDay} for {@code days} days. */
	public Forecast hourly(double startDay, double days, int startHourOfWeek) {
		return forecast(startDay, days, startHourOfWeek, true);
	}

	/**
	 * The same fit carried forward to {@code newEndDay} without refitting: the parameters and background stay,
	 * the recent cases become those of {@code history} within the near-repeat window before {@code newEndDay}
	 * (so cases after the fit count toward the near-repeat term). Cheap; refit now and then all the same.
	 */
	public FittedRisk updatedTo(List<Incident> history, double newEndDay) {
		List<Incident> cases = new ArrayList<>();
		for (Incident c : history) {
			if (c.day() < newEndDay && newEndDay - c.day() <= settings.windowDays()) {
				cases.add(c);
			}
		}
		cases.sort((a, b) -> Double.compare(a.day(), b.day()));
		return new FittedRisk(places, settings, branching, decayPerDay, spread, background, hours, List.copyOf(cases),
				newEndDay, events, fitted, iterations);
	}

	private Forecast forecast(double startDay, double days, int startHourOfWeek, boolean hourly) {
		int size = places.size();
		int steps = Math.max(1, (int) Math.round(days * 24));
		double[] decay = new double[steps];
		for (int u = 0; u < steps; u++) {
			decay[u] = Math.exp(-decayPerDay * u / 24.0) - Math.exp(-decayPerDay * (u + 1) / 24.0);
		}
		// Per distinct profile (places without cases of their own share their region's): the share of a day's
		// background the horizon's hours hold, and the weight of the near-repeat decay over those hours.
		Map<double[], double[]> sums = new IdentityHashMap<>();
		double[] base = new double[size];
		for (int p = 0; p < size; p++) {
			double[] sum = sums.computeIfAbsent(hours.factors(p), h -> horizonSums(h, decay, startHourOfWeek));
			base[p] = background[p] * sum[0] * days * 24 / steps;
		}
		double[] near = new double[size];
		double horizon = 1 - Math.exp(-decayPerDay * days);
		if (branching > 0) {
			for (Incident c : recent) {
				double age = startDay - c.day();
				if (age < 0 || age > settings.windowDays()) {
					continue;
				}
				double mass = branching * Math.exp(-decayPerDay * age) * horizon;
				Places.Spread s = places.spread(c.place(), spread);
				for (int k = 0; k < s.places().length; k++) {
					near[s.places()[k]] += mass * s.weights()[k];
				}
			}
		}
		double[][] byHour = null;
		if (hourly) {
			byHour = new double[size][HourProfile.HOURS];
			for (int p = 0; p < size; p++) {
				double[] h = hours.factors(p);
				double[] sum = sums.get(h);
				for (int u = 0; u < steps; u++) {
					int how = Math.floorMod(startHourOfWeek + u, HourProfile.HOURS);
					double b = h[how] / 24 / sum[0];
					double t = sum[1] > 0 ? decay[u] * h[how] / sum[1] : 1.0 / steps;
					byHour[p][how] += base[p] * b + near[p] * t;
				}
			}
		}
		return new Forecast(base, near, byHour);
	}

	/** {the horizon's hours as a share of a day's background, the decay weighted by the hours} for a profile. */
	private static double[] horizonSums(double[] factors, double[] decay, int startHourOfWeek) {
		double share = 0;
		double decayed = 0;
		for (int u = 0; u < decay.length; u++) {
			double h = factors[Math.floorMod(startHourOfWeek + u, HourProfile.HOURS)];
			share += h / 24;
			decayed += decay[u] * h;
		}
		return new double[] { share, decayed };
	}
}
