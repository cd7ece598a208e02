package org.qunfang.funds.ledger;

/** What an entry of the ledger records. */
public enum EntryKind {
	/** 收入 — money in, to a fund. */
	INCOME,
	/** 支出 — money out, for a purpose, drawn from funds that allow it. */
	EXPENSE,
	/** 冲销 — the exact opposite of an earlier entry, which it corrects. */
	REVERSAL,
	/** 改变用途 — money moved from one fund to another with other purposes, approved as the rules require. */
	REDESIGNATION;

	public String messageKey() {
		return "funds.kind." + name();
	}
}
