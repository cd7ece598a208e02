package org.qunfang.organization;

import java.util.Locale;

/**
 * A unit of the administrative hierarchy: a county, a township or an administrative village.
 *
 * @param scopePath ids from the county down, e.g. {@code /11/12/13/}: rows of the unit carry it
 */
public record AdminUnit(long id, long countyId, Long parentId, UnitLevel level, String code, String nameZh,
		String nameEn, String scopePath) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
	}
}
