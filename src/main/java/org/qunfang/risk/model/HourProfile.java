package org.qunfang.risk.model;

import java.util.List;

/**
 * When in the week cases happen: a factor per hour of the week, mean one. A case known to the hour counts
 * at its hour (spread a little over the hours beside it); a case known to the day only counts evenly over
 * its day's hours, so day-only data still give the days of the week. Pulled toward a flat week by a prior.
 */
final class HourProfile {

	static final int HOURS = 168;
	private static final double[] KERNEL = { 1, 2, 3, 2, 1 };

	private HourProfile() {
	}

	static double[] of(List<Incident> cases, double[] weights, double prior) {
		double[] counts = new double[HOURS];
		double kernel = 0;
		for (double k : KERNEL) {
			kernel += k;
		}
		double total = 0;
		for (int j = 0; j < cases.size(); j++) {
			Incident c = cases.get(j);
			double w = weights[j];
			total += w;
			if (c.hourOfWeek() >= 0) {
				for (int k = 0; k < KERNEL.length; k++) {
					counts[Math.floorMod(c.hourOfWeek() + k - KERNEL.length / 2, HOURS)] += w * KERNEL[k] / kernel;
				}
			} else {
				for (int h = 0; h < 24; h++) {
					counts[c.weekday() * 24 + h] += w / 24;
				}
			}
		}
		double[] factors = new double[HOURS];
		for (int h = 0; h < HOURS; h++) {
			factors[h] = HOURS * (counts[h] + prior / HOURS) / (total + prior);
		}
		return factors;
	}

	/** The factor at a case's time: its hour's, or its day's average when only the day is known. */
	static double factor(double[] factors, Incident c) {
		if (c.hourOfWeek() >= 0) {
			return factors[c.hourOfWeek()];
		}
		double sum = 0;
		for (int h = 0; h < 24; h++) {
			sum += factors[c.weekday() * 24 + h];
		}
		return sum / 24;
	}
}
