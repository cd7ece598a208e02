package org.qunfang.patrol.web.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.qunfang.identity.Caller;
import org.qunfang.patrol.schedule.ScheduleEditRefused;
import org.qunfang.patrol.schedule.ScheduleSolver;
import org.qunfang.patrol.schedule.Schedules;
import org.qunfang.platform.web.ApiController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Duty rosters: plan, read, publish, change a seat (checked against the rules), record an absence and re-plan. */
@ApiController
@Tag(name = "patrol")
class ScheduleApi {

	/** A roster to plan for an organization over 7 to 31 days. */
	record PlanRequest(@NotNull Long orgId, @NotNull LocalDate from, @NotNull LocalDate to) {
	}

	/** Who leaves a seat of the shift (null: an empty seat) and who takes it (null: leave it empty). */
	record Change(Long remove, Long add) {
	}

	/** A rule a change breaks or a need the roster still has, named in the reader's language. */
	record Rule(String code, String explanation, long times) {
	}

	/** The answer to a change: refused with the rules it breaks, or saved with what the roster still lacks. */
	record ChangeAnswer(boolean saved, String message, List<Rule> rules) {
	}

	record Absence(@NotNull Long residentId, @NotNull LocalDate from, @NotNull LocalDate to, String reason) {
	}

	record Replanned(int refilled, Schedules.ScheduleView schedule) {
	}

	private final Schedules schedules;
	private final MessageSource messages;

	ScheduleApi(Schedules schedules, MessageSource messages) {
		this.schedules = schedules;
		this.messages = messages;
	}

	@GetMapping("/patrol/schedules")
	@Operation(summary = "The latest rosters in the caller's jurisdiction")
	List<Schedules.ScheduleView> list(Caller caller) {
		return schedules.recent(caller, 100);
	}

	@PostMapping("/patrol/schedules")
	@Operation(summary = "Plan a draft roster: 202 with the roster SOLVING; the solver works in the background "
			+ "and the roster turns DRAFT (or FAILED) — poll its Location")
	ResponseEntity<Schedules.ScheduleView> plan(Caller caller, @Valid @RequestBody PlanRequest request) {
		long id = schedules.plan(caller, request.orgId(), request.from(), request.to());
		return ResponseEntity.accepted().location(URI.create(ApiController.ROOT + "/patrol/schedules/" + id))
			.body(schedules.get(caller, id));
	}

	@PostMapping("/patrol/schedules/{id}/discard")
	@Operation(summary = "Discard a roster that is not published (a draft, one solving or one that failed)")
	Schedules.ScheduleView discard(Caller caller, @PathVariable long id) {
		schedules.discard(caller, id);
		return schedules.get(caller, id);
	}

	@GetMapping("/patrol/schedules/{id}")
	@Operation(summary = "A roster with its shifts and who is on each")
	Schedules.ScheduleView get(Caller caller, @PathVariable long id) {
		return schedules.get(caller, id);
	}

	@PostMapping("/patrol/schedules/{id}/publish")
	@Operation(summary = "Publish a draft roster")
	Schedules.ScheduleView publish(Caller caller, @PathVariable long id) {
		schedules.publish(caller, id);
		return schedules.get(caller, id);
	}

	@PutMapping("/patrol/shifts/{shiftId}/assignment")
	@Operation(summary = "Change who takes a seat; 409 with the broken rules when the change breaks one")
	ResponseEntity<ChangeAnswer> change(Caller caller, @PathVariable long shiftId, @RequestBody Change change,
			Locale locale) {
		try {
			Schedules.EditOutcome outcome = schedules.change(caller, shiftId, change.remove(), change.add());
			return ResponseEntity.ok(new ChangeAnswer(true, messages.getMessage("patrol.schedule.changed", null, locale),
					outcome.remaining().stream().map(b -> rule(b, locale)).toList()));
		}
		catch (ScheduleEditRefused refused) {
			List<Rule> rules = refused.constraints().stream()
				.map(c -> new Rule(c, messages.getMessage("patrol.schedule.constraint." + c, null, c, locale), 1)).toList();
			String names = String.join("；", rules.stream().map(Rule::explanation).toList());
			return ResponseEntity.status(HttpStatus.CONFLICT).body(new ChangeAnswer(false, messages.getMessage(
					refused.messageKey(), new Object[] { names, rules.size() }, locale), rules));
		}
	}

	@PostMapping("/patrol/schedules/{id}/absences")
	@Operation(summary = "Record an absence and re-plan the seats it empties; other assignments stay")
	Replanned absence(Caller caller, @PathVariable long id, @Valid @RequestBody Absence absence) {
		int refilled = schedules.absence(caller, id, absence.residentId(), absence.from(), absence.to(), absence.reason());
		return new Replanned(refilled, schedules.get(caller, id));
	}

	private Rule rule(ScheduleSolver.Broken broken, Locale locale) {
		return new Rule(broken.constraint(), messages.getMessage("patrol.schedule.constraint." + broken.constraint(), null,
				broken.constraint(), locale), broken.times());
	}
}
