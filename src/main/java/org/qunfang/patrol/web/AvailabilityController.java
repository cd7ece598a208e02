package org.qunfang.patrol.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

import org.qunfang.identity.Caller;
import org.qunfang.organization.bodies.PreventionOrganizations;
import org.qunfang.patrol.PatrolPermissions;
import org.qunfang.patrol.schedule.Availability;
import org.qunfang.platform.web.Outcomes;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** When an organization's members cannot be on duty: weekly times and leave, for the roster. */
@Controller
class AvailabilityController {

	private final Availability availability;
	private final PreventionOrganizations organizations;
	private final MessageSource messages;

	AvailabilityController(Availability availability, PreventionOrganizations organizations, MessageSource messages) {
		this.availability = availability;
		this.organizations = organizations;
		this.messages = messages;
	}

	@GetMapping("/patrol/organizations/{orgId}/availability")
	String page(Caller caller, @PathVariable long orgId, Model model) {
		model.addAttribute("org", organizations.get(caller, orgId));
		model.addAttribute("members", availability.of(caller, orgId));
		model.addAttribute("weekdays", DayOfWeek.values());
		model.addAttribute("canPlan", caller.has(PatrolPermissions.SCHEDULE_PLAN));
		return "patrol/availability";
	}

	@PostMapping("/patrol/organizations/{orgId}/availability")
	String add(Caller caller, @PathVariable long orgId, @RequestParam(required = false) Long residentId,
			@RequestParam(defaultValue = "WEEKLY") String kind, @RequestParam(required = false) DayOfWeek weekday,
			@RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime fromTime,
			@RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime toTime,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate fromDate,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate toDate,
			@RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "false") boolean preference,
			Locale locale, RedirectAttributes redirect) {
		return Outcomes.run(messages, back(orgId), locale, redirect, "patrol.availability.added", () -> {
			if (residentId == null) {
				throw new org.qunfang.platform.DomainException("error.patrol.availability.not-member");
			}
			if ("LEAVE".equals(kind)) {
				availability.addLeave(caller, orgId, residentId, fromDate, toDate, reason);
			}
			else if (preference) {
				availability.addPreference(caller, orgId, residentId, weekday, reason);
			}
			else {
				availability.addWeekly(caller, orgId, residentId, weekday, fromTime, toTime, reason);
			}
		});
	}

	@PostMapping("/patrol/organizations/{orgId}/availability/{entryId}/delete")
	String remove(Caller caller, @PathVariable long orgId, @PathVariable long entryId, Locale locale,
			RedirectAttributes redirect) {
		return Outcomes.run(messages, back(orgId), locale, redirect, "patrol.availability.removed",
				() -> availability.remove(caller, orgId, entryId));
	}

	private static String back(long orgId) {
		return "redirect:/patrol/organizations/" + orgId + "/availability";
	}
}
