package org.qunfang.funds.insurance;

import java.util.List;
import java.util.Locale;

import org.qunfang.funds.FundsPermissions;
import org.qunfang.funds.approval.ProposalKind;
import org.qunfang.funds.approval.Proposals;
import org.qunfang.identity.Audited;
import org.qunfang.identity.Caller;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Paying a policy's premium from the funds: the village proposes an expense of purpose insurance, the
 * insurer as payee and the yearly premium as amount, linked to the policy; the township approves and
 * books it as any expense ({@link Proposals}). One proposal at a time per policy, and no more than a
 * premium for each policy year.
 */
@Service
public class InsurancePremiums {

	/** The purpose premiums are paid for (one of the county's default purposes). */
	public static final String PURPOSE = "INSURANCE";

	private final InsuranceStore store;
	private final Proposals proposals;
	private final MessageSource messages;

	InsurancePremiums(InsuranceStore store, Proposals proposals, MessageSource messages) {
		this.store = store;
		this.proposals = proposals;
		this.messages = messages;
	}

	/**
	 * Proposes the premium of a policy not ended; the description says whose policy it is unless one is
	 * given. Returns the proposal's id.
	 */
	@Transactional
	@Audited(value = "funds.insurance.premium", target = "insurance-policy", targetId = "#policyId")
	public long propose(Caller caller, long policyId, String description, Locale locale) {
		caller.require(FundsPermissions.PROPOSE);
		store.lock(store.find(caller.jurisdiction().where("p"), policyId).orElseThrow(NotFoundException::new));
		InsuranceStore.Stored s = store.find(caller.jurisdiction().where("p"), policyId).orElseThrow();
		if (s.endedOn() != null) {
			throw new DomainException("error.funds.insurance.ended", s.endedOn());
		}
		InsuranceStore.Premiums premiums = store.premiums(s);
		if (premiums.open() > 0) {
			throw new DomainException("error.funds.insurance.premium-open");
		}
		if (premiums.booked() >= s.terms().years()) {
			throw new DomainException("error.funds.insurance.premium-paid", premiums.booked());
		}
		PolicyTerms t = s.terms();
		String text = description == null || description.isBlank() ? defaultDescription(s, premiums.booked() + 1, locale)
				: description;
		long proposal = proposals.propose(caller, s.villageId(), new Proposals.NewProposal(ProposalKind.EXPENSE, PURPOSE,
				t.insurer(), t.yearlyPremium(), text, null), List.of());
		store.linkPremium(s, proposal);
		return proposal;
	}

	/** "Premium of 张三's accident insurance, policy X, year 2 of 3 (2026-01-01 to 2028-12-31)", in the reader's language. */
	private String defaultDescription(InsuranceStore.Stored s, int year, Locale locale) {
		PolicyTerms t = s.terms();
		String kind = messages.getMessage(t.kind().messageKey(), null, locale);
		return messages.getMessage("funds.insurance.premium.description", new Object[] { s.insuredName(), kind, t.policyNo(),
				Integer.toString(year), Integer.toString(t.years()), t.startsOn().toString(), t.endsOn().toString() }, locale);
	}
}
