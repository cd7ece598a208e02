package org.qunfang.risk.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.qunfang.risk.model.GridPlaces;

/**
 * The study area: the cells of a square grid (side {@code cellMetres}) that had at least one incident
 * before the evaluation period (optionally with a buffer of cells around them). Cells never touched in the training part (open country, rivers, parks)
 * stay out, so the area share of a flagged cell is a share of where incidents can be expected at all; every
 * method is scored against the same area.
 */
public final class StudyGrid {

	private final double cell;
	private final List<int[]> cells = new ArrayList<>();
	private final Map<Long, Integer> index = new HashMap<>();

	public StudyGrid(double cellMetres, List<IncidentCsv.Point> points, LocalDate trainingEnd) {
		this(cellMetres, points, trainingEnd, 0);
	}

	/**
	 * The cells with an incident before {@code trainingEnd} and, with a buffer, every cell whose centre lies
	 * within {@code bufferMetres} of such a cell's centre: the built-up area around where incidents happened,
	 * not only the cells they happened in.
	 */
	public StudyGrid(double cellMetres, List<IncidentCsv.Point> points, LocalDate trainingEnd, double bufferMetres) {
		this.cell = cellMetres;
		for (IncidentCsv.Point p : points) {
			if (p.date().isBefore(trainingEnd)) {
				add(cellOf(p));
			}
		}
		int steps = (int) Math.floor(bufferMetres / cellMetres);
		if (steps > 0) {
			for (int[] c : List.copyOf(cells)) {
				for (int dx = -steps; dx <= steps; dx++) {
					for (int dy = -steps; dy <= steps; dy++) {
						if (Math.hypot(dx, dy) * cellMetres <= bufferMetres) {
							add(new int[] { c[0] + dx, c[1] + dy });
						}
					}
				}
			}
		}
	}

	private void add(int[] c) {
		index.computeIfAbsent(key(c[0], c[1]), k -> {
			cells.add(c);
			return cells.size() - 1;
		});
	}

	private int[] cellOf(IncidentCsv.Point p) {
		return new int[] { (int) Math.floor(p.x() / cell), (int) Math.floor(p.y() / cell) };
	}

	private static long key(int x, int y) {
		return ((long) x << 32) ^ (y & 0xffffffffL);
	}

	/** How many cells the area has. */
	public int size() {
		return cells.size();
	}

	public double cellMetres() {
		return cell;
	}

	/** The area's cell a point falls in, or -1 when it falls outside the area. */
	public int place(IncidentCsv.Point p) {
		int[] c = cellOf(p);
		return index.getOrDefault(key(c[0], c[1]), -1);
	}

	/** The area's cells as the model's places, with regions of {@code blockMetres} squares. */
	public GridPlaces places(double blockMetres, double reachMetres, double smoothMetres) {
		return new GridPlaces(cell, cells, Math.max(1, (int) Math.round(blockMetres / cell)), reachMetres, smoothMetres);
	}

	/**
	 * For each cell, the cells whose centres lie within {@code radiusMetres} of its centre (itself first) and
	 * the distances between the centres.
	 */
	public Neighbours neighbours(double radiusMetres) {
		int steps = (int) Math.floor(radiusMetres / cell);
		int[][] near = new int[cells.size()][];
		double[][] distance = new double[cells.size()][];
		for (int i = 0; i < cells.size(); i++) {
			List<Integer> found = new ArrayList<>(List.of(i));
			List<Double> d = new ArrayList<>(List.of(0.0));
			int[] c = cells.get(i);
			for (int dx = -steps; dx <= steps; dx++) {
				for (int dy = -steps; dy <= steps; dy++) {
					double metres = Math.hypot(dx, dy) * cell;
					Integer j = index.get(key(c[0] + dx, c[1] + dy));
					if ((dx != 0 || dy != 0) && metres <= radiusMetres && j != null) {
						found.add(j);
						d.add(metres);
					}
				}
			}
			near[i] = found.stream().mapToInt(Integer::intValue).toArray();
			distance[i] = d.stream().mapToDouble(Double::doubleValue).toArray();
		}
		return new Neighbours(near, distance);
	}

	/** The cells near each cell and their distances in metres, in the same order. */
	public record Neighbours(int[][] cells, double[][] metres) {
	}
}
