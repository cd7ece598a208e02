package org.qunfang.funds.fees;

import org.qunfang.funds.ledger.FundSource;

/** What a charge on the households is: a levy agreed by the villager representatives, or the year's defense fee. */
public enum ChargeKind {
	/** 一事一议 — a levy per person for one matter, agreed by the villager representatives and approved by the township. */
	LEVY(FundSource.LEVY),
	/** 治安防范费 — the yearly security defense fee per household. */
	DEFENSE_FEE(FundSource.DEFENSE_FEE);

	private final FundSource source;

	ChargeKind(FundSource source) {
		this.source = source;
	}

	/** The source of the fund its payments go into. */
	public FundSource source() {
		return source;
	}

	public String messageKey() {
		return "funds.charge.kind." + name();
	}
}
