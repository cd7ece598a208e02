package org.qunfang.platform;

import java.util.Arrays;

/**
 * A rule of the domain refused an operation. Carries a message key (resolved in the caller's language)
 * and its arguments, never a ready-made sentence, so the same refusal reads right in Chinese and English.
 */
public class DomainException extends RuntimeException {

	private final String messageKey;
	private final transient Object[] arguments;

	public DomainException(String messageKey, Object... arguments) {
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
}
