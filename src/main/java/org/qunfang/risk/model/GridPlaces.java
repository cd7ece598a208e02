package org.qunfang.risk.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cells of a square grid over planar coordinates (metres), as places: only the cells of the study area
 * are given. Regions are blocks of cells, so a sparse cell is pulled toward its block. The near-repeat
 * spread is a Gaussian over cell centres, cut at {@code reachMetres}; the long-term background is smoothed
 * by a Gaussian of {@code smoothMetres} (a kernel density estimate of the counts).
 */
public final class GridPlaces implements Places {

	private final double cell;
	private final int[] xs;
	private final int[] ys;
	private final int[] regions;
	private final int[][] reach;
	private final double smooth;
	private final double[][] smoothWeights;

	/**
	 * @param cellMetres the side of a cell
	 * @param cells the grid coordinates (column, row) of the study area's cells
	 * @param blockCells the side of a region, in cells
	 * @param reachMetres how far a case's near-repeat effect and the smoothing reach
	 * @param smoothMetres the bandwidth of the background's smoothing (0 for none)
	 */
	public GridPlaces(double cellMetres, List<int[]> cells, int blockCells, double reachMetres, double smoothMetres) {
		this.cell = cellMetres;
		int n = cells.size();
		this.xs = new int[n];
		this.ys = new int[n];
		Map<Long, Integer> index = new HashMap<>();
		Map<Long, Integer> blocks = new HashMap<>();
		this.regions = new int[n];
		for (int i = 0; i < n; i++) {
			xs[i] = cells.get(i)[0];
			ys[i] = cells.get(i)[1];
			index.put(key(xs[i], ys[i]), i);
			long block = key(Math.floorDiv(xs[i], blockCells), Math.floorDiv(ys[i], blockCells));
			regions[i] = blocks.computeIfAbsent(block, b -> blocks.size());
		}
		int steps = (int) Math.floor(reachMetres / cellMetres);
		this.reach = new int[n][];
		for (int i = 0; i < n; i++) {
			List<Integer> near = new ArrayList<>();
			near.add(i);
			for (int dx = -steps; dx <= steps; dx++) {
				for (int dy = -steps; dy <= steps; dy++) {
					if ((dx != 0 || dy != 0) && Math.hypot(dx, dy) * cellMetres <= reachMetres) {
						Integer j = index.get(key(xs[i] + dx, ys[i] + dy));
						if (j != null) {
							near.add(j);
						}
					}
				}
			}
			reach[i] = near.stream().mapToInt(Integer::intValue).toArray();
		}
		this.smooth = smoothMetres;
		this.smoothWeights = new double[n][];
		for (int i = 0; i < n; i++) {
			smoothWeights[i] = smoothMetres <= 0 ? null : spread(i, smoothMetres).weights();
		}
	}

	private static long key(int x, int y) {
		return ((long) x << 32) ^ (y & 0xffffffffL);
	}

	@Override
	public int size() {
		return xs.length;
	}

	@Override
	public int region(int place) {
		return regions[place];
	}

	@Override
	public double areaShare(int place) {
		return 1.0 / xs.length;
	}

	@Override
	public Spread spread(int place, double sigma) {
		int[] near = reach[place];
		double[] weights = new double[near.length];
		double sum = 0;
		for (int k = 0; k < near.length; k++) {
			double d = distance(place, near[k]);
			weights[k] = Math.exp(-d * d / (2 * sigma * sigma));
			sum += weights[k];
		}
		for (int k = 0; k < near.length; k++) {
			weights[k] /= sum;
		}
		return new Spread(near, weights);
	}

	@Override
	public double distance(int from, int to) {
		return Math.hypot(xs[from] - xs[to], ys[from] - ys[to]) * cell;
	}

	@Override
	public int[] reach(int place) {
		return reach[place];
	}

	@Override
	public double[] smooth(double[] counts) {
		if (smooth <= 0) {
			return counts.clone();
		}
		double[] smoothed = new double[counts.length];
		for (int i = 0; i < counts.length; i++) {
			if (counts[i] == 0) {
				continue;
			}
			int[] near = reach[i];
			double[] w = smoothWeights[i];
			for (int k = 0; k < near.length; k++) {
				smoothed[near[k]] += counts[i] * w[k];
			}
		}
		return smoothed;
	}

	@Override
	public boolean metric() {
		return true;
	}

	@Override
	public double defaultSpread() {
		return Math.max(cell, 200);
	}

	@Override
	public double[] spreadBounds() {
		return new double[] { cell / 2, Math.max(cell, reachMetres() / 2) };
	}

	private double reachMetres() {
		double far = 0;
		for (int j : reach[0]) {
			far = Math.max(far, distance(0, j));
		}
		return Math.max(far, cell);
	}

	/** The cell's grid coordinates (column, row). */
	public int[] cell(int place) {
		return new int[] { xs[place], ys[place] };
	}
}
