package org.qunfang.platform;

/** The caller is known but lacks the permission for this action. */
public class ForbiddenException extends RefusalException {

	public ForbiddenException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}
}
