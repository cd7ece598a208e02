package org.qunfang.organization.internal;

import org.qunfang.organization.AdminUnits;
import org.qunfang.organization.bodies.RegistryDefaults;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Counties that existed before the registry get its default settings (matter kinds, duty scopes, posts) at start. */
@Component
@Order(2)
class RegistrySetup implements ApplicationRunner {

	private final AdminUnits units;
	private final RegistryDefaults defaults;
	private final TransactionTemplate tx;

	RegistrySetup(AdminUnits units, RegistryDefaults defaults, TransactionTemplate tx) {
		this.units = units;
		this.defaults = defaults;
		this.tx = tx;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (args.containsOption("verify-audit")) {
			return;
		}
		units.counties().forEach(county -> tx.executeWithoutResult(status -> defaults.apply(county.id())));
	}
}
