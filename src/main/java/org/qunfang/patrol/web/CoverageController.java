package org.qunfang.patrol.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.qunfang.identity.Caller;
import org.qunfang.patrol.runs.ContractEvidence;
import org.qunfang.patrol.runs.Coverage;
import org.qunfang.platform.DomainException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Planned against done: coverage by village, organization, member, zone and hour, and contract evidence. */
@Controller
class CoverageController {

	private final Coverage coverage;
	private final ContractEvidence evidence;
	private final Clock clock;
	private final ZoneId zone;

	CoverageController(Coverage coverage, ContractEvidence evidence, Clock clock, ZoneId zone) {
		this.coverage = coverage;
		this.evidence = evidence;
		this.clock = clock;
		this.zone = zone;
	}

	@GetMapping("/patrol/coverage")
	String coverage(Caller caller, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model,
			Locale locale) {
		LocalDate last = to != null ? to : LocalDate.now(clock.withZone(zone));
		LocalDate first = from != null ? from : last.minusDays(6);
		if (first.isAfter(last) || ChronoUnit.DAYS.between(first, last) > 366) {
			throw new DomainException("error.patrol.run.coverage-period");
		}
		model.addAttribute("report", coverage.of(caller, first, last, locale));
		model.addAttribute("contracts", evidence.of(caller));
		return "patrol/coverage";
	}
}
