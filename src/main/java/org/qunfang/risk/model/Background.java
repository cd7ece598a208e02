package org.qunfang.risk.model;

import java.util.List;

/**
 * The long-term background rate of each place, per day: the cases the E-step gives to the background
 * (recent ones counting more), smoothed over neighbouring places, pulled toward the region's average and
 * the region's toward the whole's, with a floor of one case over the whole history spread evenly, so that
 * no place is ever without risk and an empty history gives a uniform forecast.
 */
final class Background {

	private Background() {
	}

	static double[] rates(Places places, List<Incident> cases, double[] shares, double[] recency, double effectiveDays,
			double spanDays, RiskSettings settings) {
		int size = places.size();
		double[] counts = new double[size];
		double mass = 0;
		for (int j = 0; j < cases.size(); j++) {
			double w = shares[j] * recency[j];
			counts[cases.get(j).place()] += w;
			mass += w;
		}
		double[] smoothed = places.smooth(counts);
		int regions = 0;
		for (int p = 0; p < size; p++) {
			regions = Math.max(regions, places.region(p) + 1);
		}
		double[] regionSum = new double[regions];
		double[] regionSize = new double[regions];
		double total = 0;
		for (int p = 0; p < size; p++) {
			regionSum[places.region(p)] += smoothed[p];
			regionSize[places.region(p)] += 1;
			total += smoothed[p];
		}
		double overall = total / size;
		double[] rates = new double[size];
		double shrunkTotal = 0;
		for (int p = 0; p < size; p++) {
			int r = places.region(p);
			double regionMean = (regionSum[r] + settings.regionPrior() * overall) / (regionSize[r] + settings.regionPrior());
			rates[p] = (smoothed[p] + settings.placePrior() * regionMean) / (1 + settings.placePrior());
			shrunkTotal += rates[p];
		}
		double scale = shrunkTotal > 0 ? mass / shrunkTotal : 0;
		double floor = 1.0 / size / Math.max(spanDays, 1);
		for (int p = 0; p < size; p++) {
			rates[p] = rates[p] * scale / Math.max(effectiveDays, 1e-9) + floor;
		}
		return rates;
	}
}
