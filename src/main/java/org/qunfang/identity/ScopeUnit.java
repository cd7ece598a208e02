package org.qunfang.identity;

import java.util.List;
import java.util.Locale;

/**
 * A place or body a user can be given as jurisdiction.
 *
 * @param homePath the unit's own scope path (where its users are listed)
 * @param coveredPaths the scope paths the unit's users may see; a police station covers its townships
 */
public record ScopeUnit(long id, long countyId, ScopeLevel level, String nameZh, String nameEn, String homePath,
		List<String> coveredPaths) {

	public ScopeUnit {
		coveredPaths = List.copyOf(coveredPaths);
	}

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
	}
}
