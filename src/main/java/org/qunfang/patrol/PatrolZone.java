package org.qunfang.patrol;

import java.util.List;

/**
 * 巡逻区域 — a patrol zone as other modules see it: where it is and which zones touch it.
 *
 * @param centerLat WGS-84 latitude of its centre, or {@code null} when it has no coordinates
 * @param adjacentIds the zones next to it (its own village's or a neighboring village's)
 */
public record PatrolZone(long id, long countyId, long villageId, String scopePath, String name, Double centerLat,
		Double centerLon, List<Long> adjacentIds) {

	public PatrolZone {
		adjacentIds = List.copyOf(adjacentIds);
	}
}
