package org.qunfang.risk.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * When in the week cases happen, place by place: a factor per hour of the week, mean one. A case known to the
 * hour counts at its hour (spread a little over the hours beside it), for its place, its region and the
 * whole; a case known to the day only counts evenly over its day's hours for the whole alone (a place's days
 * of the week from a handful of dates are noise: on the Portland data they made the next day's ranking
 * worse, see docs/risk-evaluation.md), so day-only data still give the days of the week. A place's own hours are
 * pulled toward its region's, the region's toward its district's, the district's toward the whole's and the
 * whole's toward a flat week, each by {@code prior} pseudo-cases: a zone with a year of night burglaries
 * peaks at night, a zone with two cases looks like its village.
 */
public final class HourProfile {

	static final int HOURS = 168;
	private static final double[] KERNEL = { 1, 2, 3, 2, 1 };

	private final double[] whole;
	private final Map<Integer, double[]> districts;
	private final Map<Integer, double[]> regions;
	private final Map<Integer, double[]> places;
	private final Places space;

	private HourProfile(double[] whole, Map<Integer, double[]> districts, Map<Integer, double[]> regions,
			Map<Integer, double[]> places, Places space) {
		this.whole = whole;
		this.districts = districts;
		this.regions = regions;
		this.places = places;
		this.space = space;
	}

	/** The factors of a place's hours of the week (mean one). */
	public double[] factors(int place) {
		double[] own = places.get(place);
		if (own != null) {
			return own;
		}
		double[] region = regions.get(space.region(place));
		if (region != null) {
			return region;
		}
		return districts.getOrDefault(space.district(place), whole);
	}

	static HourProfile of(Places space, List<Incident> cases, double[] weights, double prior) {
		double[] all = new double[HOURS];
		Map<Integer, double[]> byDistrict = new HashMap<>();
		Map<Integer, double[]> byRegion = new HashMap<>();
		Map<Integer, double[]> byPlace = new HashMap<>();
		double kernel = 0;
		for (double k : KERNEL) {
			kernel += k;
		}
		for (int j = 0; j < cases.size(); j++) {
			Incident c = cases.get(j);
			double w = weights[j];
			if (c.hourOfWeek() >= 0) {
				double[] place = byPlace.computeIfAbsent(c.place(), p -> new double[HOURS]);
				double[] region = byRegion.computeIfAbsent(space.region(c.place()), r -> new double[HOURS]);
				double[] district = byDistrict.computeIfAbsent(space.district(c.place()), d -> new double[HOURS]);
				for (int k = 0; k < KERNEL.length; k++) {
					int h = Math.floorMod(c.hourOfWeek() + k - KERNEL.length / 2, HOURS);
					add(w * KERNEL[k] / kernel, h, all, district, region, place);
				}
			} else {
				// A day alone says little about a place: it shapes the whole's days of the week only.
				for (int h = 0; h < 24; h++) {
					add(w / 24, c.weekday() * 24 + h, all);
				}
			}
		}
		double[] flat = new double[HOURS];
		java.util.Arrays.fill(flat, 1);
		double[] whole = shrunk(all, flat, prior);
		Map<Integer, double[]> districts = new HashMap<>();
		byDistrict.forEach((d, counts) -> districts.put(d, shrunk(counts, whole, prior)));
		Map<Integer, double[]> regions = new HashMap<>();
		Map<Integer, Integer> districtOf = new HashMap<>();
		for (Incident c : cases) {
			districtOf.putIfAbsent(space.region(c.place()), space.district(c.place()));
		}
		byRegion.forEach((r, counts) -> regions.put(r, shrunk(counts, districts.get(districtOf.get(r)), prior)));
		Map<Integer, double[]> places = new HashMap<>();
		byPlace.forEach((p, counts) -> places.put(p, shrunk(counts, regions.get(space.region(p)), prior)));
		return new HourProfile(whole, districts, regions, places, space);
	}

	private static void add(double amount, int hour, double[]... into) {
		for (double[] counts : into) {
			counts[hour] += amount;
		}
	}

	/** Factors (mean one) of the counts pulled toward {@code toward} (factors) by {@code prior} pseudo-cases. */
	private static double[] shrunk(double[] counts, double[] toward, double prior) {
		double total = 0;
		for (double c : counts) {
			total += c;
		}
		double[] factors = new double[HOURS];
		for (int h = 0; h < HOURS; h++) {
			factors[h] = HOURS * (counts[h] + prior * toward[h] / HOURS) / (total + prior);
		}
		return factors;
	}

	/**
	 * The factor of the whole area at a case's time: its hour's, or its day's average when only the day is
	 * known. The fit weighs cases by the whole's hours, not their place's: a place's hours are learnt from
	 * its few cases, and a case would otherwise count as evidence for its own background.
	 */
	double factor(Incident c) {
		double[] factors = whole;
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
