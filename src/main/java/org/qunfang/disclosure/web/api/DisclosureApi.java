package org.qunfang.disclosure.web.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.qunfang.disclosure.publication.PublishedStatement;
import org.qunfang.disclosure.publication.Publications;
import org.qunfang.disclosure.publication.StatementQueries;
import org.qunfang.identity.Caller;
import org.qunfang.platform.web.ApiController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * The statements villages published, within the caller's jurisdiction, and publishing one (the township
 * finance officer). A statement's {@code text} is its canonical text, exactly the log's leaf.
 */
@ApiController
@Tag(name = "disclosure")
class DisclosureApi {

	/** A published statement; {@code corrects} and {@code correctedBy} link a correction and what it corrects. */
	record StatementView(long id, long villageId, String period, LocalDate from, LocalDate to, long leafIndex,
			Long corrects, Long correctedBy, String correctionReason, String publishedBy, Instant publishedAt,
			String text) {

		static StatementView of(PublishedStatement s) {
			return new StatementView(s.id(), s.villageId(), s.period().code(), s.period().from(), s.period().to(),
					s.leafIndex(), s.corrects(), s.correctedBy(), s.correctionReason(), s.publishedName(),
					s.publishedAt(), s.text());
		}
	}

	/** What to publish: the period, and for a correction the statement it corrects and why. */
	record PublishBody(
			@Schema(example = "2026-05", description = "a month (yyyy-MM) or a quarter (yyyy-Qn) that is over")
			@Size(max = 20) String period,
			Long corrects, @Size(max = 500) String reason) {
	}

	private final StatementQueries queries;
	private final Publications publications;

	DisclosureApi(StatementQueries queries, Publications publications) {
		this.queries = queries;
		this.publications = publications;
	}

	@GetMapping("/disclosure/villages/{id}/statements")
	@Operation(summary = "The statements a village published, the latest first")
	List<StatementView> statements(Caller caller, @PathVariable long id) {
		return queries.ofVillage(caller, id).stream().map(StatementView::of).toList();
	}

	@GetMapping("/disclosure/statements/{id}")
	@Operation(summary = "One published statement")
	StatementView statement(Caller caller, @PathVariable long id) {
		return StatementView.of(queries.statement(caller, id));
	}

	@PostMapping("/disclosure/villages/{id}/statements")
	@Operation(summary = "Publish a village's statement for a month or quarter that is over (or a correction of the "
			+ "latest one of that period) into the county's log, and sign the log's new checkpoint")
	ResponseEntity<StatementView> publish(Caller caller, @PathVariable long id, @Valid @RequestBody PublishBody body) {
		long published = publications.publish(caller, id,
				new Publications.NewPublication(body.period(), body.corrects(), body.reason()));
		return ResponseEntity.created(URI.create(ApiController.ROOT + "/disclosure/statements/" + published))
			.body(StatementView.of(queries.statement(caller, published)));
	}
}
