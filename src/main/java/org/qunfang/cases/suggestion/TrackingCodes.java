package org.qunfang.cases.suggestion;

import java.security.SecureRandom;
import java.util.Locale;

import org.qunfang.platform.crypto.PersonalDataCipher;

/**
 * 查询码 — the tracking code a submitter is given once: ten characters from an alphabet without the
 * look-alikes 0/O, 1/I/L, written in two groups of five ({@code K7M2P-9QXRT}). Only its SHA-256 is kept, so
 * the database never holds a code that would open someone's submission.
 */
public final class TrackingCodes {

	static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
	static final int LENGTH = 10;

	private static final SecureRandom RANDOM = new SecureRandom();

	private TrackingCodes() {
	}

	/** A new random code, formatted for reading aloud or copying. */
	public static String generate() {
		StringBuilder code = new StringBuilder(LENGTH + 1);
		for (int i = 0; i < LENGTH; i++) {
			if (i == LENGTH / 2) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/**
	 * The hash a code is looked up by: a keyed hash (HMAC with the blind-index key), so a copy of the
	 * database alone does not let anyone try codes offline. Whatever was typed is normalized (spaces and
	 * dashes dropped, upper case) first, so a malformed code costs the same as a wrong one and finds nothing.
	 */
	public static String hash(String typed, PersonalDataCipher cipher) {
		String normalized = typed == null ? "" : typed.replaceAll("[\\s\\-－]", "").toUpperCase(Locale.ROOT);
		if (normalized.length() > 64) {
			normalized = normalized.substring(0, 64);
		}
		return cipher.blindIndex("qunfang-suggestion:" + normalized);
	}
}
