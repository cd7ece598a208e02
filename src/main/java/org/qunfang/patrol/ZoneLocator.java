package org.qunfang.patrol;

import java.util.List;

/**
 * Which patrol zone of a village a case happened in: the zone whose name is the case's place, else the zone
 * whose outline holds the case's coordinates, else the zone whose centre is nearest them; none when the case
 * has neither a zone's name nor coordinates.
 */
public final class ZoneLocator {

	private ZoneLocator() {
	}

	/** The zone of a case with the given place and coordinates among the zones, or {@code null}. */
	public static PatrolZone locate(List<PatrolZone> zones, String place, Double latitude, Double longitude) {
		if (place != null) {
			String name = place.strip();
			for (PatrolZone z : zones) {
				if (z.name().equals(name)) {
					return z;
				}
			}
		}
		if (latitude == null || longitude == null) {
			return null;
		}
		for (PatrolZone z : zones) {
			if (z.contains(latitude, longitude)) {
				return z;
			}
		}
		PatrolZone nearest = null;
		double best = Double.MAX_VALUE;
		for (PatrolZone z : zones) {
			if (z.centerLat() == null || z.centerLon() == null) {
				continue;
			}
			double dLat = z.centerLat() - latitude;
			double dLon = (z.centerLon() - longitude) * Math.cos(Math.toRadians(latitude));
			double d = dLat * dLat + dLon * dLon;
			if (d < best) {
				best = d;
				nearest = z;
			}
		}
		return nearest;
	}
}
