package org.qunfang.funds.ledger;

import java.util.Locale;

import org.qunfang.identity.Caller;
import org.qunfang.organization.AdminUnit;
import org.qunfang.organization.AdminUnits;
import org.qunfang.organization.UnitLevel;
import org.qunfang.platform.NotFoundException;

/** A village whose books are kept, with where its rows belong and the township that keeps them. */
public record FundVillage(long id, long countyId, String scopePath, long townshipId, String nameZh, String nameEn) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
	}

	/** The village, if it lies inside the caller's jurisdiction; not found otherwise. */
	public static FundVillage of(AdminUnits units, Caller caller, long villageId) {
		AdminUnit unit = units.find(villageId)
			.filter(u -> u.level() == UnitLevel.VILLAGE && caller.jurisdiction().covers(u.countyId(), u.scopePath()))
			.orElseThrow(NotFoundException::new);
		return new FundVillage(unit.id(), unit.countyId(), unit.scopePath(), unit.parentId(), unit.nameZh(), unit.nameEn());
	}
}
