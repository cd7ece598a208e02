package org.qunfang.funds.fees;

import java.time.Clock;
import java.util.Map;
import java.util.Set;

import org.qunfang.funds.FundsPermissions;
import org.qunfang.identity.Audited;
import org.qunfang.identity.Caller;
import org.qunfang.organization.registry.HouseholdRoll;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bills an approved charge to the households of its village, from the household register as it stands:
 * each household not billed yet gets its bill (a household registered later is billed by running this
 * again). A levy charges each member not exempt; a household without members owes no levy and gets no
 * bill. Exempt households get a bill of nothing that says why, so the register shows them too.
 */
@Service
public class Bills {

	private final CollectionStore store;
	private final ChargeSettings settings;
	private final HouseholdRoll roll;
	private final Clock clock;

	Bills(CollectionStore store, ChargeSettings settings, HouseholdRoll roll, Clock clock) {
		this.store = store;
		this.settings = settings;
		this.roll = roll;
		this.clock = clock;
	}

	/** Bills the households not billed yet; returns how many bills were made. */
	@Transactional
	@Audited(value = "funds.charge.bill", target = "fund-charge", targetId = "#chargeId")
	public int generate(Caller caller, long chargeId) {
		caller.require(FundsPermissions.LEVY);
		Charge charge = store.charge(caller.jurisdiction().where("c"), chargeId).orElseThrow(NotFoundException::new);
		store.lockCharge(charge.id());
		if (store.charge(caller.jurisdiction().where("c"), chargeId).orElseThrow().status() != ChargeStatus.APPROVED) {
			throw new DomainException("error.funds.charge.not-approved");
		}
		ChargeRules rules = settings.rules(charge.countyId());
		Map<Long, Exemption> marked = charge.kind() == ChargeKind.LEVY ? store.markedExemptions(charge.id()) : Map.of();
		Set<Long> billed = store.billedHouseholds(charge.id());
		int made = 0;
		for (HouseholdRoll.Household h : roll.of(charge.countyId(), charge.villageId())) {
			if (billed.contains(h.id()) || (charge.kind() == ChargeKind.LEVY && h.members().isEmpty())) {
				continue;
			}
			store.insertBill(charge, charge.kind() == ChargeKind.LEVY
					? BillDraft.levy(h, charge.unitFen(), charge.year(), rules, marked)
					: BillDraft.fee(h, charge.unitFen(), rules.feeExemptCategories()), clock.instant());
			made++;
		}
		return made;
	}
}
