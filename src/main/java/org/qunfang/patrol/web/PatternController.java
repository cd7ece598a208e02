package org.qunfang.patrol.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qunfang.identity.Caller;
import org.qunfang.patrol.patterns.ShiftPattern;
import org.qunfang.patrol.patterns.ShiftPatterns;
import org.qunfang.patrol.schedule.Schedules;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 班次 — the shift patterns of the organizations in the caller's jurisdiction. */
@Controller
class PatternController {

	private final Schedules schedules;
	private final ShiftPatterns patterns;
	private final org.springframework.context.MessageSource messages;

	PatternController(Schedules schedules, ShiftPatterns patterns, org.springframework.context.MessageSource messages) {
		this.schedules = schedules;
		this.patterns = patterns;
		this.messages = messages;
	}

	@GetMapping("/patrol/patterns")
	String list(Caller caller, Model model, java.util.Locale locale) {
		Map<Schedules.Plannable, List<ShiftPattern>> byOrg = new LinkedHashMap<>();
		for (Schedules.Plannable org : schedules.plannable(caller)) {
			byOrg.put(org, patterns.ofOrganization(caller.jurisdiction().countyId(), org.orgId()));
		}
		model.addAttribute("organizations", byOrg);
		Map<Long, String> days = new LinkedHashMap<>();
		byOrg.values().forEach(list -> list.forEach(p -> days.put(p.id(), java.util.Arrays.stream(java.time.DayOfWeek.values())
			.filter(p.weekdays()::contains).map(d -> messages.getMessage("patrol.pattern.day." + d.getValue(), null, locale))
			.collect(java.util.stream.Collectors.joining(" ")))));
		model.addAttribute("days", days);
		return "patrol/patterns";
	}
}
