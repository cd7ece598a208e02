package org.qunfang.risk.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A made-up history on a square grid, drawn from the model itself: a low background everywhere, two
 * planted hotspots, and near-repeat chains (each case triggers Poisson(θ) more, after exponential delays
 * of rate ω, displaced by a Gaussian of σ metres).
 */
final class SyntheticHistory {

	final int side;
	final double cellMetres;
	final GridPlaces places;
	final List<Incident> cases = new ArrayList<>();
	final int[] hotspots;

	SyntheticHistory(int side, double cellMetres, double days, double baseRatePerCellDay, double hotspotRatePerDay,
			double theta, double omega, double sigma, long seed) {
		this.side = side;
		this.cellMetres = cellMetres;
		List<int[]> cells = new ArrayList<>();
		for (int x = 0; x < side; x++) {
			for (int y = 0; y < side; y++) {
				cells.add(new int[] { x, y });
			}
		}
		this.places = new GridPlaces(cellMetres, cells, 5, 4 * sigma, cellMetres);
		this.hotspots = new int[] { index(side / 4, side / 4), index(3 * side / 4, side / 2) };
		SplittableRandom random = new SplittableRandom(seed);
		List<double[]> points = new ArrayList<>();
		for (int p = 0; p < side * side; p++) {
			double rate = baseRatePerCellDay + (p == hotspots[0] || p == hotspots[1] ? hotspotRatePerDay : 0);
			for (double t = exponential(random, rate); t < days; t += exponential(random, rate)) {
				points.add(new double[] { t, (p / side + random.nextDouble()) * cellMetres, (p % side + random.nextDouble()) * cellMetres });
			}
		}
		for (int i = 0; i < points.size(); i++) {
			double[] parent = points.get(i);
			int children = poisson(random, theta);
			for (int c = 0; c < children; c++) {
				double t = parent[0] + exponential(random, omega);
				double x = parent[1] + gaussian(random) * sigma;
				double y = parent[2] + gaussian(random) * sigma;
				if (t < days && x >= 0 && y >= 0 && x < side * cellMetres && y < side * cellMetres) {
					points.add(new double[] { t, x, y });
				}
			}
		}
		points.sort(Comparator.comparingDouble(p -> p[0]));
		for (double[] p : points) {
			int place = index((int) (p[1] / cellMetres), (int) (p[2] / cellMetres));
			int hour = (int) Math.floor(p[0] * 24) % 168;
			cases.add(Incident.at(place, p[0], hour));
		}
	}

	int index(int x, int y) {
		return x * side + y;
	}

	private static double exponential(SplittableRandom random, double rate) {
		return -Math.log(1 - random.nextDouble()) / rate;
	}

	private static double gaussian(SplittableRandom random) {
		return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
	}

	private static int poisson(SplittableRandom random, double mean) {
		double limit = Math.exp(-mean);
		double product = random.nextDouble();
		int k = 0;
		while (product > limit) {
			product *= random.nextDouble();
			k++;
		}
		return k;
	}
}
