package org.qunfang.funds.insurance;

import java.util.Locale;

import org.qunfang.platform.DomainException;

/** What a policy insures against. */
public enum InsuranceKind {
	/** 养老保险 — endowment (old-age) insurance. */
	ENDOWMENT,
	/** 意外伤害保险 — personal accident insurance. */
	ACCIDENT;

	public String messageKey() {
		return "funds.insurance.kind." + name();
	}

	public static InsuranceKind parse(String text) {
		try {
			return valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new DomainException("error.funds.insurance.kind", text == null ? "" : text);
		}
	}
}
