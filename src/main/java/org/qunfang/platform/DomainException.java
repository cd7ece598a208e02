package org.qunfang.platform;

/**
 * A rule of the domain refused an operation (answered 422, or shown on the form that asked). Forms
 * catch these to show the reason; they never catch {@link NotFoundException} or
 * {@link ForbiddenException}, which are not rules but the edge of what the caller may see or do.
 */
public class DomainException extends RefusalException {

	public DomainException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}
}
