package org.qunfang.risk.evaluation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;

import org.qunfang.risk.model.Incident;

/**
 * Incidents on the study grid in time order: the cell (-1 outside the area), the time in days from the
 * origin (a Monday; a case known to the day only is put at its noon) and the hour of the week (-1 when
 * unknown) and weekday.
 */
public final class Events {

	final int[] place;
	final double[] time;
	final int[] hourOfWeek;
	final int[] weekday;

	Events(int[] place, double[] time, int[] hourOfWeek, int[] weekday) {
		this.place = place;
		this.time = time;
		this.hourOfWeek = hourOfWeek;
		this.weekday = weekday;
	}

	/** The Monday on or before the earliest date: day 0. */
	public static LocalDate origin(List<IncidentCsv.Point> points) {
		LocalDate first = points.stream().map(IncidentCsv.Point::date).min(Comparator.naturalOrder()).orElse(LocalDate.EPOCH);
		return first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	public static Events of(List<IncidentCsv.Point> points, StudyGrid grid, LocalDate origin) {
		List<IncidentCsv.Point> sorted = new ArrayList<>(points);
		sorted.sort(Comparator.comparingDouble(p -> time(p, origin)));
		int n = sorted.size();
		Events events = new Events(new int[n], new double[n], new int[n], new int[n]);
		for (int i = 0; i < n; i++) {
			IncidentCsv.Point p = sorted.get(i);
			events.place[i] = grid.place(p);
			events.time[i] = time(p, origin);
			events.weekday[i] = p.date().getDayOfWeek().getValue() - 1;
			events.hourOfWeek[i] = p.minute() < 0 ? -1 : events.weekday[i] * 24 + p.minute() / 60;
		}
		return events;
	}

	static double time(IncidentCsv.Point p, LocalDate origin) {
		return ChronoUnit.DAYS.between(origin, p.date()) + (p.minute() < 0 ? 0.5 : p.minute() / 1440.0);
	}

	public int size() {
		return time.length;
	}

	/** The first event at or after {@code t}. */
	int firstAt(double t) {
		int low = 0;
		int high = time.length;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (time[mid] < t) {
				low = mid + 1;
			} else {
				high = mid;
			}
		}
		return low;
	}

	/** The events whose index passes the test, in the same order. */
	Events filter(IntPredicate keep) {
		int[] kept = java.util.stream.IntStream.range(0, size()).filter(keep).toArray();
		Events e = new Events(new int[kept.length], new double[kept.length], new int[kept.length], new int[kept.length]);
		for (int k = 0; k < kept.length; k++) {
			e.place[k] = place[kept[k]];
			e.time[k] = time[kept[k]];
			e.hourOfWeek[k] = hourOfWeek[kept[k]];
			e.weekday[k] = weekday[kept[k]];
		}
		return e;
	}

	/** The events inside the area as the model's incidents. */
	public List<Incident> incidents() {
		List<Incident> list = new ArrayList<>();
		for (int i = 0; i < size(); i++) {
			if (place[i] >= 0) {
				list.add(hourOfWeek[i] >= 0 ? Incident.at(place[i], time[i], hourOfWeek[i])
						: Incident.onDay(place[i], time[i], weekday[i]));
			}
		}
		return list;
	}
}
