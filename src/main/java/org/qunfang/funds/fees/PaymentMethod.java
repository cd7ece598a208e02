package org.qunfang.funds.fees;

import java.util.Locale;

import org.qunfang.platform.DomainException;

/** How a household paid: in cash to the collector, or by transfer to the township's account for the village. */
public enum PaymentMethod {
	CASH, TRANSFER;

	public String messageKey() {
		return "funds.payment.method." + name();
	}

	public static PaymentMethod parse(String text) {
		try {
			return valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new DomainException("error.funds.payment.method", text == null ? "" : text);
		}
	}
}
