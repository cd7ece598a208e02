package org.qunfang.funds.ledger;

import org.qunfang.organization.AdminUnit;
import org.qunfang.organization.AdminUnits;
import org.qunfang.organization.CountyCreated;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Gives every county the default purposes and approval rule: a new one as it is created, older ones at start-up. */
@Component
@Order(0)
class FundsSetup implements ApplicationRunner {

	private final Purposes purposes;
	private final FundSettings settings;
	private final AdminUnits units;
	private final TransactionTemplate transactions;

	FundsSetup(Purposes purposes, FundSettings settings, AdminUnits units, TransactionTemplate transactions) {
		this.purposes = purposes;
		this.settings = settings;
		this.units = units;
		this.transactions = transactions;
	}

	@EventListener
	void on(CountyCreated created) {
		apply(created.countyId());
	}

	@Override
	public void run(ApplicationArguments args) {
		if (args.containsOption("verify-audit")) {
			return;
		}
		for (AdminUnit county : units.counties()) {
			transactions.executeWithoutResult(tx -> apply(county.id()));
		}
	}

	private void apply(long countyId) {
		purposes.ensureDefaults(countyId);
		settings.ensureDefaults(countyId);
	}
}
