package org.qunfang.risk.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads incidents from a CSV file with a header line, through a column mapping: the date (or a timestamp
 * with the time of day), planar x/y (in metres or feet) or latitude/longitude (projected to local metres
 * around the data's mean latitude), and optionally a type column with the types to keep. A row that cannot
 * be read is counted under its reason and skipped; a mapping naming a column the header lacks is an error.
 */
public final class IncidentCsv {

	/** International foot in metres (State Plane coordinates in feet use it). */
	static final double FOOT = 0.3048;
	private static final double EARTH_RADIUS = 6_371_000;
	private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder().appendPattern("yyyy[-][/]MM[-][/]dd")
		.optionalStart().appendLiteral('T').optionalEnd().optionalStart().appendLiteral(' ').optionalEnd()
		.appendPattern("HH:mm[:ss][.SSS]").parseDefaulting(ChronoField.SECOND_OF_MINUTE, 0).toFormatter();
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy[-][/]MM[-][/]dd");

	/**
	 * Which columns hold what. Exactly one of {@code date} and {@code time} is given, and either x and y or
	 * lat and lon.
	 *
	 * @param date a column of dates (yyyy-MM-dd): the time of day is unknown
	 * @param time a column of timestamps (yyyy-MM-dd HH:mm[:ss], or with a T)
	 * @param x an easting column
	 * @param y a northing column
	 * @param feet whether x and y are in international feet (else metres)
	 * @param lat a latitude column (degrees)
	 * @param lon a longitude column (degrees)
	 * @param type a column of incident types, or null
	 * @param types the types to keep (all when empty)
	 */
	public record Columns(String date, String time, String x, String y, boolean feet, String lat, String lon, String type,
			Set<String> types) {

		public Columns {
			if ((date == null) == (time == null)) {
				throw new IllegalArgumentException("give either a date column (--date) or a timestamp column (--time)");
			}
			boolean planar = x != null || y != null;
			boolean spherical = lat != null || lon != null;
			if (planar == spherical || (planar && (x == null || y == null)) || (spherical && (lat == null || lon == null))) {
				throw new IllegalArgumentException("give either --x and --y or --lat and --lon");
			}
			if (!types.isEmpty() && type == null) {
				throw new IllegalArgumentException("--types needs a type column (--type)");
			}
			types = Set.copyOf(types);
		}

		boolean timed() {
			return time != null;
		}
	}

	/** One incident read: where (metres), on which date, and the minute of the day or -1 when unknown. */
	public record Point(double x, double y, LocalDate date, int minute) {
	}

	/**
	 * What was read.
	 *
	 * @param points the incidents kept
	 * @param skipped rows not kept because of their type
	 * @param bad rows that could not be read, by reason
	 * @param timed whether the times of day are known
	 */
	public record Result(List<Point> points, int skipped, Map<String, Integer> bad, boolean timed) {

		public int badRows() {
			return bad.values().stream().mapToInt(Integer::intValue).sum();
		}
	}

	private IncidentCsv() {
	}

	public static Result read(Path file, Columns columns) throws IOException {
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String header = reader.readLine();
			if (header == null) {
				throw new IllegalArgumentException(file + " is empty");
			}
			List<String> names = split(header.startsWith("\uFEFF") ? header.substring(1) : header);
			int when = column(names, columns.timed() ? columns.time() : columns.date());
			boolean planar = columns.x() != null;
			int first = column(names, planar ? columns.x() : columns.lon());
			int second = column(names, planar ? columns.y() : columns.lat());
			int type = columns.type() == null ? -1 : column(names, columns.type());
			Map<String, Integer> bad = new TreeMap<>();
			List<double[]> coordinates = new ArrayList<>();
			List<Point> raw = new ArrayList<>();
			int skipped = 0;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank()) {
					continue;
				}
				List<String> row = split(line);
				if (row.size() < names.size()) {
					bad.merge("too few fields", 1, Integer::sum);
					continue;
				}
				if (type >= 0 && !columns.types().isEmpty() && !columns.types().contains(row.get(type).trim())) {
					skipped++;
					continue;
				}
				LocalDate date;
				int minute = -1;
				try {
					String text = row.get(when).trim();
					if (columns.timed()) {
						LocalDateTime t = LocalDateTime.parse(text, TIMESTAMP);
						date = t.toLocalDate();
						minute = t.getHour() * 60 + t.getMinute();
					} else {
						date = LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text, DATE);
					}
				} catch (DateTimeParseException e) {
					bad.merge("unreadable date or time", 1, Integer::sum);
					continue;
				}
				double a;
				double b;
				try {
					a = Double.parseDouble(row.get(first).trim());
					b = Double.parseDouble(row.get(second).trim());
				} catch (NumberFormatException e) {
					bad.merge("missing or unreadable coordinates", 1, Integer::sum);
					continue;
				}
				if (!Double.isFinite(a) || !Double.isFinite(b) || (a == 0 && b == 0)
						|| (!planar && (Math.abs(b) > 90 || Math.abs(a) > 180))) {
					bad.merge("coordinates out of range", 1, Integer::sum);
					continue;
				}
				coordinates.add(new double[] { a, b });
				raw.add(new Point(0, 0, date, minute));
			}
			double scale = planar && columns.feet() ? FOOT : 1;
			double meanLat = coordinates.stream().mapToDouble(c -> c[1]).average().orElse(0);
			double lonScale = EARTH_RADIUS * Math.toRadians(1) * Math.cos(Math.toRadians(meanLat));
			double latScale = EARTH_RADIUS * Math.toRadians(1);
			List<Point> points = new ArrayList<>(raw.size());
			for (int i = 0; i < raw.size(); i++) {
				double[] c = coordinates.get(i);
				Point p = raw.get(i);
				points.add(planar ? new Point(c[0] * scale, c[1] * scale, p.date(), p.minute())
						: new Point(c[0] * lonScale, c[1] * latScale, p.date(), p.minute()));
			}
			return new Result(points, skipped, bad, columns.timed());
		}
	}

	private static int column(List<String> names, String name) {
		for (int i = 0; i < names.size(); i++) {
			if (names.get(i).trim().equalsIgnoreCase(name)) {
				return i;
			}
		}
		throw new IllegalArgumentException("no column '" + name + "' in the header; it has " + names);
	}

	/** Splits a CSV line at commas outside double quotes; "" inside quotes is a quote. */
	static List<String> split(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					field.append(c);
				}
			} else if (c == '"') {
				quoted = true;
			} else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			} else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return fields;
	}
}
