package org.qunfang.disclosure.log;

import java.util.Base64;

/**
 * Standard base64 (RFC 4648 §4) as the log's texts write it: padded, on one line. Reading is strict, so
 * that one hash or signature has exactly one spelling; anything else is refused with the caller's key.
 */
final class Base64Text {

	private Base64Text() {
	}

	static String encode(byte[] bytes) {
		return Base64.getEncoder().encodeToString(bytes);
	}

	static byte[] decode(String text, String refusalKey) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(text);
		}
		catch (IllegalArgumentException e) {
			throw new LogVerificationException(refusalKey);
		}
		if (!encode(bytes).equals(text)) {
			throw new LogVerificationException(refusalKey);
		}
		return bytes;
	}

	/** A 32-byte hash in base64. */
	static byte[] decodeHash(String text, String refusalKey) {
		byte[] hash = decode(text, refusalKey);
		if (!TreeHasher.isHash(hash)) {
			throw new LogVerificationException(refusalKey);
		}
		return hash;
	}
}
