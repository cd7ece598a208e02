package org.qunfang.risk.model;

import java.util.List;

/**
 * Patrol zones as places: a case raises the risk of its own zone and of the zones next to it. The
 * near-repeat spread keeps a share for the zone itself and gives the rest to its neighbours evenly; the
 * long-term background of a zone is smoothed a little toward its neighbours.
 */
public final class ZonePlaces implements Places {

	private static final double NEIGHBOUR_SMOOTHING = 0.2;

	private final int[] regions;
	private final int[] districts;
	private final int[][] adjacent;
	private final int[][] reach;

	/**
	 * @param regions the region (village) of each zone
	 * @param adjacent for each zone, the zones next to it
	 */
	public ZonePlaces(int[] regions, List<int[]> adjacent) {
		this(regions, new int[regions.length], adjacent);
	}

	/**
	 * @param regions the region (village) of each zone
	 * @param districts the district (township) of each zone
	 * @param adjacent for each zone, the zones next to it
	 */
	public ZonePlaces(int[] regions, int[] districts, List<int[]> adjacent) {
		this.regions = regions.clone();
		this.districts = districts.clone();
		this.adjacent = adjacent.toArray(int[][]::new);
		this.reach = new int[regions.length][];
		for (int i = 0; i < regions.length; i++) {
			int[] near = new int[this.adjacent[i].length + 1];
			near[0] = i;
			System.arraycopy(this.adjacent[i], 0, near, 1, this.adjacent[i].length);
			reach[i] = near;
		}
	}

	@Override
	public int size() {
		return regions.length;
	}

	@Override
	public int region(int place) {
		return regions[place];
	}

	@Override
	public int district(int place) {
		return districts[place];
	}

	@Override
	public double areaShare(int place) {
		return 1.0 / regions.length;
	}

	@Override
	public Spread spread(int place, double share) {
		int[] near = reach[place];
		double[] weights = new double[near.length];
		if (near.length == 1) {
			weights[0] = 1;
		} else {
			weights[0] = 1 - share;
			for (int k = 1; k < near.length; k++) {
				weights[k] = share / (near.length - 1);
			}
		}
		return new Spread(near, weights);
	}

	@Override
	public double distance(int from, int to) {
		return from == to ? 0 : 1;
	}

	@Override
	public int[] reach(int place) {
		return reach[place];
	}

	@Override
	public double[] smooth(double[] counts) {
		double[] smoothed = new double[counts.length];
		for (int i = 0; i < counts.length; i++) {
			if (adjacent[i].length == 0) {
				smoothed[i] += counts[i];
				continue;
			}
			smoothed[i] += counts[i] * (1 - NEIGHBOUR_SMOOTHING);
			for (int j : adjacent[i]) {
				smoothed[j] += counts[i] * NEIGHBOUR_SMOOTHING / adjacent[i].length;
			}
		}
		return smoothed;
	}

	@Override
	public boolean metric() {
		return false;
	}

	@Override
	public double defaultSpread() {
		return 0.3;
	}

	/**
	 * At least a tenth of a case's near-repeat effect reaches the zones next to it, whatever the history says:
	 * zones are drawn by people, near repeats reach a few hundred metres whatever the lines.
	 */
	@Override
	public double[] spreadBounds() {
		return new double[] { 0.1, 0.9 };
	}
}
