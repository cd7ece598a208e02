package org.qunfang.funds.insurance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.qunfang.funds.FundsPermissions;
import org.qunfang.funds.ledger.FundVillage;
import org.qunfang.identity.Audited;
import org.qunfang.identity.Caller;
import org.qunfang.organization.AdminUnits;
import org.qunfang.platform.ConflictException;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.NotFoundException;
import org.qunfang.platform.text.PlainText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping a village's insurance policies (保险台账): entering a policy for a security director or a
 * long-serving member of staff, correcting its terms, and ending it early with the reason. A policy
 * number is entered once per insurer, and nobody is insured twice for the same risk over the same days.
 */
@Service
public class InsurancePolicies {

	private final InsuranceStore store;
	private final InsuredPeople people;
	private final AdminUnits units;
	private final Clock clock;
	private final ZoneId zone;

	InsurancePolicies(InsuranceStore store, InsuredPeople people, AdminUnits units, Clock clock, ZoneId displayZone) {
		this.store = store;
		this.people = people;
		this.units = units;
		this.clock = clock;
		this.zone = displayZone;
	}

	/** Enters a policy of the village for one of its people (the resident insured). */
	@Transactional
	@Audited(value = "funds.insurance.add", target = "insurance-policy", targetId = "#result")
	public long add(Caller caller, long villageId, Long residentId, PolicyTerms terms) {
		caller.require(FundsPermissions.INSURANCE);
		FundVillage v = FundVillage.of(units, caller, villageId);
		if (residentId == null) {
			throw new DomainException("error.funds.insurance.insured-missing");
		}
		PolicyTerms t = terms.checked();
		InsuredPeople.Insured who = people.insured(caller, v, residentId);
		requireUnique(v.countyId(), residentId, t, null);
		return store.insert(v, who, t, caller.username(), clock.instant());
	}

	/** Corrects the terms of a policy not ended; a new end date is reminded of afresh. */
	@Transactional
	@Audited(value = "funds.insurance.change", target = "insurance-policy", targetId = "#id")
	public void change(Caller caller, long id, PolicyTerms terms) {
		caller.require(FundsPermissions.INSURANCE);
		InsuranceStore.Stored s = load(caller, id);
		requireNotEnded(s);
		PolicyTerms t = terms.checked();
		requireUnique(s.countyId(), s.residentId(), t, s.id());
		store.update(s, t);
	}

	/** Ends a policy before its term is over (surrendered, the person left the post), on {@code on} (today when not given). */
	@Transactional
	@Audited(value = "funds.insurance.end", target = "insurance-policy", targetId = "#id")
	public void end(Caller caller, long id, LocalDate on, String reason) {
		caller.require(FundsPermissions.INSURANCE);
		InsuranceStore.Stored s = load(caller, id);
		requireNotEnded(s);
		String why = PlainText.required("funds.insurance.end-reason", reason, 300);
		LocalDate day = on == null ? LocalDate.now(clock.withZone(zone)) : on;
		if (day.isBefore(s.terms().startsOn()) || day.isAfter(s.terms().endsOn())) {
			throw new DomainException("error.funds.insurance.end-date", s.terms().startsOn(), s.terms().endsOn());
		}
		store.end(s, day, why);
	}

	private InsuranceStore.Stored load(Caller caller, long id) {
		return store.find(caller.jurisdiction().where("p"), id).orElseThrow(NotFoundException::new);
	}

	private static void requireNotEnded(InsuranceStore.Stored s) {
		if (s.endedOn() != null) {
			throw new DomainException("error.funds.insurance.ended", s.endedOn());
		}
	}

	private void requireUnique(long countyId, long residentId, PolicyTerms t, Long except) {
		if (store.numberTaken(countyId, t, except)) {
			throw new ConflictException("error.funds.insurance.number-taken", t.insurer(), t.policyNo());
		}
		store.overlapping(countyId, residentId, t, except).ifPresent(other -> {
			throw new ConflictException("error.funds.insurance.overlap", other);
		});
	}
}
