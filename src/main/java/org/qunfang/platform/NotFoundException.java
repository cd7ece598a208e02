package org.qunfang.platform;

/**
 * The record does not exist, or exists outside the caller's jurisdiction: both read the same, so that
 * nobody learns what lies beyond their jurisdiction.
 */
public class NotFoundException extends RefusalException {

	public NotFoundException() {
		super("error.not-found");
	}
}
