package org.qunfang.risk.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.qunfang.identity.Caller;
import org.qunfang.identity.ScopeLevel;
import org.qunfang.organization.AdminUnit;
import org.qunfang.patrol.PatrolRiskWeights;
import org.qunfang.risk.RiskPermissions;
import org.qunfang.risk.internal.Hotspots.Hotspot;
import org.qunfang.risk.internal.RiskOutlook;
import org.qunfang.risk.internal.RiskOutlook.VillageView;
import org.qunfang.risk.internal.VillageRisk.ZoneForecast;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

/**
 * 风险研判 pages: a village's zones by hour of the week as a heat map, the places and times to watch with
 * their reasons, and the rosters' patrol against the risk; a township's or county's villages side by side.
 */
@Controller
class RiskController {

	private final RiskOutlook outlook;
	private final RiskTexts texts;
	private final JsonMapper json;
	private final Clock clock;
	private final ZoneId zone;

	RiskController(RiskOutlook outlook, RiskTexts texts, JsonMapper json, Clock clock, ZoneId zone) {
		this.outlook = outlook;
		this.texts = texts;
		this.json = json;
		this.clock = clock;
		this.zone = zone;
	}

	/** One zone's line of the table: its share of the risk against its share of the planned patrol. */
	record ZoneLine(String name, double expected, double nearRepeat, int riskPercent, double patrolHours, int patrolPercent) {
	}

	/** A place and time to watch, in words. */
	record HotLine(String village, String zone, String when, double expected, double ratio, String reasons) {
	}

	@GetMapping("/risk")
	String risk(Caller caller, @RequestParam(required = false) Long village,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from, Model model,
			Locale locale) {
		caller.require(RiskPermissions.VIEW);
		LocalDate start = from != null ? from : LocalDate.now(clock.withZone(zone));
		model.addAttribute("from", start);
		model.addAttribute("to", start.plusDays(RiskOutlook.DAYS - 1));
		Long chosen = village;
		if (chosen == null && caller.jurisdiction().level() == ScopeLevel.VILLAGE) {
			chosen = caller.jurisdiction().unitId();
		}
		if (chosen != null) {
			VillageView view = outlook.village(caller, chosen, start, locale);
			model.addAttribute("view", view);
			model.addAttribute("zones", zoneLines(view));
			model.addAttribute("hotspots", hotLines(view.hotspots(), Map.of(view.village().id(), view.village()), locale));
			model.addAttribute("chart", chart(view.forecast().zones().stream().map(z -> z.zone().name()).toList(),
					view.forecast().zones().stream().map(ZoneForecast::byHour).toList(), total(view), planned(view), locale));
			return "risk/village";
		}
		RiskOutlook.Overview overview = outlook.overview(caller, start, locale);
		Map<Long, AdminUnit> units = new LinkedHashMap<>();
		overview.villages().forEach(v -> units.put(v.village().id(), v.village()));
		model.addAttribute("overview", overview);
		model.addAttribute("hotspots", hotLines(overview.hotspots(), units, locale));
		List<double[]> rows = overview.villages().stream().map(RiskController::total).toList();
		double[] risk = new double[PatrolRiskWeights.HOURS];
		double[] patrol = new double[PatrolRiskWeights.HOURS];
		for (VillageView v : overview.villages()) {
			add(risk, total(v));
			add(patrol, planned(v));
		}
		model.addAttribute("chart", chart(overview.villages().stream().map(v -> v.village().name(locale)).toList(), rows, risk,
				patrol, locale));
		return "risk/overview";
	}

	private List<ZoneLine> zoneLines(VillageView view) {
		double risk = view.forecast().total();
		double patrol = view.planned().values().stream().mapToDouble(RiskController::sum).sum();
		List<ZoneLine> lines = new ArrayList<>();
		for (ZoneForecast z : view.forecast().zones()) {
			double hours = sum(view.planned().getOrDefault(z.zone().id(), new double[0]));
			lines.add(new ZoneLine(z.zone().name(), z.total(), z.nearRepeat(), percent(z.total(), risk), hours,
					percent(hours, patrol)));
		}
		lines.sort(java.util.Comparator.comparingDouble(ZoneLine::expected).reversed());
		return lines;
	}

	private List<HotLine> hotLines(List<Hotspot> hotspots, Map<Long, AdminUnit> villages, Locale locale) {
		return hotspots.stream().map(h -> new HotLine(villages.get(h.villageId()).name(locale), h.zone().zone().name(),
				texts.when(h.weekday(), h.fromHour(), locale), h.expected(), h.ratio(), texts.reasons(h.reasons(), locale)))
			.toList();
	}

	/** The heat map and the risk-against-patrol chart as JSON for the page's script. */
	private String chart(List<String> rows, List<double[]> cells, double[] risk, double[] patrol, Locale locale) {
		List<double[]> points = new ArrayList<>();
		double max = 0;
		double sum = 0;
		for (int r = 0; r < cells.size(); r++) {
			for (int h = 0; h < PatrolRiskWeights.HOURS; h++) {
				double v = Math.round(cells.get(r)[h] * 1e6) / 1e6;
				points.add(new double[] { h, r, v });
				max = Math.max(max, v);
				sum += v;
			}
		}
		// The darkest colour is at least twice the average, so a flat week looks flat, not alarming.
		max = Math.max(max, points.isEmpty() ? 0 : 2 * sum / points.size());
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("rows", rows);
		chart.put("hours", texts.hourLabels(locale));
		chart.put("cells", points);
		chart.put("max", max);
		chart.put("risk", rounded(risk));
		chart.put("patrol", rounded(patrol));
		chart.put("riskName", texts.message("risk.chart.risk", locale));
		chart.put("patrolName", texts.message("risk.chart.patrol", locale));
		return json.writeValueAsString(chart);
	}

	private static double[] total(VillageView view) {
		double[] sum = new double[PatrolRiskWeights.HOURS];
		view.forecast().zones().forEach(z -> add(sum, z.byHour()));
		return sum;
	}

	private static double[] planned(VillageView view) {
		double[] sum = new double[PatrolRiskWeights.HOURS];
		view.planned().values().forEach(h -> add(sum, h));
		return sum;
	}

	private static void add(double[] to, double[] values) {
		for (int h = 0; h < to.length && h < values.length; h++) {
			to[h] += values[h];
		}
	}

	private static double sum(double[] values) {
		double s = 0;
		for (double v : values) {
			s += v;
		}
		return s;
	}

	private static double[] rounded(double[] values) {
		double[] r = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			r[i] = Math.round(values[i] * 1e6) / 1e6;
		}
		return r;
	}

	private static int percent(double part, double whole) {
		return whole <= 0 ? 0 : (int) Math.round(100 * part / whole);
	}
}
