package org.qunfang.risk.model;

/**
 * The model's fixed choices: how far back the near-repeat effect of a case reaches, the priors that keep a
 * short history sane, how fast the long-term background forgets, and the EM iterations.
 *
 * @param windowDays how long after a case its near-repeat effect is considered (days)
 * @param minEvents below this many cases the parameters are not fitted: the defaults are used
 * @param defaultBranching the expected cases one case triggers, when not fitted
 * @param defaultDecayPerDay the rate the near-repeat effect fades, per day, when not fitted
 * @param placePrior pseudo-cases pulling a place's background toward its region's average
 * @param regionPrior pseudo-places pulling a region's average toward the whole's
 * @param hourPrior pseudo-cases pulling the hour-of-week profile toward uniform
 * @param backgroundHalfLifeDays the age at which a case counts half in the long-term background
 * @param iterations the most EM iterations
 */
public record RiskSettings(double windowDays, int minEvents, double defaultBranching, double defaultDecayPerDay,
		double placePrior, double regionPrior, double hourPrior, double backgroundHalfLifeDays, int iterations) {

	/** The settings the application and the evaluation use unless told otherwise. */
	public static RiskSettings defaults() {
		return new RiskSettings(60, 30, 0.15, 1.0 / 7, 0.5, 2.0, 24.0, 730, 50);
	}

	public RiskSettings withHalfLife(double days) {
		return new RiskSettings(windowDays, minEvents, defaultBranching, defaultDecayPerDay, placePrior, regionPrior,
				hourPrior, days, iterations);
	}

	public RiskSettings withWindow(double days) {
		return new RiskSettings(days, minEvents, defaultBranching, defaultDecayPerDay, placePrior, regionPrior, hourPrior,
				backgroundHalfLifeDays, iterations);
	}

	public RiskSettings withPlacePrior(double pseudoCases) {
		return new RiskSettings(windowDays, minEvents, defaultBranching, defaultDecayPerDay, pseudoCases, regionPrior,
				hourPrior, backgroundHalfLifeDays, iterations);
	}
}
