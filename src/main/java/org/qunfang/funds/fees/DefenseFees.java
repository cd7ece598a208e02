package org.qunfang.funds.fees;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.qunfang.funds.FundsPermissions;
import org.qunfang.funds.ledger.FundVillage;
import org.qunfang.funds.ledger.Purposes;
import org.qunfang.identity.Audited;
import org.qunfang.identity.Caller;
import org.qunfang.organization.AdminUnits;
import org.qunfang.platform.ConflictException;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.Money;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 治安防范费 — the yearly security defense fee of a village's households: an amount per household for a
 * year, its money for the purposes the county's rules give the fee. It may be changed until it is billed.
 */
@Service
public class DefenseFees {

	private final CollectionStore store;
	private final ChargeSettings settings;
	private final Purposes purposes;
	private final AdminUnits units;
	private final Clock clock;
	private final ZoneId zone;

	DefenseFees(CollectionStore store, ChargeSettings settings, Purposes purposes, AdminUnits units, Clock clock,
			ZoneId displayZone) {
		this.store = store;
		this.settings = settings;
		this.purposes = purposes;
		this.units = units;
		this.clock = clock;
		this.zone = displayZone;
	}

	/** Sets the village's fee for the year (this year, last year or next); returns the charge. */
	@Transactional
	@Audited(value = "funds.fee.set", target = "fund-charge", targetId = "#result")
	public long set(Caller caller, long villageId, int year, Money perHousehold) {
		caller.require(FundsPermissions.LEVY);
		FundVillage v = FundVillage.of(units, caller, villageId);
		int thisYear = LocalDate.now(clock.withZone(zone)).getYear();
		if (year < thisYear - 1 || year > thisYear + 1) {
			throw new DomainException("error.funds.charge.year", Integer.toString(thisYear - 1), Integer.toString(thisYear + 1));
		}
		Money amount = (perHousehold == null ? Money.ZERO : perHousehold).requirePositive();
		var feePurposes = settings.rules(v.countyId()).feePurposes();
		feePurposes.forEach(p -> purposes.require(v.countyId(), p));
		Optional<Charge> existing = store.fee(v.countyId(), v.id(), year);
		if (existing.isPresent()) {
			store.lockCharge(existing.get().id());
			if (store.bills(existing.get().id()) > 0) {
				throw new DomainException("error.funds.fee.billed", Integer.toString(year));
			}
			store.changeFee(existing.get().id(), feePurposes, amount.fen());
			return existing.get().id();
		}
		try {
			return store.insertFee(v.countyId(), v.scopePath(), v.id(), year, year + "年治安防范费", feePurposes, amount.fen(),
					caller.username(), caller.displayName(), clock.instant());
		}
		catch (DuplicateKeyException setAtTheSameTime) {
			throw new ConflictException("error.funds.fee.changed");
		}
	}
}
