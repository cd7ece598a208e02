package org.qunfang.organization.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.qunfang.identity.Caller;
import org.qunfang.organization.bodies.JointDefense;
import org.qunfang.platform.web.Outcomes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A ten-household group's households, substitutes and swaps, from its organization page. */
@Controller
class JointDefenseController {

	private final JointDefense jointDefense;
	private final org.qunfang.organization.registry.RegisterQueries queries;
	private final MessageSource messages;

	JointDefenseController(JointDefense jointDefense, org.qunfang.organization.registry.RegisterQueries queries,
			MessageSource messages) {
		this.jointDefense = jointDefense;
		this.queries = queries;
		this.messages = messages;
	}

	/** Adds the household of the chosen duty person (or the household given) to the rotation. */
	@PostMapping("/organizations/{id}/joint-defense/households")
	String add(Caller caller, @PathVariable long id, @RequestParam(required = false) Long householdId,
			@RequestParam long dutyResidentId, Locale locale, RedirectAttributes redirect) {
		return Outcomes.run(messages, back(id), locale, redirect, "joint-defense.added", () -> jointDefense.addHousehold(
				caller, id, householdId != null ? householdId : queries.resident(caller, dutyResidentId).householdId(),
				dutyResidentId));
	}

	@PostMapping("/organizations/{id}/joint-defense/households/{household}/substitutes")
	String substitutes(Caller caller, @PathVariable long id, @PathVariable long household,
			@RequestParam(name = "residentId", required = false) List<Long> residents, Locale locale,
			RedirectAttributes redirect) {
		return Outcomes.run(messages, back(id), locale, redirect, "joint-defense.substitutes-saved",
				() -> jointDefense.setSubstitutes(caller, id, household, residents == null ? List.of() : residents));
	}

	@PostMapping("/organizations/{id}/joint-defense/swaps")
	String swap(Caller caller, @PathVariable long id, @RequestParam LocalDate day, @RequestParam long toHouseholdId,
			@RequestParam(defaultValue = "") String reason, Locale locale, RedirectAttributes redirect) {
		return Outcomes.run(messages, back(id), locale, redirect, "joint-defense.swap-recorded",
				() -> jointDefense.recordSwap(caller, id, day, toHouseholdId, reason));
	}

	private static String back(long id) {
		return "redirect:/organizations/" + id;
	}
}
