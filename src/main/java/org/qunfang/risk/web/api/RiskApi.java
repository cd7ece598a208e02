package org.qunfang.risk.web.api;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.qunfang.identity.Caller;
import org.qunfang.platform.web.ApiController;
import org.qunfang.risk.internal.RiskOutlook;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A village's risk forecast for the coming week: per zone and hour of the week, and the places to watch. */
@ApiController
@Tag(name = "risk")
class RiskApi {

	/** A zone's expected cases over the week, by source and by hour of week (0 = Monday 00:00–01:00). */
	record ZoneView(long zoneId, String name, double expected, double background, double nearRepeat, double[] byHour) {
	}

	/**
	 * A place and time to watch (weekday 0 = Monday); {@code ratio} is how many times the village's average
	 * zone and time block it is; {@code reasons} in the reader's language.
	 */
	record HotspotView(long zoneId, String zone, int weekday, int fromHour, int toHour, double expected, double ratio,
			List<String> reasons) {
	}

	/**
	 * The forecast. {@code branching} is the expected cases one case brings nearby, {@code decayDays} how long
	 * that lasts on average, {@code fitted} whether they were fitted to the village (else defaults).
	 */
	record ForecastView(long villageId, LocalDate from, LocalDate to, int cases, int placed, Double branching,
			Double decayDays, boolean fitted, List<ZoneView> zones, List<HotspotView> hotspots) {
	}

	private final RiskOutlook outlook;
	private final MessageSource messages;
	private final Clock clock;
	private final ZoneId zone;

	RiskApi(RiskOutlook outlook, MessageSource messages, Clock clock, ZoneId zone) {
		this.outlook = outlook;
		this.messages = messages;
		this.clock = clock;
		this.zone = zone;
	}

	@GetMapping("/risk/villages/{id}")
	@Operation(summary = "Expected cases per zone and hour of week for the seven days from `from` (default today)")
	ForecastView village(Caller caller, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from, Locale locale) {
		LocalDate start = from != null ? from : LocalDate.now(clock.withZone(zone));
		RiskOutlook.VillageView view = outlook.village(caller, id, start, locale);
		var forecast = view.forecast();
		List<ZoneView> zones = forecast.zones().stream().map(z -> new ZoneView(z.zone().id(), z.zone().name(), z.total(),
				z.background(), z.nearRepeat(), z.byHour())).toList();
		List<HotspotView> hot = view.hotspots().stream().map(h -> new HotspotView(h.zone().zone().id(), h.zone().zone().name(),
				h.weekday(), h.fromHour(), h.fromHour() + org.qunfang.risk.internal.Hotspots.BLOCK, h.expected(), h.ratio(),
				h.reasons().stream().map(r -> text(r, locale)).toList())).toList();
		var fit = forecast.fit();
		return new ForecastView(id, forecast.from(), forecast.to(), forecast.cases(), forecast.placed(),
				fit == null ? null : fit.branching(), fit == null ? null : 1 / fit.decayPerDay(), fit != null && fit.fitted(),
				zones, hot);
	}

	private String text(org.qunfang.risk.internal.Hotspots.Reason reason, Locale locale) {
		return reason.text(messages, locale);
	}
}
