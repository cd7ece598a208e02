package org.qunfang.cases.internal;

import java.util.List;

import org.qunfang.organization.AdminUnit;
import org.qunfang.organization.AdminUnits;
import org.qunfang.organization.CountyCreated;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Gives every county registration's defaults: a new one as it is created, older ones at start-up. */
@Component
@Order(0)
class CasesSetup implements ApplicationRunner {

	private final List<CountyDefaults> parts;
	private final AdminUnits units;
	private final TransactionTemplate transactions;

	CasesSetup(List<CountyDefaults> parts, AdminUnits units, TransactionTemplate transactions) {
		this.parts = parts;
		this.units = units;
		this.transactions = transactions;
	}

	@EventListener
	void on(CountyCreated created) {
		parts.forEach(p -> p.apply(created.countyId()));
	}

	@Override
	public void run(ApplicationArguments args) {
		if (args.containsOption("verify-audit")) {
			return;
		}
		for (AdminUnit county : units.counties()) {
			transactions.executeWithoutResult(tx -> parts.forEach(p -> p.apply(county.id())));
		}
	}
}
