package org.qunfang.funds.ledger;

/**
 * The two kinds of account a village's ledger posts to: its account at the township (the money there is)
 * and its funds (whose money it is and what it may be spent on). Every entry debits and credits them by
 * equal amounts, so the account's balance always equals the sum of the funds' balances.
 */
public enum Account {
	/** 乡镇代管账户 — the village's sub-account in the township's extra-budgetary account. */
	BANK,
	/** 专项资金 — one earmarked fund. */
	FUND
}
