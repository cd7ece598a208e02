package org.qunfang.funds.ledger;

import org.qunfang.platform.DomainException;

/** Where a fund's money comes from: "from the government, from society, from the masses". */
public enum FundSource {
	/** 乡镇财政 — the township's basic guarantee. */
	TOWNSHIP_FINANCE,
	/** 社会捐助 — donations from units and people. */
	DONATION,
	/** 治安防范费 — the yearly security defense fee of households. */
	DEFENSE_FEE,
	/** 一事一议 — a levy agreed by the villager representatives. */
	LEVY,
	/** 其他 — any other income. */
	OTHER;

	public String messageKey() {
		return "funds.source." + name();
	}

	public static FundSource parse(String text) {
		try {
			return valueOf(text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new DomainException("error.funds.source", text);
		}
	}
}
