package org.qunfang.patrol;

import java.util.List;

/**
 * 巡逻区域 — a patrol zone as other modules see it: where it is and which zones touch it.
 *
 * @param centerLat WGS-84 latitude of its centre, or {@code null} when it has no coordinates
 * @param adjacentIds the zones next to it (its own village's or a neighboring village's)
 * @param outline its boundary as WGS-84 {@code [lat, lon]} corners, empty when none was drawn
 */
public record PatrolZone(long id, long countyId, long villageId, String scopePath, String name, Double centerLat,
		Double centerLon, List<Long> adjacentIds, List<double[]> outline) {

	public PatrolZone {
		adjacentIds = List.copyOf(adjacentIds);
		outline = outline == null ? List.of() : List.copyOf(outline);
	}

	/** A zone without an outline. */
	public PatrolZone(long id, long countyId, long villageId, String scopePath, String name, Double centerLat,
			Double centerLon, List<Long> adjacentIds) {
		this(id, countyId, villageId, scopePath, name, centerLat, centerLon, adjacentIds, List.of());
	}

	/** Whether the point lies inside the zone's outline (never, without one). */
	public boolean contains(double latitude, double longitude) {
		boolean inside = false;
		for (int i = 0, j = outline.size() - 1; i < outline.size(); j = i++) {
			double[] a = outline.get(i);
			double[] b = outline.get(j);
			if ((a[0] > latitude) != (b[0] > latitude)
					&& longitude < (b[1] - a[1]) * (latitude - a[0]) / (b[0] - a[0]) + a[1]) {
				inside = !inside;
			}
		}
		return inside;
	}
}
