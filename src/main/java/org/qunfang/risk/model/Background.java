package org.qunfang.risk.model;

import java.util.List;

/**
 * The long-term background rate of each place, per day: the cases the E-step gives to the background
 * (recent ones counting more), smoothed over neighbouring places, pulled toward the region's average, the
 * region's toward its district's and the district's toward the whole's, with a floor of one case over the whole history spread evenly, so that
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
		Levels regions = Levels.of(size, places::region, smoothed);
		Levels districts = Levels.of(size, places::district, smoothed);
		double overall = regions.total() / size;
		double[] rates = new double[size];
		double shrunkTotal = 0;
		for (int p = 0; p < size; p++) {
			int d = places.district(p);
			double districtMean = (districts.sum()[d] + settings.regionPrior() * overall)
					/ (districts.size()[d] + settings.regionPrior());
			int r = places.region(p);
			double regionMean = (regions.sum()[r] + settings.regionPrior() * districtMean)
					/ (regions.size()[r] + settings.regionPrior());
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

	/** The sums and sizes (in places) of a grouping of the places: regions or districts. */
	private record Levels(double[] sum, double[] size, double total) {

		static Levels of(int places, java.util.function.IntUnaryOperator group, double[] values) {
			int groups = 0;
			for (int p = 0; p < places; p++) {
				groups = Math.max(groups, group.applyAsInt(p) + 1);
			}
			double[] sum = new double[groups];
			double[] size = new double[groups];
			double total = 0;
			for (int p = 0; p < places; p++) {
				sum[group.applyAsInt(p)] += values[p];
				size[group.applyAsInt(p)] += 1;
				total += values[p];
			}
			return new Levels(sum, size, total);
		}
	}
}
