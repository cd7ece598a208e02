package org.qunfang.patrol.web.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.qunfang.identity.Caller;
import org.qunfang.patrol.runs.Checkin;
import org.qunfang.patrol.runs.PatrolRun;
import org.qunfang.patrol.runs.PatrolRuns;
import org.qunfang.platform.idempotency.IdempotencyFilter;
import org.qunfang.platform.web.ApiController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Patrolling from a phone app: start a run, check in by a scanned code, end the run. Each write takes the
 * phone's key ({@code clientKey} in the body, or the {@code Idempotency-Key} header): the same key returns
 * the first record, so a retry over a bad link never records twice. {@code clientTime} is when the phone
 * did it; the server keeps its own receipt time beside it.
 */
@ApiController
@Tag(name = "patrol runs")
class RunsApi {

	record Start(@Size(max = 80) String clientKey, Instant clientTime, @Size(max = 2000) String note) {
	}

	record CheckinRequest(@NotBlank @Size(max = 200) String token, @Size(max = 80) String clientKey, Instant clientTime,
			Double latitude, Double longitude, @Size(max = 500) String note) {
	}

	record End(Instant clientTime, @Size(max = 2000) String note) {
	}

	/** A run with its check-ins. */
	record RunView(PatrolRun run, List<Checkin> checkins) {
	}

	/** A check-in; {@code replayed} when this key had already recorded it. */
	record CheckinView(Checkin checkin, boolean replayed) {
	}

	private final PatrolRuns runs;

	RunsApi(PatrolRuns runs) {
		this.runs = runs;
	}

	@PostMapping("/patrol/runs")
	@Operation(summary = "Start a run (on the caller's shift now, or ad hoc); an open run is returned as it is")
	ResponseEntity<PatrolRun> start(Caller caller, @Valid @RequestBody Start body,
			@RequestHeader(name = IdempotencyFilter.HEADER, required = false) String idempotencyKey) {
		PatrolRun run = runs.start(caller, keyOf(body.clientKey(), idempotencyKey), body.clientTime(), body.note());
		return ResponseEntity.created(URI.create(ApiController.ROOT + "/patrol/runs/" + run.id())).body(run);
	}

	@PostMapping("/patrol/checkins")
	@Operation(summary = "Check in at the checkpoint a scanned code names, in the caller's open run there")
	ResponseEntity<CheckinView> checkIn(Caller caller, @Valid @RequestBody CheckinRequest body,
			@RequestHeader(name = IdempotencyFilter.HEADER, required = false) String idempotencyKey) {
		PatrolRuns.Recorded recorded = runs.checkIn(caller, body.token(), keyOf(body.clientKey(), idempotencyKey),
				body.clientTime(), body.latitude(), body.longitude(), body.note());
		return ResponseEntity.status(recorded.replayed() ? 200 : 201).body(new CheckinView(recorded.checkin(), recorded.replayed()));
	}

	@PostMapping("/patrol/runs/{id}/end")
	@Operation(summary = "End the caller's run; ending an ended run changes nothing")
	PatrolRun end(Caller caller, @PathVariable long id, @Valid @RequestBody End body) {
		return runs.end(caller, id, body.clientTime(), body.note());
	}

	@GetMapping("/patrol/runs/{id}")
	@Operation(summary = "A run the caller made or may see, with its check-ins")
	RunView get(Caller caller, @PathVariable long id) {
		return new RunView(runs.run(caller, id), runs.checkins(caller, id));
	}

	private static String keyOf(String clientKey, String header) {
		return clientKey != null && !clientKey.isBlank() ? clientKey : header;
	}
}
