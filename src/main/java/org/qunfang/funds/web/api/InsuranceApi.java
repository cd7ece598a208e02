package org.qunfang.funds.web.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.qunfang.funds.insurance.InsuranceKind;
import org.qunfang.funds.insurance.InsurancePolicies;
import org.qunfang.funds.insurance.InsurancePremiums;
import org.qunfang.funds.insurance.InsuranceQueries;
import org.qunfang.funds.insurance.InsuredPeople;
import org.qunfang.funds.insurance.PolicyTerms;
import org.qunfang.funds.ledger.LedgerQueries;
import org.qunfang.identity.Caller;
import org.qunfang.platform.Money;
import org.qunfang.platform.web.ApiController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Insurance policies of villages (保险台账): list, read, enter, correct and end them, the people a village
 * may insure, and proposing a policy's premium as an expense. Amounts in fen.
 */
@ApiController
@Tag(name = "funds")
class InsuranceApi {

	/** A policy's terms; {@code residentId} names the insured person when the policy is entered. */
	record PolicyBody(Long residentId, InsuranceKind kind, String insurer, String policyNo, LocalDate startsOn,
			LocalDate endsOn, @NotNull Long yearlyPremiumFen) {

		PolicyTerms terms() {
			return new PolicyTerms(kind, insurer, policyNo, startsOn, endsOn, Money.fen(yearlyPremiumFen));
		}
	}

	/** Ending a policy early: the day (today when not given) and the reason. */
	record Termination(LocalDate on, String reason) {
	}

	/** The premium proposal's description; a description naming the policy is written when none is given. */
	record PremiumBody(String description) {
	}

	record Created(long id) {
	}

	private final InsuranceQueries queries;
	private final InsurancePolicies policies;
	private final InsurancePremiums premiums;
	private final InsuredPeople people;
	private final LedgerQueries books;

	InsuranceApi(InsuranceQueries queries, InsurancePolicies policies, InsurancePremiums premiums, InsuredPeople people,
			LedgerQueries books) {
		this.queries = queries;
		this.policies = policies;
		this.premiums = premiums;
		this.people = people;
		this.books = books;
	}

	@GetMapping("/funds/insurance")
	@Operation(summary = "Policies of the caller's villages (of one with `village`), those in force and ending soonest first")
	List<InsuranceQueries.PolicyView> list(Caller caller, @RequestParam(required = false) Long village) {
		return queries.list(caller, village);
	}

	@GetMapping("/funds/insurance/{id}")
	@Operation(summary = "A policy with its premium proposals")
	InsuranceQueries.Detail get(Caller caller, @PathVariable long id) {
		return queries.policy(caller, id);
	}

	@GetMapping("/funds/villages/{id}/insurance/candidates")
	@Operation(summary = "The village's security directors and long-serving staff, from the organization registry")
	List<InsuredPeople.Candidate> candidates(Caller caller, @PathVariable long id) {
		return people.candidates(caller, books.village(caller, id));
	}

	@PostMapping("/funds/villages/{id}/insurance")
	@Operation(summary = "Enter a policy for a resident of the village; 409 when its number or an overlapping policy exists")
	ResponseEntity<InsuranceQueries.Detail> add(Caller caller, @PathVariable long id, @Valid @RequestBody PolicyBody body) {
		long policy = policies.add(caller, id, body.residentId(), body.terms());
		return ResponseEntity.created(URI.create(ApiController.ROOT + "/funds/insurance/" + policy))
			.body(queries.policy(caller, policy));
	}

	@PutMapping("/funds/insurance/{id}")
	@Operation(summary = "Correct the terms of a policy not ended (the insured person stays)")
	InsuranceQueries.Detail change(Caller caller, @PathVariable long id, @Valid @RequestBody PolicyBody body) {
		policies.change(caller, id, body.terms());
		return queries.policy(caller, id);
	}

	@PostMapping("/funds/insurance/{id}/termination")
	@Operation(summary = "End a policy before its term is over, with the reason")
	InsuranceQueries.Detail end(Caller caller, @PathVariable long id, @RequestBody Termination body) {
		policies.end(caller, id, body.on(), body.reason());
		return queries.policy(caller, id);
	}

	@PostMapping("/funds/insurance/{id}/premium-proposals")
	@Operation(summary = "Propose the policy's yearly premium as an expense of purpose INSURANCE to the insurer")
	ResponseEntity<Created> premium(Caller caller, @PathVariable long id, @RequestBody PremiumBody body, Locale locale) {
		long proposal = premiums.propose(caller, id, body.description(), locale);
		return ResponseEntity.created(URI.create(ApiController.ROOT + "/funds/proposals/" + proposal))
			.body(new Created(proposal));
	}
}
