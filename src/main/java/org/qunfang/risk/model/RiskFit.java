package org.qunfang.risk.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Fits the risk model to a history of cases by expectation–maximisation. The model is a self-exciting
 * point process over places and time (after Mohler et al. 2011): the rate of cases at place {@code p} at
 * time {@code t} is
 *
 * <pre>
 *   λ(p, t) = μ(p) · h(hour of week of t) + Σ_{cases i before t} θ · ω e^(−ω (t − tᵢ)) · k(pᵢ → p)
 * </pre>
 *
 * a long-term background {@code μ} (per day, smoothed over neighbouring places and shrunk toward the
 * region's and the whole's averages, recent years counting more) with an hour-of-week profile {@code h}
 * (mean one), plus a near-repeat term: each case triggers on average {@code θ} more, fading at rate
 * {@code ω} per day, spread over the places nearby by {@code k} (a Gaussian on a grid, own zone and
 * neighbours on zones). The E-step shares each case between the background and the earlier cases that may
 * have triggered it; the M-step re-estimates {@code θ}, {@code ω}, the spatial spread and the background
 * from those shares. With fewer cases than {@link RiskSettings#minEvents()} the near-repeat parameters keep
 * their defaults.
 */
public final class RiskFit {

	/**
	 * The shortest lag one case can have triggered another at: an hour. Reports of one incident a few minutes
	 * apart (a duplicate registered twice, two neighbours calling) are not a repeat and would otherwise make
	 * the fit believe in an effect that is over within hours.
	 */
	static final double MIN_LAG_DAYS = 1.0 / 24;
	/** The fastest the near-repeat effect may fade: a mean of one day (near repeats last days to weeks). */
	static final double MAX_DECAY_PER_DAY = 1.0;

	private RiskFit() {
	}

	/**
	 * Fits the model to the cases before {@code endDay}.
	 *
	 * @param startDay the first day of the history (the background's rate is per day of history)
	 */
	public static FittedRisk fit(Places places, List<Incident> history, double startDay, double endDay, RiskSettings settings) {
		List<Incident> cases = history.stream().filter(i -> i.day() < endDay && i.day() >= startDay)
			.sorted(Comparator.comparingDouble(Incident::day)).toList();
		int n = cases.size();
		Pairs pairs = Pairs.of(places, cases, settings.windowDays());
		double theta = settings.defaultBranching();
		double omega = settings.defaultDecayPerDay();
		double spread = places.defaultSpread();
		boolean fitted = n >= settings.minEvents();
		double[] recency = new double[n];
		for (int j = 0; j < n; j++) {
			recency[j] = Math.pow(0.5, (endDay - cases.get(j).day()) / settings.backgroundHalfLifeDays());
		}
		double span = Math.max(1, endDay - startDay);
		double effectiveDays = settings.backgroundHalfLifeDays() / Math.log(2)
				* (1 - Math.pow(0.5, span / settings.backgroundHalfLifeDays()));
		HourProfile hours = HourProfile.of(places, cases, recency, settings.hourPrior());
		double[] background = new double[n];
		Arrays.fill(background, 1);
		double[] mu = Background.rates(places, cases, background, recency, effectiveDays, span, settings);
		double[] triggered = new double[pairs.size()];
		int iterations = 0;
		for (int iteration = 0; iteration < settings.iterations(); iteration++) {
			iterations = iteration + 1;
			Places.Spread[] spreads = spreads(places, cases, spread);
			// E-step: share each case between the background and its possible triggers.
			double[] rate = new double[n];
			for (int j = 0; j < n; j++) {
				Incident c = cases.get(j);
				background[j] = mu[c.place()] * hours.factor(c);
				rate[j] = background[j];
			}
			for (int k = 0; k < pairs.size(); k++) {
				double w = spreads[pairs.cause[k]].weights()[pairs.slot[k]];
				triggered[k] = theta * omega * Math.exp(-omega * pairs.lag[k]) * w;
				rate[pairs.effect[k]] += triggered[k];
			}
			for (int j = 0; j < n; j++) {
				background[j] = rate[j] > 0 ? background[j] / rate[j] : 1;
			}
			double shared = 0;
			double lagged = 0;
			double spatial = 0;
			for (int k = 0; k < pairs.size(); k++) {
				double p = rate[pairs.effect[k]] > 0 ? triggered[k] / rate[pairs.effect[k]] : 0;
				triggered[k] = p;
				shared += p;
				lagged += p * pairs.lag[k];
				double d = pairs.distance[k];
				spatial += places.metric() ? p * d * d : (d > 0 ? p : 0);
			}
			// M-step.
			mu = Background.rates(places, cases, background, recency, effectiveDays, span, settings);
			if (!fitted) {
				continue;
			}
			double previous = theta + omega + spread;
			if (shared > 0) {
				omega = clamp(shared / Math.max(lagged, 1e-9), 1.0 / settings.windowDays(), MAX_DECAY_PER_DAY);
				double exposure = 0;
				for (Incident c : cases) {
					exposure += 1 - Math.exp(-omega * Math.min(endDay - c.day(), settings.windowDays()));
				}
				theta = clamp(shared / Math.max(exposure, 1e-9), 0, 0.95);
				double[] bounds = places.spreadBounds();
				spread = clamp(places.metric() ? Math.sqrt(spatial / (2 * shared)) : spatial / shared, bounds[0], bounds[1]);
			} else {
				theta = 0;
			}
			if (Math.abs(theta + omega + spread - previous) < 1e-7 * Math.max(1, previous) && iteration > 2) {
				break;
			}
		}
		List<Incident> recent = new ArrayList<>();
		for (Incident c : cases) {
			if (endDay - c.day() <= settings.windowDays()) {
				recent.add(c);
			}
		}
		return new FittedRisk(places, settings, theta, omega, spread, mu, hours, recent, endDay, n, fitted, iterations);
	}

	private static Places.Spread[] spreads(Places places, List<Incident> cases, double spread) {
		Places.Spread[] spreads = new Places.Spread[cases.size()];
		Places.Spread[] byPlace = new Places.Spread[places.size()];
		for (int i = 0; i < cases.size(); i++) {
			int p = cases.get(i).place();
			if (byPlace[p] == null) {
				byPlace[p] = places.spread(p, spread);
			}
			spreads[i] = byPlace[p];
		}
		return spreads;
	}

	static double clamp(double value, double low, double high) {
		return Double.isNaN(value) ? low : Math.max(low, Math.min(high, value));
	}

	/** The (cause, effect) pairs of cases close enough in place and time for one to have triggered the other. */
	static final class Pairs {
		final int[] cause;
		final int[] effect;
		final int[] slot;
		final double[] lag;
		final double[] distance;

		private Pairs(int size) {
			cause = new int[size];
			effect = new int[size];
			slot = new int[size];
			lag = new double[size];
			distance = new double[size];
		}

		int size() {
			return cause.length;
		}

		static Pairs of(Places places, List<Incident> cases, double window) {
			List<List<Integer>> byPlace = new ArrayList<>();
			for (int p = 0; p < places.size(); p++) {
				byPlace.add(new ArrayList<>());
			}
			for (int i = 0; i < cases.size(); i++) {
				byPlace.get(cases.get(i).place()).add(i);
			}
			List<int[]> found = new ArrayList<>();
			for (int i = 0; i < cases.size(); i++) {
				Incident cause = cases.get(i);
				int[] reach = places.reach(cause.place());
				for (int s = 0; s < reach.length; s++) {
					for (int j : byPlace.get(reach[s])) {
						double lag = cases.get(j).day() - cause.day();
						if (lag >= MIN_LAG_DAYS && lag <= window) {
							found.add(new int[] { i, j, s });
						}
					}
				}
			}
			Pairs pairs = new Pairs(found.size());
			for (int k = 0; k < found.size(); k++) {
				int[] f = found.get(k);
				pairs.cause[k] = f[0];
				pairs.effect[k] = f[1];
				pairs.slot[k] = f[2];
				pairs.lag[k] = cases.get(f[1]).day() - cases.get(f[0]).day();
				pairs.distance[k] = places.distance(cases.get(f[0]).place(), cases.get(f[1]).place());
			}
			return pairs;
		}
	}
}
