package org.qunfang.disclosure.publication;

import java.util.List;

import org.qunfang.disclosure.DisclosurePermissions;
import org.qunfang.identity.Caller;
import org.qunfang.organization.AdminUnit;
import org.qunfang.organization.AdminUnits;
import org.qunfang.organization.UnitLevel;
import org.qunfang.platform.NotFoundException;
import org.springframework.stereotype.Component;

/** The villages disclosure is about: one in a caller's jurisdiction, any village for the public, and their places. */
@Component
public class DisclosureVillages {

	private final AdminUnits units;

	DisclosureVillages(AdminUnits units) {
		this.units = units;
	}

	/** A village the caller may see the disclosures of; not found otherwise. */
	public AdminUnit village(Caller caller, long villageId) {
		caller.require(DisclosurePermissions.VIEW);
		AdminUnit village = publicVillage(villageId);
		if (!caller.jurisdiction().covers(village.countyId(), village.scopePath())) {
			throw new NotFoundException();
		}
		return village;
	}

	/** The villages of the caller's jurisdiction. */
	public List<AdminUnit> villages(Caller caller) {
		caller.require(DisclosurePermissions.VIEW);
		return units.villages(caller.jurisdiction());
	}

	/** Any village, for its public page; anything else is not found. */
	public AdminUnit publicVillage(long villageId) {
		return units.find(villageId).filter(u -> u.level() == UnitLevel.VILLAGE).orElseThrow(NotFoundException::new);
	}

	AdminUnit county(AdminUnit village) {
		return units.find(village.countyId()).orElseThrow();
	}

	AdminUnit township(AdminUnit village) {
		return units.find(village.parentId()).orElseThrow();
	}
}
