package org.qunfang.patrol.web;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.qunfang.identity.Caller;
import org.qunfang.patrol.PatrolPermissions;
import org.qunfang.patrol.runs.PatrolRuns;
import org.qunfang.patrol.zones.Checkpoint;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The page a checkpoint's QR code opens (扫码签到): the signed-in member confirms the check-in, with the
 * phone's position and a note if they like. A forged or revoked code, or a member who is not on patrol
 * here, gets a page that says so.
 */
@Controller
class CheckinController {

	private final PatrolRuns runs;
	private final MessageSource messages;

	CheckinController(PatrolRuns runs, MessageSource messages) {
		this.runs = runs;
		this.messages = messages;
	}

	@GetMapping("/patrol/c/{token}")
	String confirm(Caller caller, @PathVariable String token, Model model, Locale locale, HttpServletResponse response) {
		Checkpoint checkpoint;
		try {
			checkpoint = runs.checkpoint(token);
		}
		catch (NotFoundException forged) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return refused(model, messages.getMessage("patrol.checkin.invalid-code", null, locale), false);
		}
		if (!caller.has(PatrolPermissions.RUN_RECORD)) {
			return refused(model, messages.getMessage("patrol.checkin.not-a-member", null, locale), false);
		}
		try {
			model.addAttribute("run", runs.runFor(caller, checkpoint));
		}
		catch (DomainException refused) {
			return refused(model, RunController.refusal(messages, refused, locale), true);
		}
		model.addAttribute("checkpoint", checkpoint);
		model.addAttribute("token", token);
		model.addAttribute("clientKey", UUID.randomUUID().toString());
		return "patrol/checkin";
	}

	/** Records the check-in once per key: sending the form again shows the same check-in. */
	@PostMapping("/patrol/c/{token}")
	String record(Caller caller, @PathVariable String token, @RequestParam String clientKey,
			@RequestParam(required = false) String clientTime, @RequestParam(required = false) Double latitude,
			@RequestParam(required = false) Double longitude, @RequestParam(required = false) String note, Model model,
			Locale locale, HttpServletResponse response) {
		caller.require(PatrolPermissions.RUN_RECORD);
		try {
			PatrolRuns.Recorded recorded = runs.checkIn(caller, token, clientKey, parse(clientTime), latitude, longitude, note);
			model.addAttribute("checkin", recorded.checkin());
			model.addAttribute("replayed", recorded.replayed());
			return "patrol/checkin-done";
		}
		catch (NotFoundException forged) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return refused(model, messages.getMessage("patrol.checkin.invalid-code", null, locale), false);
		}
		catch (DomainException refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return refused(model, RunController.refusal(messages, refused, locale), true);
		}
	}

	private static String refused(Model model, String reason, boolean startLink) {
		model.addAttribute("reason", reason);
		model.addAttribute("startLink", startLink);
		return "patrol/checkin-refused";
	}

	private static Instant parse(String clientTime) {
		if (clientTime == null || clientTime.isBlank()) {
			return null;
		}
		try {
			return Instant.parse(clientTime);
		}
		catch (java.time.format.DateTimeParseException unreadable) {
			return null;
		}
	}
}
