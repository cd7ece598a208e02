package org.qunfang.platform;

import java.util.Arrays;

/**
 * An operation Qunfang refused. Carries a message key (resolved in the caller's language) and its
 * arguments, never a ready-made sentence, so the same refusal reads right in Chinese and English.
 */
public abstract class RefusalException extends RuntimeException {

	private final String messageKey;
	private final transient Object[] arguments;

	protected RefusalException(String messageKey, Object... arguments) {
		super(messageKey + Arrays.toString(arguments));
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

	/** Further facts for the API's problem detail (e.g. the records a duplicate clashes with); none by default. */
	public java.util.Map<String, Object> properties() {
		return java.util.Map.of();
	}
}
