package org.qunfang.funds.fees;

/**
 * Where a charge stands: a levy is proposed, then approved (or rejected, or withdrawn by the village); a
 * defense fee is approved as it is set. Only an approved charge is billed and paid.
 */
public enum ChargeStatus {
	PROPOSED, APPROVED, REJECTED, WITHDRAWN;

	public String messageKey() {
		return "funds.charge.status." + name();
	}
}
