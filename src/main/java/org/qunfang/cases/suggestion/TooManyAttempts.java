package org.qunfang.cases.suggestion;

import org.qunfang.platform.RefusalException;

/** A client (or a village's book) has reached its limit of attempts for now; answered 429. */
public class TooManyAttempts extends RefusalException {

	public TooManyAttempts() {
		super("error.suggestion.too-many");
	}
}
