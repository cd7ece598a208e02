package org.qunfang.funds.levy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.qunfang.funds.FundsPermissions;
import org.qunfang.funds.fees.ChargeRules;
import org.qunfang.funds.fees.ChargeSettings;
import org.qunfang.funds.fees.ChargeStatus;
import org.qunfang.funds.fees.Exemption;
import org.qunfang.funds.ledger.FundVillage;
import org.qunfang.funds.ledger.Purposes;
import org.qunfang.identity.Audited;
import org.qunfang.identity.Caller;
import org.qunfang.organization.AdminUnits;
import org.qunfang.organization.registry.HouseholdRoll;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.Money;
import org.qunfang.platform.NotFoundException;
import org.qunfang.platform.text.PlainText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 一事一议 — a levy for one matter: the village proposes it (purpose, title, total, amount a person, year),
 * records the villager representatives' meeting, marks residents exempt; the township (a township leader)
 * approves it only when every {@link LevyRule} is met, or rejects it; the village may withdraw it before.
 * Then its bills are made ({@code fees.Bills}). A refused step writes nothing.
 */
@Service
public class Levies {

	/** What the village proposes. */
	public record NewLevy(String purpose, String title, Money total, Money perPerson, Integer year) {
	}

	/** A meeting as entered: those present counted, or listed one name a line. */
	public record MeetingEntry(LocalDate on, Integer representatives, Integer present, String attendance,
			Integer votesFor, Integer votesAgainst, Integer votesAbstain) {
	}

	private final LevyStore store;
	private final ChargeSettings settings;
	private final Purposes purposes;
	private final AdminUnits units;
	private final HouseholdRoll roll;
	private final Clock clock;
	private final ZoneId zone;

	Levies(LevyStore store, ChargeSettings settings, Purposes purposes, AdminUnits units, HouseholdRoll roll, Clock clock,
			ZoneId displayZone) {
		this.store = store;
		this.settings = settings;
		this.purposes = purposes;
		this.units = units;
		this.roll = roll;
		this.clock = clock;
		this.zone = displayZone;
	}

	@Transactional
	@Audited(value = "funds.levy.propose", target = "fund-charge", targetId = "#result")
	public long propose(Caller caller, long villageId, NewLevy levy) {
		caller.require(FundsPermissions.LEVY);
		FundVillage v = FundVillage.of(units, caller, villageId);
		String purpose = purposes.require(v.countyId(), levy.purpose()).code();
		String title = PlainText.required("funds.levy.field.title", levy.title(), 100);
		Money total = (levy.total() == null ? Money.ZERO : levy.total()).requirePositive();
		Money perPerson = (levy.perPerson() == null ? Money.ZERO : levy.perPerson()).requirePositive();
		int thisYear = today().getYear();
		if (levy.year() == null || levy.year() < thisYear || levy.year() > thisYear + 1) {
			throw new DomainException("error.funds.charge.year", Integer.toString(thisYear), Integer.toString(thisYear + 1));
		}
		LevyRule.require(List.of(LevyRule.cap(perPerson.fen(),
				store.othersPerPerson(v.countyId(), v.id(), levy.year(), 0), settings.rules(v.countyId()))));
		return store.insert(v, levy.year(), purpose, title, total.fen(), perPerson.fen(), caller.username(),
				caller.displayName(), clock.instant());
	}

	/** Records (or corrects) the meeting of a proposed levy. */
	@Transactional
	@Audited(value = "funds.levy.meeting", target = "fund-charge", targetId = "#levyId")
	public void recordMeeting(Caller caller, long levyId, MeetingEntry m) {
		caller.require(FundsPermissions.LEVY);
		LevyStore.StoredLevy levy = proposed(caller, levyId);
		store.saveMeeting(levy, Meeting.of(m.on(), m.representatives(), m.present(), m.attendance(), m.votesFor(),
				m.votesAgainst(), m.votesAbstain(), today()));
	}

	/** Marks a resident of the village exempt from the levy, with a reason the county's rules allow. */
	@Transactional
	@Audited(value = "funds.levy.exempt", target = "fund-charge", targetId = "#levyId")
	public void markExempt(Caller caller, long levyId, long residentId, String reason, String note) {
		caller.require(FundsPermissions.LEVY);
		LevyStore.StoredLevy levy = unbilled(caller, levyId);
		Exemption why = Exemption.markedReason(reason);
		if (!settings.rules(levy.countyId()).exemptReasons().contains(why)) {
			throw new DomainException("error.funds.exemption.not-allowed");
		}
		String text = PlainText.optional("funds.levy.field.exemption-note", note, 200);
		if (why == Exemption.OTHER && text == null) {
			throw new DomainException("error.funds.exemption.note");
		}
		boolean resident = roll.of(levy.countyId(), levy.villageId()).stream()
			.flatMap(h -> h.members().stream()).anyMatch(m -> m.residentId() == residentId);
		if (!resident) {
			throw new NotFoundException();
		}
		store.exempt(levy, residentId, why, text, caller.username(), clock.instant());
	}

	@Transactional
	@Audited(value = "funds.levy.unexempt", target = "fund-charge", targetId = "#levyId")
	public void unmarkExempt(Caller caller, long levyId, long residentId) {
		caller.require(FundsPermissions.LEVY);
		if (!store.unexempt(unbilled(caller, levyId), residentId)) {
			throw new NotFoundException();
		}
	}

	/** The township's approval: refused, naming the rule, unless every {@link LevyRule} is met. */
	@Transactional
	@Audited(value = "funds.levy.approve", target = "fund-charge", targetId = "#levyId")
	public void approve(Caller caller, long levyId, String note) {
		LevyStore.StoredLevy levy = deciding(caller, levyId);
		store.lockYear(levy.countyId(), levy.villageId(), levy.year());
		ChargeRules rules = settings.rules(levy.countyId());
		LevyRule.require(LevyRule.check(levy.meeting(), levy.perPersonFen(),
				store.othersPerPerson(levy.countyId(), levy.villageId(), levy.year(), levy.id()), rules));
		store.decide(levy, ChargeStatus.APPROVED, caller.username(), caller.displayName(), clock.instant(),
				PlainText.optional("funds.field.note", note, 500));
	}

	@Transactional
	@Audited(value = "funds.levy.reject", target = "fund-charge", targetId = "#levyId")
	public void reject(Caller caller, long levyId, String reason) {
		LevyStore.StoredLevy levy = deciding(caller, levyId);
		store.decide(levy, ChargeStatus.REJECTED, caller.username(), caller.displayName(), clock.instant(),
				PlainText.required("funds.field.reason", reason, 500));
	}

	/** The village takes back a levy not yet decided. */
	@Transactional
	@Audited(value = "funds.levy.withdraw", target = "fund-charge", targetId = "#levyId")
	public void withdraw(Caller caller, long levyId) {
		caller.require(FundsPermissions.LEVY);
		LevyStore.StoredLevy levy = proposed(caller, levyId);
		store.decide(levy, ChargeStatus.WITHDRAWN, caller.username(), caller.displayName(), clock.instant(), null);
	}

	/**
	 * Who decides: a township leader; where the county's rules do not ask for the township's approval, the
	 * village itself.
	 */
	public static boolean mayDecide(Caller caller, ChargeRules rules) {
		return caller.has(FundsPermissions.LEVY_APPROVE) || (!rules.townshipApproval() && caller.has(FundsPermissions.LEVY));
	}

	private LevyStore.StoredLevy deciding(Caller caller, long levyId) {
		if (!caller.has(FundsPermissions.LEVY_APPROVE)) {
			caller.require(FundsPermissions.LEVY);
		}
		LevyStore.StoredLevy levy = proposed(caller, levyId);
		if (!mayDecide(caller, settings.rules(levy.countyId()))) {
			caller.require(FundsPermissions.LEVY_APPROVE);
		}
		return levy;
	}

	private LevyStore.StoredLevy proposed(Caller caller, long levyId) {
		LevyStore.StoredLevy levy = load(caller, levyId);
		if (levy.status() != ChargeStatus.PROPOSED) {
			throw new DomainException("error.funds.levy.not-proposed");
		}
		return levy;
	}

	private LevyStore.StoredLevy unbilled(Caller caller, long levyId) {
		LevyStore.StoredLevy levy = load(caller, levyId);
		if (levy.status() != ChargeStatus.PROPOSED && levy.status() != ChargeStatus.APPROVED) {
			throw new DomainException("error.funds.levy.not-proposed");
		}
		if (store.billed(levy.id())) {
			throw new DomainException("error.funds.levy.billed");
		}
		return levy;
	}

	private LevyStore.StoredLevy load(Caller caller, long levyId) {
		return store.find(caller.jurisdiction().where("c"), levyId).orElseThrow(NotFoundException::new);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(zone));
	}
}
