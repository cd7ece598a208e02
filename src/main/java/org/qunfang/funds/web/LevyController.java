package org.qunfang.funds.web;

import java.time.LocalDate;
import java.util.Locale;

import org.qunfang.funds.levy.Levies;
import org.qunfang.identity.Caller;
import org.qunfang.platform.web.Outcomes;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A levy's steps from its page: the meeting, exemptions, the township's decision, withdrawal. */
@Controller
class LevyController {

	private final Levies levies;
	private final MessageSource messages;

	LevyController(Levies levies, MessageSource messages) {
		this.levies = levies;
		this.messages = messages;
	}

	@PostMapping("/funds/levies/{id}/meeting")
	String meeting(Caller caller, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) Integer representatives, @RequestParam(required = false) Integer present,
			@RequestParam(defaultValue = "") String attendance, @RequestParam(required = false) Integer votesFor,
			@RequestParam(required = false) Integer votesAgainst, @RequestParam(required = false) Integer votesAbstain,
			Locale locale, RedirectAttributes redirect) {
		return Outcomes.run(messages, back(id) + "#meeting", locale, redirect, "funds.levy.meeting.saved",
				() -> levies.recordMeeting(caller, id, new Levies.MeetingEntry(on, representatives, present, attendance,
						votesFor, votesAgainst, votesAbstain)));
	}

	@PostMapping("/funds/levies/{id}/exemptions")
	String exempt(Caller caller, @PathVariable long id, @RequestParam(defaultValue = "0") long resident,
			@RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String note, Locale locale,
			RedirectAttributes redirect) {
		return Outcomes.run(messages, back(id) + "#exemptions", locale, redirect, "funds.levy.exemption.saved",
				() -> levies.markExempt(caller, id, resident, reason, note));
	}

	@PostMapping("/funds/levies/{id}/exemptions/{resident}/remove")
	String unexempt(Caller caller, @PathVariable long id, @PathVariable long resident, Locale locale,
			RedirectAttributes redirect) {
		return Outcomes.run(messages, back(id) + "#exemptions", locale, redirect, "funds.levy.exemption.removed",
				() -> levies.unmarkExempt(caller, id, resident));
	}

	@PostMapping("/funds/levies/{id}/approve")
	String approve(Caller caller, @PathVariable long id, @RequestParam(defaultValue = "") String note, Locale locale,
			RedirectAttributes redirect) {
		return Outcomes.run(messages, back(id), locale, redirect, "funds.levy.approved",
				() -> levies.approve(caller, id, note));
	}

	@PostMapping("/funds/levies/{id}/reject")
	String reject(Caller caller, @PathVariable long id, @RequestParam(defaultValue = "") String reason, Locale locale,
			RedirectAttributes redirect) {
		return Outcomes.run(messages, back(id), locale, redirect, "funds.levy.rejected",
				() -> levies.reject(caller, id, reason));
	}

	@PostMapping("/funds/levies/{id}/withdraw")
	String withdraw(Caller caller, @PathVariable long id, Locale locale, RedirectAttributes redirect) {
		return Outcomes.run(messages, back(id), locale, redirect, "funds.levy.withdrawn",
				() -> levies.withdraw(caller, id));
	}

	private static String back(long id) {
		return "redirect:/funds/charges/" + id;
	}
}
