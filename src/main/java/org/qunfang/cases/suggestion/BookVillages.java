package org.qunfang.cases.suggestion;

import org.qunfang.organization.AdminUnit;
import org.qunfang.organization.AdminUnits;
import org.qunfang.organization.UnitLevel;
import org.qunfang.platform.NotFoundException;
import org.springframework.stereotype.Component;

/** The village a suggestion book belongs to, for pages and jobs that have no caller (the public, the scheduler). */
@Component
public class BookVillages {

	private final AdminUnits units;

	BookVillages(AdminUnits units) {
		this.units = units;
	}

	/** The village with this id; anything else (another level, nothing) reads as not found. */
	public AdminUnit village(long id) {
		return units.find(id).filter(u -> u.level() == UnitLevel.VILLAGE).orElseThrow(NotFoundException::new);
	}
}
