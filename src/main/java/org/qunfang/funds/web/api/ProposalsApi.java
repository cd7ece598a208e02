package org.qunfang.funds.web.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.qunfang.funds.approval.ProposalKind;
import org.qunfang.funds.approval.ProposalQueries;
import org.qunfang.funds.approval.ProposalStatus;
import org.qunfang.funds.approval.Proposals;
import org.qunfang.identity.Caller;
import org.qunfang.platform.Money;
import org.qunfang.platform.web.ApiController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Expense and re-designation proposals: proposed by the village, approved and booked by the township. */
@ApiController
@Tag(name = "funds")
class ProposalsApi {

	/** A proposal; {@code fromFundId} only for a re-designation; {@code payee} only for an expense. */
	record NewProposal(ProposalKind kind, String purpose, String payee, @NotNull Long amountFen, String description,
			Long fromFundId) {
	}

	/**
	 * A decision: the fund to draw from (optional, expenses only), the day it is paid (booking; default today)
	 * and a comment or, to reject, the reason.
	 */
	record Decision(Long fundId, String note, LocalDate bookedOn) {
	}

	record Created(long id) {
	}

	record StatusView(long id, ProposalStatus status) {
	}

	private final Proposals proposals;
	private final ProposalQueries queries;

	ProposalsApi(Proposals proposals, ProposalQueries queries) {
		this.proposals = proposals;
		this.queries = queries;
	}

	@GetMapping("/funds/proposals")
	@Operation(summary = "Open proposals of the caller's jurisdiction (all with `all=true`), of one village with `village`")
	List<ProposalQueries.ProposalView> list(Caller caller, @RequestParam(required = false) Long village,
			@RequestParam(defaultValue = "false") boolean all) {
		return queries.list(caller, village, !all);
	}

	@GetMapping("/funds/proposals/{id}")
	@Operation(summary = "A proposal with its history and documents")
	ProposalQueries.Detail detail(Caller caller, @PathVariable long id) {
		return queries.detail(caller, id);
	}

	@PostMapping("/funds/villages/{id}/proposals")
	@Operation(summary = "Propose an expense or a re-designation (receipts are added with the page)")
	ResponseEntity<Created> propose(Caller caller, @PathVariable long id, @Valid @RequestBody NewProposal body) {
		long proposal = proposals.propose(caller, id, new Proposals.NewProposal(body.kind(), body.purpose(), body.payee(),
				Money.fen(body.amountFen()), body.description(), body.fromFundId()), List.of());
		return ResponseEntity.created(URI.create(ApiController.ROOT + "/funds/proposals/" + proposal))
			.body(new Created(proposal));
	}

	@PostMapping("/funds/proposals/{id}/approval")
	@Operation(summary = "The finance officer approves; a proposal needing no leader is booked at once")
	StatusView approve(Caller caller, @PathVariable long id, @RequestBody Decision body) {
		return new StatusView(id, proposals.approve(caller, id, body.fundId(), body.note(), body.bookedOn()));
	}

	@PostMapping("/funds/proposals/{id}/leader-approval")
	@Operation(summary = "A township leader approves a proposal above the threshold or a re-designation")
	StatusView approveAsLeader(Caller caller, @PathVariable long id, @RequestBody Decision body) {
		return new StatusView(id, proposals.approveAsLeader(caller, id, body.note()));
	}

	@PostMapping("/funds/proposals/{id}/booking")
	@Operation(summary = "The finance officer books a fully approved proposal")
	StatusView book(Caller caller, @PathVariable long id, @RequestBody Decision body) {
		return new StatusView(id, proposals.book(caller, id, body.fundId(), body.bookedOn()));
	}

	@PostMapping("/funds/proposals/{id}/rejection")
	@Operation(summary = "Reject an open proposal; `note` is the reason")
	StatusView reject(Caller caller, @PathVariable long id, @RequestBody Decision body) {
		proposals.reject(caller, id, body.note());
		return new StatusView(id, ProposalStatus.REJECTED);
	}

	@PostMapping("/funds/proposals/{id}/withdrawal")
	@Operation(summary = "The village withdraws an open proposal")
	StatusView withdraw(Caller caller, @PathVariable long id) {
		proposals.withdraw(caller, id);
		return new StatusView(id, ProposalStatus.WITHDRAWN);
	}
}
