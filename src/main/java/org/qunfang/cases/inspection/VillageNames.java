package org.qunfang.cases.inspection;

import java.util.LinkedHashMap;
import java.util.Map;

import org.qunfang.identity.Jurisdiction;
import org.qunfang.identity.ScopeDirectory;
import org.qunfang.identity.ScopeLevel;
import org.qunfang.identity.ScopeUnit;
import org.springframework.stereotype.Component;

/** The villages of a jurisdiction, for naming the village of each row and offering them in filters. */
@Component
public class VillageNames {

	private final ScopeDirectory scopes;

	VillageNames(ScopeDirectory scopes) {
		this.scopes = scopes;
	}

	/** The villages inside the jurisdiction by id, in the order of the hierarchy (by township). */
	public Map<Long, ScopeUnit> of(Jurisdiction jurisdiction) {
		Map<Long, ScopeUnit> villages = new LinkedHashMap<>();
		scopes.within(jurisdiction).stream().filter(u -> u.level() == ScopeLevel.VILLAGE)
			.forEach(u -> villages.put(u.id(), u));
		return villages;
	}
}
