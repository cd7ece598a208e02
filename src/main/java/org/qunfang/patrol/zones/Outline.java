package org.qunfang.patrol.zones;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.qunfang.platform.DomainException;

import com.fasterxml.jackson.annotation.JsonValue;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * 区域轮廓 — the boundary of a patrol zone: a polygon of 3 to 100 WGS-84 points, each {@code [lat, lon]},
 * kept to six decimals (about 10 cm). A closing point equal to the first is dropped. It is stored and
 * served as JSON {@code [[lat, lon], …]}; a person types it one "lat,lon" per line (or pastes the JSON).
 */
public record Outline(List<Point> points) {

	/** One corner of an outline. */
	public record Point(double lat, double lon) {
	}

	static final int MIN_POINTS = 3;
	static final int MAX_POINTS = 100;

	private static final Pattern NUMBER_PAIR = Pattern
		.compile("\\s*(-?\\d{1,3}(?:\\.\\d+)?)\\s*[,，\\s]\\s*(-?\\d{1,3}(?:\\.\\d+)?)\\s*");
	private static final Pattern POINT_SEPARATOR = Pattern.compile("[\\r\\n;；]+");

	public Outline {
		points = List.copyOf(points);
	}

	/**
	 * The outline a person typed: one point per line as {@code lat,lon} (a comma, a Chinese comma or
	 * spaces between; points may also be separated by semicolons), or a JSON array {@code [[lat, lon], …]}.
	 * Blank text means no outline ({@code null}); anything else that is not a valid outline is refused,
	 * naming the point at fault.
	 */
	public static Outline parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String trimmed = text.strip();
		if (trimmed.startsWith("[")) {
			return fromJson(trimmed);
		}
		List<String> entries = POINT_SEPARATOR.splitAsStream(trimmed).map(String::strip).filter(s -> !s.isEmpty()).toList();
		if (entries.size() > MAX_POINTS + 1) {
			throw new DomainException("error.patrol.outline.count", entries.size());
		}
		List<Point> points = new ArrayList<>();
		for (String entry : entries) {
			Matcher pair = NUMBER_PAIR.matcher(entry);
			if (!pair.matches()) {
				throw new DomainException("error.patrol.outline.point", points.size() + 1, entry);
			}
			points.add(point(points.size() + 1, entry, Double.parseDouble(pair.group(1)), Double.parseDouble(pair.group(2))));
		}
		return of(points);
	}

	/** The outline a JSON array {@code [[lat, lon], …]} names; empty or {@code null} means none. */
	public static Outline fromCoordinates(List<List<Double>> coordinates) {
		if (coordinates == null || coordinates.isEmpty()) {
			return null;
		}
		if (coordinates.size() > MAX_POINTS + 1) {
			throw new DomainException("error.patrol.outline.count", coordinates.size());
		}
		List<Point> points = new ArrayList<>();
		for (List<Double> pair : coordinates) {
			int n = points.size() + 1;
			if (pair == null || pair.size() != 2 || pair.get(0) == null || pair.get(1) == null) {
				throw new DomainException("error.patrol.outline.point", n, String.valueOf(pair));
			}
			points.add(point(n, pair.get(0) + "," + pair.get(1), pair.get(0), pair.get(1)));
		}
		return of(points);
	}

	/** An outline as stored ({@code null} for none). */
	static Outline fromJson(String json) {
		if (json == null || json.isBlank()) {
			return null;
		}
		double[][] pairs;
		try {
			pairs = JsonMapper.shared().readValue(json, double[][].class);
		}
		catch (JacksonException notAnArray) {
			throw new DomainException("error.patrol.outline.json");
		}
		List<List<Double>> coordinates = new ArrayList<>();
		for (double[] pair : pairs) {
			coordinates.add(pair == null ? null : java.util.Arrays.stream(pair).boxed().toList());
		}
		return fromCoordinates(coordinates);
	}

	private static Point point(int n, String entry, double lat, double lon) {
		if (Math.abs(lat) > 90 && Math.abs(lat) <= 180 && Math.abs(lon) <= 90) {
			throw new DomainException("error.patrol.outline.swapped", n, entry);
		}
		if (!Coordinates.valid(lat, lon)) {
			throw new DomainException("error.patrol.outline.range", n, entry);
		}
		return new Point(Coordinates.round(lat), Coordinates.round(lon));
	}

	private static Outline of(List<Point> given) {
		List<Point> points = new ArrayList<>(given);
		if (points.size() > MIN_POINTS && points.getFirst().equals(points.getLast())) {
			points.removeLast();
		}
		if (points.size() < MIN_POINTS || points.size() > MAX_POINTS) {
			throw new DomainException("error.patrol.outline.count", points.size());
		}
		Outline outline = new Outline(points);
		if (Math.abs(outline.signedArea()) < 1e-12) {
			throw new DomainException("error.patrol.outline.flat");
		}
		return outline;
	}

	/** The points as JSON arrays {@code [[lat, lon], …]} (how the API shows an outline). */
	@JsonValue
	public List<List<Double>> coordinates() {
		return points.stream().map(p -> List.of(p.lat(), p.lon())).toList();
	}

	/** The outline as stored: JSON {@code [[lat, lon], …]}. */
	String toJson() {
		return JsonMapper.shared().writeValueAsString(coordinates());
	}

	/** The outline as a person types it: one {@code lat,lon} per line. */
	public String text() {
		return String.join("\n", points.stream().map(p -> p.lat() + "," + p.lon()).toList());
	}

	/** The centroid of the polygon (its centre of area), to six decimals. */
	public Point centre() {
		double[] m = moments();
		Point origin = points.getFirst();
		return new Point(Coordinates.round(origin.lat() + m[1] / (3 * m[0])),
				Coordinates.round(origin.lon() + m[2] / (3 * m[0])));
	}

	/** The shoelace area in square degrees (longitude as x, latitude as y); its sign tells the winding. */
	private double signedArea() {
		return moments()[0] / 2;
	}

	/**
	 * Twice the signed area and the first moments of the polygon, about its first point (which keeps the
	 * sums small, hence exact enough for a village's few hundred metres).
	 */
	private double[] moments() {
		Point origin = points.getFirst();
		double cross = 0;
		double lat = 0;
		double lon = 0;
		for (int i = 0; i < points.size(); i++) {
			Point a = points.get(i);
			Point b = points.get((i + 1) % points.size());
			double ax = a.lon() - origin.lon();
			double ay = a.lat() - origin.lat();
			double bx = b.lon() - origin.lon();
			double by = b.lat() - origin.lat();
			double c = ax * by - bx * ay;
			cross += c;
			lon += (ax + bx) * c;
			lat += (ay + by) * c;
		}
		return new double[] { cross, lat, lon };
	}
}
