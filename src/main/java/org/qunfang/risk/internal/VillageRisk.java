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
import org.qunfang.identity.Jurisdiction;
import org.qunfang.identity.ScopeDirectory;
import org.qunfang.organization.AdminUnit;
import org.qunfang.organization.AdminUnits;
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
 * The risk model for a county's villages: their patrol zones as places (with their adjacency), each village a
 * region and each township a district, their registered cases of the last three years placed in zones (by
 * the place's name, the zone's outline or the nearest zone centre), fitted together and forecast over a
 * period. Cases a patrol found are left out of the fit: they say where patrols
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
	 * @param recentByZone the cases of the near-repeat window before {@code from} placed in each zone of the
	 *        county (so a zone's neighbours in other villages are seen too; found on patrol included: they are
	 *        facts, only the fit leaves them out), newest first
	 */
	public record VillageForecast(long countyId, long villageId, LocalDate from, LocalDate to, List<ZoneForecast> zones,
			int cases, int placed, FittedRisk fit, Map<Long, List<Sighting>> recentByZone, List<Sighting> lastYear) {

		public double total() {
			return zones.stream().mapToDouble(ZoneForecast::total).sum();
		}
	}

	private final CaseHistory history;
	private final PatrolEffort effort;
	private final AdminUnits units;
	private final ScopeDirectory scopes;
	private final ZoneId zone;

	VillageRisk(CaseHistory history, PatrolEffort effort, AdminUnits units, ScopeDirectory scopes, ZoneId displayZone) {
		this.history = history;
		this.effort = effort;
		this.units = units;
		this.scopes = scopes;
		this.zone = displayZone;
	}

	/** The forecast for the village's active zones over the days {@code from} to {@code to} (at most 31). */
	public VillageForecast forecast(long countyId, long villageId, LocalDate from, LocalDate to) {
		return county(countyId, from, to).get(villageId);
	}

	/**
	 * The forecasts of every village of the county, from one fit of the county's history: the zones of all
	 * its villages are the places, each village a region and each township a district, so a sparse zone is
	 * pulled toward its village's average, a sparse village toward its township's and a township toward the
	 * county's; the near-repeat parameters are the county's.
	 */
	public Map<Long, VillageForecast> county(long countyId, LocalDate from, LocalDate to) {
		Instant start = from.atStartOfDay(zone).toInstant();
		Instant origin = from.minusYears(YEARS).atStartOfDay(zone).toInstant();
		Instant yearAgo = from.minusYears(1).atStartOfDay(zone).toInstant();
		List<AdminUnit> villageUnits = villages(countyId);
		List<Long> villages = villageUnits.stream().map(AdminUnit::id).toList();
		Map<Long, Integer> townships = new HashMap<>();
		List<PatrolZone> zones = new ArrayList<>();
		List<Integer> regions = new ArrayList<>();
		List<Integer> districts = new ArrayList<>();
		Map<Long, List<PatrolZone>> zonesOf = new HashMap<>();
		Map<Long, List<Sighting>> casesOf = new HashMap<>();
		for (int v = 0; v < villages.size(); v++) {
			long village = villages.get(v);
			List<PatrolZone> own = effort.zones(countyId, village);
			zonesOf.put(village, own);
			Long parent = villageUnits.get(v).parentId();
			int township = townships.computeIfAbsent(parent == null ? -1L : parent,
					t -> townships.size());
			for (PatrolZone z : own) {
				zones.add(z);
				regions.add(v);
				districts.add(township);
			}
			casesOf.put(village, history.of(countyId, village, origin).stream().filter(s -> s.occurredAt().isBefore(start))
				.toList());
		}
		Map<Long, Integer> index = new HashMap<>();
		for (int i = 0; i < zones.size(); i++) {
			index.put(zones.get(i).id(), i);
		}
		List<Incident> incidents = new ArrayList<>();
		Map<Long, int[]> counts = new HashMap<>();
		double window = RiskSettings.defaults().windowDays();
		Map<Long, List<Sighting>> recentByZone = new HashMap<>();
		for (long village : villages) {
			int placed = 0;
			int unplaced = 0;
			for (Sighting s : casesOf.get(village)) {
				PatrolZone at = ZoneLocator.locate(zonesOf.get(village), s.place(), s.latitude(), s.longitude());
				if (at != null && Duration.between(s.occurredAt(), start).toDays() < window) {
					recentByZone.computeIfAbsent(at.id(), z -> new ArrayList<>()).add(s);
				}
				if (s.foundOnPatrol()) {
					continue;
				}
				if (at == null) {
					unplaced++;
					continue;
				}
				placed++;
				incidents.add(Incident.at(index.get(at.id()), days(origin, s.occurredAt()), hourOfWeek(s.occurredAt())));
			}
			counts.put(village, new int[] { placed, unplaced });
		}
		FittedRisk fit = null;
		Forecast forecast = null;
		if (!zones.isEmpty()) {
			ZonePlaces places = new ZonePlaces(regions.stream().mapToInt(Integer::intValue).toArray(),
					districts.stream().mapToInt(Integer::intValue).toArray(), adjacency(zones, index));
			double end = days(origin, start);
			fit = RiskFit.fit(places, incidents, 0, end, RiskSettings.defaults());
			forecast = fit.hourly(end, java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1, hourOfWeek(start));
		}
		recentByZone.values().forEach(java.util.Collections::reverse);
		Map<Long, VillageForecast> out = new HashMap<>();
		for (long village : villages) {
			List<Sighting> cases = casesOf.get(village);
			int[] placed = counts.get(village);
			// Cases not placed in a zone are the village's too: they raise its zones alike.
			double scale = (placed[0] + placed[1] + 1.0) / (placed[0] + 1.0);
			List<ZoneForecast> villageZones = new ArrayList<>();
			for (PatrolZone z : zonesOf.get(village)) {
				int p = index.get(z.id());
				double[] hours = forecast.byHour()[p].clone();
				for (int h = 0; h < hours.length; h++) {
					hours[h] *= scale;
				}
				villageZones.add(new ZoneForecast(z, forecast.background()[p] * scale, forecast.nearRepeat()[p] * scale, hours));
			}
			List<Sighting> lastYear = cases.reversed().stream().filter(s -> !s.occurredAt().isBefore(yearAgo)).toList();
			out.put(village, new VillageForecast(countyId, village, from, to, villageZones, cases.size(), placed[0],
					villageZones.isEmpty() ? null : fit, recentByZone, lastYear));
		}
		return out;
	}

	/** The villages of the county. */
	private List<AdminUnit> villages(long countyId) {
		return scopes.counties().stream().filter(c -> c.countyId() == countyId).findFirst()
			.map(c -> units.villages(Jurisdiction.of(c))).orElse(List.of());
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
