package org.qunfang.risk.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.qunfang.cases.CaseHistory;
import org.qunfang.identity.Caller;
import org.qunfang.organization.AdminUnit;
import org.qunfang.organization.registry.VillageScope;
import org.qunfang.patrol.PatrolEffort;
import org.qunfang.risk.RiskPermissions;
import org.qunfang.risk.internal.Hotspots.Hotspot;
import org.qunfang.risk.internal.VillageRisk.VillageForecast;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coming week's risk as people look at it: for a village, its zones by hour of the week, the places
 * and times to watch with their reasons, and the patrol its rosters plan against the risk; for a township
 * or county, every village in the caller's jurisdiction side by side.
 */
@Service
public class RiskOutlook {

	/** The days a forecast on the pages looks ahead. */
	public static final int DAYS = 7;
	private static final int TOP = 10;
	private static final int MAX_VILLAGES = 80;

	/** One village's outlook. */
	public record VillageView(AdminUnit village, VillageForecast forecast, List<Hotspot> hotspots,
			Map<Long, double[]> planned) {
	}

	/** The outlook of every village in a jurisdiction, with the hottest places across them. */
	public record Overview(LocalDate from, LocalDate to, List<VillageView> villages, List<Hotspot> hotspots,
			boolean truncated) {
	}

	private final VillageRisk risk;
	private final VillageScope villages;
	private final CaseHistory history;
	private final PatrolEffort effort;
	private final ZoneId zone;

	RiskOutlook(VillageRisk risk, VillageScope villages, CaseHistory history, PatrolEffort effort, ZoneId displayZone) {
		this.risk = risk;
		this.villages = villages;
		this.history = history;
		this.effort = effort;
		this.zone = displayZone;
	}

	/** A village inside the caller's jurisdiction over the week from {@code from}. */
	@Transactional(readOnly = true)
	public VillageView village(Caller caller, long villageId, LocalDate from, Locale locale) {
		caller.require(RiskPermissions.VIEW);
		AdminUnit village = villages.village(caller, villageId);
		return view(village, risk.forecast(village.countyId(), village.id(), from, from.plusDays(DAYS - 1)), locale);
	}

	/** Every village of the caller's jurisdiction (the first {@value #MAX_VILLAGES}) over the week from {@code from}. */
	@Transactional(readOnly = true)
	public Overview overview(Caller caller, LocalDate from, Locale locale) {
		caller.require(RiskPermissions.VIEW);
		List<AdminUnit> all = villages.all(caller);
		List<VillageView> views = new ArrayList<>();
		Map<Long, VillageForecast> fitted = new java.util.HashMap<>();
		LocalDate to = from.plusDays(DAYS - 1);
		for (AdminUnit v : all.subList(0, Math.min(all.size(), MAX_VILLAGES))) {
			if (!fitted.containsKey(v.id())) {
				fitted.putAll(risk.county(v.countyId(), from, to));
			}
			views.add(view(v, fitted.get(v.id()), locale));
		}
		List<Hotspot> hot = views.stream().flatMap(v -> v.hotspots().stream())
			.sorted(Comparator.comparingDouble(Hotspot::expected).reversed()).limit(TOP).toList();
		return new Overview(from, from.plusDays(DAYS - 1), views, hot, all.size() > MAX_VILLAGES);
	}

	private VillageView view(AdminUnit village, VillageForecast forecast, Locale locale) {
		LocalDate from = forecast.from();
		LocalDate to = forecast.to();
		List<Hotspot> hot = Hotspots.of(forecast, TOP, history.typeNames(village.countyId(), locale), zone);
		return new VillageView(village, forecast, hot, effort.planned(village.countyId(), village.id(), from, to));
	}
}
