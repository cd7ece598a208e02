package org.qunfang.risk.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qunfang.patrol.PatrolRiskWeights;
import org.qunfang.patrol.PatrolZone;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The risk model's weights for the patrol schedule: each zone's expected cases per hour of the week over the
 * period, capped at {@value #CAP} times the village's average zone-hour, so that one zone — perhaps one that
 * records more cases because it is patrolled more — cannot draw all the patrols. The schedule weighs its
 * reward in proportion and varies its choices among near-equal ones, so patrols stay unpredictable. Ordered
 * first, ahead of the patrol module's case counts.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ModelRiskWeights implements PatrolRiskWeights {

	/** The most a zone-hour weighs, as a multiple of the village's average zone-hour. */
	static final double CAP = 3.0;

	private final VillageRisk risk;

	ModelRiskWeights(VillageRisk risk) {
		this.risk = risk;
	}

	@Override
	public Map<Long, double[]> weights(long countyId, List<PatrolZone> zones, LocalDate from, LocalDate to) {
		Map<Long, List<PatrolZone>> byVillage = new LinkedHashMap<>();
		zones.forEach(z -> byVillage.computeIfAbsent(z.villageId(), v -> new java.util.ArrayList<>()).add(z));
		LocalDate until = to.isAfter(from.plusDays(30)) ? from.plusDays(30) : to;
		Map<Long, double[]> weights = new HashMap<>();
		byVillage.forEach((village, villageZones) -> {
			Map<Long, double[]> raw = new HashMap<>();
			java.util.Set<Long> asked = villageZones.stream().map(PatrolZone::id).collect(java.util.stream.Collectors.toSet());
			risk.forecast(countyId, village, from, until).zones().stream().filter(z -> asked.contains(z.zone().id()))
				.forEach(z -> raw.put(z.zone().id(), z.byHour()));
			weights.putAll(capped(raw));
		});
		return weights;
	}

	/** The weights with every zone-hour above {@link #CAP} times the average brought down to it. */
	static Map<Long, double[]> capped(Map<Long, double[]> raw) {
		double sum = 0;
		int cells = 0;
		for (double[] w : raw.values()) {
			for (double v : w) {
				sum += v;
				cells++;
			}
		}
		double cap = cells == 0 ? 0 : CAP * sum / cells;
		Map<Long, double[]> capped = new HashMap<>();
		raw.forEach((zone, w) -> {
			double[] c = new double[w.length];
			for (int h = 0; h < w.length; h++) {
				c[h] = Math.min(w[h], cap);
			}
			capped.put(zone, c);
		});
		return capped;
	}
}
