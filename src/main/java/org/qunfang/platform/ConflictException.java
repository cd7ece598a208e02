package org.qunfang.platform;

/** The operation clashes with the current state (a duplicate, a concurrent change). */
public class ConflictException extends DomainException {

	public ConflictException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}
}
