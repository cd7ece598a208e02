package org.qunfang.cases.web.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.qunfang.cases.suggestion.NewSuggestion;
import org.qunfang.cases.suggestion.PublicSuggestion;
import org.qunfang.cases.suggestion.PublicSuggestionDesk;
import org.qunfang.cases.suggestion.SuggestionFilter;
import org.qunfang.cases.suggestion.SuggestionHandling;
import org.qunfang.cases.suggestion.SuggestionKind;
import org.qunfang.cases.suggestion.SuggestionRegister;
import org.qunfang.cases.suggestion.SuggestionStatus;
import org.qunfang.cases.suggestion.SuggestionStep;
import org.qunfang.cases.suggestion.SuggestionView;
import org.qunfang.cases.suggestion.TrackingCodeMiss;
import org.qunfang.identity.Caller;
import org.qunfang.platform.RefusalException;
import org.qunfang.platform.publicform.Challenges;
import org.qunfang.platform.web.ApiController;
import org.qunfang.platform.web.ProblemWriter;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The suggestion book over JSON: the register, replies and outcomes for staff; writing, looking up and
 * reopening by tracking code for the public ({@code /public/...}, no sign-in). A submission retried with
 * the same {@code Idempotency-Key} is written once and answered with the same receipt.
 */
@ApiController
@Tag(name = "suggestions")
class SuggestionsApi {

	record Detail(SuggestionView suggestion, List<SuggestionStep> history) {
	}

	record Reply(String reply) {
	}

	record Note(String note) {
	}

	record Reason(String reason) {
	}

	record Question(String question, String challengeToken) {
	}

	/** A submission; without {@code anonymous} it is anonymous, and then any name or phone is dropped. */
	record Submission(String kind, String content, Boolean anonymous, String name, String phone, String challengeToken,
			String answer, String website) {

		NewSuggestion suggestion() {
			return new NewSuggestion(kind, content, !Boolean.FALSE.equals(anonymous), name, phone);
		}
	}

	record Receipt(long id, String trackingCode, Instant dueAt) {
	}

	record Code(String code) {
	}

	record Reopen(String code, String reason) {
	}

	record VillageBook(long villageId, String villageName, List<PublicSuggestion> answered, long waiting, long overdue) {
	}

	private final SuggestionRegister register;
	private final SuggestionHandling handling;
	private final PublicSuggestionDesk desk;
	private final MessageSource messages;

	SuggestionsApi(SuggestionRegister register, SuggestionHandling handling, PublicSuggestionDesk desk,
			MessageSource messages) {
		this.register = register;
		this.handling = handling;
		this.desk = desk;
		this.messages = messages;
	}

	@GetMapping("/suggestions")
	@Operation(summary = "The suggestion register of the jurisdiction, newest first (at most 1000)")
	List<SuggestionView> list(Caller caller, @RequestParam(required = false) Long village,
			@RequestParam(required = false) SuggestionKind kind, @RequestParam(required = false) SuggestionStatus status,
			@RequestParam(defaultValue = "false") boolean awaiting, @RequestParam(defaultValue = "false") boolean overdue,
			Locale locale) {
		return register.list(caller, new SuggestionFilter(village, kind, status, awaiting, overdue), locale);
	}

	@GetMapping("/suggestions/months")
	@Operation(summary = "Counts by month for the last twelve months, of the jurisdiction or one village")
	List<SuggestionRegister.MonthCount> months(Caller caller, @RequestParam(required = false) Long village) {
		return register.byMonth(caller, village);
	}

	@GetMapping("/suggestions/{id}")
	@Operation(summary = "One suggestion with its history")
	Detail get(Caller caller, @PathVariable long id, Locale locale) {
		return new Detail(handling.get(caller, id, locale), handling.history(caller, id));
	}

	@PostMapping("/suggestions/{id}/reply")
	@Operation(summary = "Reply (public on the village page for opinions and suggestions)")
	Detail reply(Caller caller, @PathVariable long id, @RequestBody Reply body, Locale locale) {
		handling.reply(caller, id, body.reply());
		return get(caller, id, locale);
	}

	@PostMapping("/suggestions/{id}/resolve")
	@Operation(summary = "Record an answered suggestion as resolved, with an optional note")
	Detail resolve(Caller caller, @PathVariable long id, @RequestBody Note body, Locale locale) {
		handling.resolve(caller, id, body.note());
		return get(caller, id, locale);
	}

	@PostMapping("/suggestions/{id}/close")
	@Operation(summary = "Close an answered suggestion without a solution; the reason is required")
	Detail close(Caller caller, @PathVariable long id, @RequestBody Reason body, Locale locale) {
		handling.closeUnresolved(caller, id, body.reason());
		return get(caller, id, locale);
	}

	@GetMapping("/public/villages/{id}/suggestions")
	@Operation(summary = "A village's public book: answered opinions and suggestions (no names), and how many wait")
	VillageBook village(@PathVariable long id, Locale locale) {
		PublicSuggestionDesk.VillagePage page = desk.page(id);
		return new VillageBook(id, page.village().name(locale), page.answered(), page.waiting(), page.overdue());
	}

	@GetMapping("/public/challenge")
	@Operation(summary = "A question to answer with the next submission (one attempt, 30 minutes)")
	Question challenge(Locale locale) {
		Challenges.Challenge c = desk.challenge();
		return new Question(messages.getMessage("public.challenge.question", new Object[] { c.a(), c.b() }, locale),
				c.token());
	}

	@PostMapping("/public/villages/{id}/suggestions")
	@Operation(summary = "Write in a village's book; the tracking code in the answer is shown once and stored only as a "
			+ "hash (and, with an Idempotency-Key, in the encrypted answer kept a day for a retry)")
	ResponseEntity<Receipt> submit(@PathVariable long id, @RequestBody Submission body, HttpServletRequest request) {
		var receipt = desk.submit(id, body.suggestion(), new PublicSuggestionDesk.Proof(body.challengeToken(), body.answer(), body.website()),
				request.getRemoteAddr());
		return ResponseEntity.status(HttpStatus.CREATED).cacheControl(org.springframework.http.CacheControl.noStore())
			.body(new Receipt(receipt.id(), receipt.trackingCode(), receipt.dueAt()));
	}

	@PostMapping("/public/suggestions/lookup")
	@Operation(summary = "The submission a tracking code opens (sent in the body, so it stays out of logs)")
	ResponseEntity<PublicSuggestion> lookup(@RequestBody Code body, HttpServletRequest request) {
		return ResponseEntity.ok().cacheControl(org.springframework.http.CacheControl.noStore())
			.body(desk.lookup(body.code(), request.getRemoteAddr()));
	}

	@PostMapping("/public/suggestions/reopen")
	@Operation(summary = "Reopen an answered submission by its tracking code, with the reason")
	ResponseEntity<PublicSuggestion> reopen(@RequestBody Reopen body, HttpServletRequest request) {
		return ResponseEntity.ok().cacheControl(org.springframework.http.CacheControl.noStore())
			.body(desk.reopen(body.code(), body.reason(), request.getRemoteAddr()));
	}

	@ExceptionHandler(TrackingCodeMiss.class)
	ProblemDetail miss(TrackingCodeMiss miss, Locale locale) {
		return problem(HttpStatus.NOT_FOUND, "not-found", miss, locale);
	}

	private ProblemDetail problem(HttpStatus status, String type, RefusalException refused, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(refused.messageKey(), refused.arguments(), locale));
		problem.setType(URI.create(ProblemWriter.TYPE_BASE + type));
		problem.setTitle(messages.getMessage("error.suggestion.problem." + type, null, locale));
		return problem;
	}
}
