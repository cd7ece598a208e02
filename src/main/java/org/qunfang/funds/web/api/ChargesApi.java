package org.qunfang.funds.web.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.qunfang.funds.fees.BillViews.BillLine;
import org.qunfang.funds.fees.BillViews.ChargeLine;
import org.qunfang.funds.fees.Bills;
import org.qunfang.funds.fees.ChargeKind;
import org.qunfang.funds.fees.CollectionQueries;
import org.qunfang.funds.fees.DefenseFees;
import org.qunfang.funds.ledger.LedgerQueries;
import org.qunfang.funds.levy.Levies;
import org.qunfang.funds.levy.LevyQueries;
import org.qunfang.funds.levy.LevyQueries.LevyView;
import org.qunfang.identity.Caller;
import org.qunfang.platform.Money;
import org.qunfang.platform.web.ApiController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * Levies (一事一议) and defense fees of a village: propose a levy, record its meeting, the township's
 * decision (refused with the rule named when the meeting had no quorum, too few voted for it, or it would
 * pass the yearly cap a person), set the year's fee, and bill the households. Amounts are in fen.
 */
@ApiController
@Tag(name = "funds: levies and fees")
class ChargesApi {

	record NewLevy(@Size(max = 40) String purpose, @Size(max = 100) String title, Long totalFen, Long perPersonFen,
			Integer year) {
	}

	record NewFee(Integer year, Long perHouseholdFen) {
	}

	record MeetingBody(LocalDate on, Integer representatives, Integer present, @Size(max = 2000) String attendance,
			Integer votesFor, Integer votesAgainst, Integer votesAbstain) {
	}

	record Decision(@Size(max = 500) String note) {
	}

	/** A charge with, for a levy, its proposal, meeting, rules checked and decision. */
	record ChargeView(ChargeLine charge, LevyView levy) {
	}

	/** How many households were billed now. */
	record Billed(int bills) {
	}

	private final CollectionQueries queries;
	private final LevyQueries levyQueries;
	private final Levies levies;
	private final DefenseFees fees;
	private final Bills bills;
	private final LedgerQueries books;

	ChargesApi(CollectionQueries queries, LevyQueries levyQueries, Levies levies, DefenseFees fees, Bills bills,
			LedgerQueries books) {
		this.books = books;
		this.queries = queries;
		this.levyQueries = levyQueries;
		this.levies = levies;
		this.fees = fees;
		this.bills = bills;
	}

	@GetMapping("/funds/villages/{id}/charges")
	@Operation(summary = "The village's levies and defense fees, with what was billed and paid")
	List<ChargeLine> charges(Caller caller, @PathVariable long id) {
		books.village(caller, id);
		return queries.charges(caller, id);
	}

	@PostMapping("/funds/villages/{id}/levies")
	@Operation(summary = "Propose a levy; refused when it would pass the county's yearly cap a person")
	ResponseEntity<ChargeView> propose(Caller caller, @PathVariable long id, @Valid @RequestBody NewLevy body) {
		long levy = levies.propose(caller, id, new Levies.NewLevy(body.purpose(), body.title(), money(body.totalFen()),
				money(body.perPersonFen()), body.year()));
		return ResponseEntity.created(URI.create(ApiController.ROOT + "/funds/charges/" + levy)).body(view(caller, levy));
	}

	@PostMapping("/funds/villages/{id}/fees")
	@Operation(summary = "Set the village's defense fee a household for a year (until it is billed)")
	ChargeView setFee(Caller caller, @PathVariable long id, @Valid @RequestBody NewFee body) {
		return view(caller, fees.set(caller, id, body.year() == null ? 0 : body.year(), money(body.perHouseholdFen())));
	}

	@GetMapping("/funds/charges/{id}")
	@Operation(summary = "A charge; a levy with its meeting, the rules checked and the decision")
	ChargeView charge(Caller caller, @PathVariable long id) {
		return view(caller, id);
	}

	@PostMapping("/funds/levies/{id}/meeting")
	@Operation(summary = "Record the villager representatives' meeting of a proposed levy")
	ChargeView meeting(Caller caller, @PathVariable long id, @Valid @RequestBody MeetingBody m) {
		levies.recordMeeting(caller, id, new Levies.MeetingEntry(m.on(), m.representatives(), m.present(), m.attendance(),
				m.votesFor(), m.votesAgainst(), m.votesAbstain()));
		return view(caller, id);
	}

	@PostMapping("/funds/levies/{id}/approval")
	@Operation(summary = "The township approves a levy; 422 naming the rule it does not meet")
	ChargeView approve(Caller caller, @PathVariable long id, @Valid @RequestBody Decision body) {
		levies.approve(caller, id, body.note());
		return view(caller, id);
	}

	@PostMapping("/funds/levies/{id}/rejection")
	@Operation(summary = "The township rejects a levy, with the reason")
	ChargeView reject(Caller caller, @PathVariable long id, @Valid @RequestBody Decision body) {
		levies.reject(caller, id, body.note());
		return view(caller, id);
	}

	@PostMapping("/funds/charges/{id}/bills")
	@Operation(summary = "Bill the households of an approved charge not billed yet")
	Billed bill(Caller caller, @PathVariable long id) {
		return new Billed(bills.generate(caller, id));
	}

	@GetMapping("/funds/charges/{id}/bills")
	@Operation(summary = "The bills of a charge (the bills register)")
	List<BillLine> bills(Caller caller, @PathVariable long id) {
		queries.charge(caller, id);
		return queries.bills(caller, id);
	}

	private ChargeView view(Caller caller, long id) {
		ChargeLine charge = queries.charge(caller, id);
		return new ChargeView(charge, charge.kind() == ChargeKind.LEVY ? levyQueries.levy(caller, id) : null);
	}

	private static Money money(Long fen) {
		return fen == null ? null : Money.fen(fen);
	}
}
