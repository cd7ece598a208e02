package org.qunfang.funds.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.qunfang.funds.ledger.Purposes;

/** Names of purposes by code for pages and exports, in the reader's language. */
final class FundTexts {

	private FundTexts() {
	}

	/** Purpose code → its name in the reader's language (every purpose, also those switched off). */
	static Map<String, String> purposeNames(List<Purposes.Purpose> purposes, Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		purposes.forEach(p -> names.put(p.code(), p.name(locale)));
		return names;
	}
}
