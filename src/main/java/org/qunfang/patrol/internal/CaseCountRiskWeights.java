package org.qunfang.patrol.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qunfang.cases.CaseHistory;
import org.qunfang.patrol.PatrolRiskWeights;
import org.qunfang.patrol.PatrolZone;
import org.qunfang.patrol.ZoneLocator;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The default risk weights until the risk model forecasts: for each zone and hour of the week, the cases of the
 * last twelve months that happened in the zone (the case's place is the zone's name, or its coordinates are
 * nearest the zone's centre among its village's zones), smoothed over neighbouring hours, pulled toward the
 * village's average for that hour and lifted by a uniform floor, as expected cases per week. Never zero, never
 * NaN. Ordered last, so an implementation from the risk module comes first.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class CaseCountRiskWeights implements PatrolRiskWeights {

	/** How strongly a zone's own counts are pulled toward its village's average (in cases). */
	static final double PRIOR = 1.0;
	/** Cases spread evenly over the week whatever happened: no zone-hour is ever without weight. */
	static final double FLOOR = 0.5;
	private static final double WEEKS = 52.0;

	private final CaseHistory history;
	private final ZoneId zone;

	CaseCountRiskWeights(CaseHistory history, ZoneId displayZone) {
		this.history = history;
		this.zone = displayZone;
	}

	@Override
	public Map<Long, double[]> weights(long countyId, List<PatrolZone> zones, LocalDate from, LocalDate to) {
		Instant since = from.minusMonths(12).atStartOfDay(zone).toInstant();
		Map<Long, List<PatrolZone>> byVillage = new LinkedHashMap<>();
		zones.forEach(z -> byVillage.computeIfAbsent(z.villageId(), v -> new ArrayList<>()).add(z));
		Map<Long, double[]> weights = new HashMap<>();
		byVillage.forEach((villageId, villageZones) -> {
			List<Sighting> sightings = history.of(countyId, villageId, since).stream()
				.filter(s -> s.occurredAt().isBefore(from.atStartOfDay(zone).toInstant()))
				.map(s -> new Sighting(hourOfWeek(s.occurredAt()), s.place(), s.latitude(), s.longitude()))
				.toList();
			weights.putAll(weigh(villageZones, sightings));
		});
		return weights;
	}

	/** A case reduced to what the weights use. */
	record Sighting(int hour, String place, Double latitude, Double longitude) {
	}

	/** The weights of one village's zones from its cases. */
	static Map<Long, double[]> weigh(List<PatrolZone> zones, List<Sighting> sightings) {
		Map<Long, double[]> counts = new HashMap<>();
		zones.forEach(z -> counts.put(z.id(), new double[HOURS]));
		double[] village = new double[HOURS];
		for (Sighting s : sightings) {
			village[s.hour()] += 1;
			PatrolZone at = ZoneLocator.locate(zones, s.place(), s.latitude(), s.longitude());
			if (at != null) {
				counts.get(at.id())[s.hour()] += 1;
			}
		}
		double[] average = smooth(village);
		for (int h = 0; h < HOURS; h++) {
			average[h] /= Math.max(1, zones.size());
		}
		Map<Long, double[]> weights = new HashMap<>();
		counts.forEach((id, c) -> {
			double[] smoothed = smooth(c);
			double[] w = new double[HOURS];
			for (int h = 0; h < HOURS; h++) {
				w[h] = (smoothed[h] + PRIOR * average[h] + FLOOR / HOURS) / WEEKS;
			}
			weights.put(id, w);
		});
		return weights;
	}

	/** Spreads each hour's count over itself (half) and its two neighbours (a quarter each), round the week. */
	private static double[] smooth(double[] counts) {
		double[] out = new double[HOURS];
		for (int h = 0; h < HOURS; h++) {
			out[h] = 0.5 * counts[h] + 0.25 * counts[(h + HOURS - 1) % HOURS] + 0.25 * counts[(h + 1) % HOURS];
		}
		return out;
	}

	private int hourOfWeek(Instant at) {
		ZonedDateTime local = at.atZone(zone);
		return (local.getDayOfWeek().getValue() - 1) * 24 + local.getHour();
	}
}
