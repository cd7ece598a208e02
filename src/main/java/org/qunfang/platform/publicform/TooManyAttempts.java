package org.qunfang.platform.publicform;

import org.qunfang.platform.RefusalException;

/** A client (or a village's book) has reached its limit of attempts at a public form for now; answered 429. */
public class TooManyAttempts extends RefusalException {

	public TooManyAttempts() {
		super("error.public.too-many");
	}
}
