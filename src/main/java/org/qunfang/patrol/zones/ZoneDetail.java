package org.qunfang.patrol.zones;

import java.util.List;

/**
 * A patrol zone as the people who keep it see it: with its description, outline, whether it is in use,
 * the zones next to it (those the reader may see) and all its checkpoints, retired ones included.
 *
 * @param outline its boundary, or {@code null} when none was drawn
 * @param active {@code false} once retired (停用): its checkpoints no longer check in, nothing new is
 *     planned there, and its history stays
 */
public record ZoneDetail(long id, long countyId, long villageId, String name, String description, Double centerLat,
		Double centerLon, Outline outline, boolean active, List<Neighbour> adjacent, List<Checkpoint> checkpoints) {

	/** A zone next to this one. */
	public record Neighbour(long id, String name, boolean active) {
	}

	public ZoneDetail {
		adjacent = List.copyOf(adjacent);
		checkpoints = List.copyOf(checkpoints);
	}
}
