package org.qunfang.patrol.zones;

import java.util.regex.Pattern;

import org.qunfang.platform.DomainException;

/** WGS-84 coordinates as zones and checkpoints take them: both or neither, within their ranges. */
public final class Coordinates {

	private static final Pattern DEGREES = Pattern.compile("-?\\d{1,3}(?:\\.\\d+)?");

	private Coordinates() {
	}

	/** Degrees as a person typed them ({@code 28.2282}); blank is none, anything else not a number is refused. */
	public static Double degrees(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		String text = typed.strip().replace("°", "");
		if (!DEGREES.matcher(text).matches()) {
			throw new DomainException("error.patrol.coordinates");
		}
		return Double.valueOf(text);
	}

	/** Refuses a latitude without a longitude (or the other way round) and values out of range. */
	static void check(Double lat, Double lon) {
		if ((lat == null) != (lon == null) || (lat != null && !valid(lat, lon))) {
			throw new DomainException("error.patrol.coordinates");
		}
	}

	static boolean valid(double lat, double lon) {
		return lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;
	}

	/** To six decimals (about 10 cm), as outlines and derived centres keep them. */
	static double round(double degrees) {
		return Math.round(degrees * 1e6) / 1e6;
	}
}
