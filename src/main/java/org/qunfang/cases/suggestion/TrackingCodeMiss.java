package org.qunfang.cases.suggestion;

import org.qunfang.platform.RefusalException;

/**
 * No submission matches the tracking code typed. Every miss reads the same (one message, one status),
 * whether the code was malformed or well formed, so nobody learns anything about other codes.
 */
public class TrackingCodeMiss extends RefusalException {

	public TrackingCodeMiss() {
		super("error.suggestion.no-match");
	}
}
