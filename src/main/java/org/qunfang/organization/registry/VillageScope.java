package org.qunfang.organization.registry;

import org.qunfang.identity.Caller;
import org.qunfang.organization.AdminUnit;
import org.qunfang.organization.AdminUnits;
import org.qunfang.organization.UnitLevel;
import org.qunfang.platform.NotFoundException;
import org.springframework.stereotype.Component;

/** Finds a village the caller may see; anything else (or another level) reads as not found. */
@Component
public class VillageScope {

	private final AdminUnits units;

	VillageScope(AdminUnits units) {
		this.units = units;
	}

	public AdminUnit village(Caller caller, long villageId) {
		return units.find(villageId)
			.filter(u -> u.level() == UnitLevel.VILLAGE)
			.filter(u -> caller.jurisdiction().covers(u.countyId(), u.scopePath()))
			.orElseThrow(NotFoundException::new);
	}
}
