package org.qunfang.cases.register;

import java.time.LocalDate;

/**
 * What the case register is narrowed to; every part is optional. Days are in the display zone and
 * inclusive.
 */
public record CaseFilter(Long villageId, String caseType, CaseStatus status, CaseChannel channel, LocalDate from,
		LocalDate to, String text) {

	public static CaseFilter none() {
		return new CaseFilter(null, null, null, null, null, null, null);
	}
}
