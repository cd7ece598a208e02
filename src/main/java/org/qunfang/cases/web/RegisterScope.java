package org.qunfang.cases.web;

import org.qunfang.cases.inspection.InspectionCalendar;
import org.qunfang.cases.inspection.VillageNames;
import org.qunfang.identity.Caller;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What a register page shows around its filter: the villages to choose from, the one chosen, and the day it prints. */
@Component
class RegisterScope {

	private final VillageNames villages;
	private final InspectionCalendar calendar;

	RegisterScope(VillageNames villages, InspectionCalendar calendar) {
		this.villages = villages;
		this.calendar = calendar;
	}

	void addTo(Model model, Caller caller, Long villageId) {
		var inJurisdiction = villages.of(caller.jurisdiction());
		model.addAttribute("villages", inJurisdiction.values());
		model.addAttribute("selectedVillage", villageId == null ? null : inJurisdiction.get(villageId));
		model.addAttribute("today", calendar.today());
	}
}
