package org.qunfang.platform.publicform;

import org.qunfang.platform.DomainException;

/**
 * The field a public form hides from people (it is visually hidden and skipped by the keyboard) but not
 * from form-filling robots: a person leaves it empty, so anything in it refuses the attempt.
 */
public final class Honeypot {

	private Honeypot() {
	}

	/** Refuses the attempt if the hidden field holds anything. */
	public static void check(String value) {
		if (value != null && !value.isEmpty()) {
			throw new DomainException("error.public.refused");
		}
	}
}
