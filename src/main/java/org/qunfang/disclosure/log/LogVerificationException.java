package org.qunfang.disclosure.log;

import org.qunfang.platform.DomainException;

/**
 * Evidence from the log did not verify: a checkpoint, bundle, proof or verifier key is malformed, forged,
 * signed by another key, or does not prove what it claims. The message key (for example
 * {@value #BAD_SIGNATURE}) names what is wrong, in the translated messages and in the verifier command.
 */
public class LogVerificationException extends DomainException {

	public static final String MALFORMED_NOTE = "disclosure.verify.malformed-note";
	public static final String MALFORMED_CHECKPOINT = "disclosure.verify.malformed-checkpoint";
	public static final String MALFORMED_BUNDLE = "disclosure.verify.malformed-bundle";
	public static final String MALFORMED_PROOF = "disclosure.verify.malformed-proof";
	public static final String MALFORMED_KEY = "disclosure.verify.malformed-key";
	public static final String UNKNOWN_KEY = "disclosure.verify.unknown-key";
	public static final String BAD_SIGNATURE = "disclosure.verify.bad-signature";
	public static final String SIZE_MISMATCH = "disclosure.verify.size-mismatch";
	public static final String NOT_INCLUDED = "disclosure.verify.not-included";
	public static final String OTHER_LOG = "disclosure.verify.other-log";
	public static final String SHRUNK = "disclosure.verify.shrunk";
	public static final String NOT_CONSISTENT = "disclosure.verify.not-consistent";

	private static final long serialVersionUID = 1L;

	public LogVerificationException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}
}
