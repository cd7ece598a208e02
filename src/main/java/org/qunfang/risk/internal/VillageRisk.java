package org.qunfang.risk.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.qunfang.cases.CaseHistory;
import org.qunfang.cases.CaseHistory.Sighting;
import org.qunfang.patrol.PatrolEffort;
import org.qunfang.patrol.PatrolZone;
import org.qunfang.patrol.ZoneLocator;
import org.qunfang.risk.model.FittedRisk;
import org.qunfang.risk.model.Forecast;
import org.qunfang.risk.model.Incident;
import org.qunfang.risk.model.RiskFit;
import org.qunfang.risk.model.RiskSettings;
import org.qunfang.risk.model.ZonePlaces;
import org.springframework.stereotype.Service;

/**
 * The risk model for one village: its patrol zones as places (with their adjacency inside the village), its
 * registered cases of the last three years placed in zones (by the place's name or the nearest zone centre),
 * fitted and forecast over a period. Cases a patrol found are left out of the fit: they say where patrols
 * went as much as where cases happen, and would draw patrols to where they already were. Cases that cannot
 * be placed in a zone still count toward the village's total, spread as the forecast spreads.
 */
@Service
public class VillageRisk {

	/** The years of history the model is fitted on. */
	static final int YEARS = 3;

	/** One zone's forecast: expected cases over the period, by source and by hour of the week. */
	public record ZoneForecast(PatrolZone zone, double background, double nearRepeat, double[] byHour) {

		public double total() {
			return background + nearRepeat;
		}
	}

	/**
	 * A village's forecast over the days {@code from} to {@code to}, with what it was made from.
	 *
	 * @param cases the village's cases in the history (found on patrol included)
	 * @param placed how many of those the fit used (in a zone, not found on patrol)
	 * @param recent the cases of the near-repeat window before {@code from}, newest first
	 */
	public record VillageForecast(long countyId, long villageId, LocalDate from, LocalDate to, List<ZoneForecast> zones,
			int cases, int placed, FittedRisk fit, List<Sighting> recent, List<Sighting> lastYear) {

		public double total() {
			return zones.stream().mapToDouble(ZoneForecast::total).sum();
		}
	}

	private final CaseHistory history;
	private final PatrolEffort effort;
	private final ZoneId zone;

	VillageRisk(CaseHistory history, PatrolEffort effort, ZoneId displayZone) {
		this.history = history;
		this.effort = effort;
		this.zone = displayZone;
	}

	/** The forecast for the village's active zones over the days {@code from} to {@code to} (at most 31). */
	public VillageForecast forecast(long countyId, long villageId, LocalDate from, LocalDate to) {
		return forecast(countyId, effort.zones(countyId, villageId), villageId, from, to);
	}

	/** The forecast for the given zones of a village. */
	public VillageForecast forecast(long countyId, List<PatrolZone> zones, long villageId, LocalDate from, LocalDate to) {
		Instant start = from.atStartOfDay(zone).toInstant();
		Instant origin = from.minusYears(YEARS).atStartOfDay(zone).toInstant();
		List<Sighting> cases = history.of(countyId, villageId, origin).stream().filter(s -> s.occurredAt().isBefore(start))
			.toList();
		Map<Long, Integer> index = new HashMap<>();
		for (int i = 0; i < zones.size(); i++) {
			index.put(zones.get(i).id(), i);
		}
		List<Incident> incidents = new ArrayList<>();
		int unplaced = 0;
		for (Sighting s : cases) {
			if (s.foundOnPatrol()) {
				continue;
			}
			PatrolZone at = ZoneLocator.locate(zones, s.place(), s.latitude(), s.longitude());
			if (at == null) {
				unplaced++;
				continue;
			}
			incidents.add(Incident.at(index.get(at.id()), days(origin, s.occurredAt()), hourOfWeek(s.occurredAt())));
		}
		double settingsWindow = RiskSettings.defaults().windowDays();
		List<Sighting> recent = cases.reversed().stream()
			.filter(s -> Duration.between(s.occurredAt(), start).toDays() < settingsWindow).toList();
		List<Sighting> lastYear = cases.reversed().stream()
			.filter(s -> !s.occurredAt().isBefore(from.minusYears(1).atStartOfDay(zone).toInstant())).toList();
		if (zones.isEmpty()) {
			return new VillageForecast(countyId, villageId, from, to, List.of(), cases.size(), 0, null, recent, lastYear);
		}
		ZonePlaces places = new ZonePlaces(new int[zones.size()], adjacency(zones, index));
		double end = days(origin, start);
		FittedRisk fit = RiskFit.fit(places, incidents, 0, end, RiskSettings.defaults());
		long days = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
		Forecast forecast = fit.hourly(end, days, hourOfWeek(start));
		// Cases not placed in a zone are the village's too: they raise every zone alike.
		double scale = (incidents.size() + unplaced + 1.0) / (incidents.size() + 1.0);
		List<ZoneForecast> out = new ArrayList<>();
		for (int p = 0; p < zones.size(); p++) {
			double[] hours = forecast.byHour()[p].clone();
			for (int h = 0; h < hours.length; h++) {
				hours[h] *= scale;
			}
			out.add(new ZoneForecast(zones.get(p), forecast.background()[p] * scale, forecast.nearRepeat()[p] * scale, hours));
		}
		return new VillageForecast(countyId, villageId, from, to, out, cases.size(), incidents.size(), fit, recent, lastYear);
	}

	private static List<int[]> adjacency(List<PatrolZone> zones, Map<Long, Integer> index) {
		List<int[]> adjacent = new ArrayList<>();
		for (PatrolZone z : zones) {
			adjacent.add(z.adjacentIds().stream().filter(index::containsKey).mapToInt(index::get).toArray());
		}
		return adjacent;
	}

	private static double days(Instant origin, Instant at) {
		return Duration.between(origin, at).toSeconds() / 86_400.0;
	}

	int hourOfWeek(Instant at) {
		ZonedDateTime local = at.atZone(zone);
		return (local.getDayOfWeek().getValue() - 1) * 24 + local.getHour();
	}
}
