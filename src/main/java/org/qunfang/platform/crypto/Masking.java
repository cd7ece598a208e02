package org.qunfang.platform.crypto;

/**
 * How personal data shows on screen when the reader's role does not need it in full: an ID number
 * keeps its region (first 4) and last 4 characters, a phone number its first 3 and last 4 digits, a
 * person's name its first character.
 */
public final class Masking {

	private Masking() {
	}

	public static String idNumber(String plain) {
		return keep(plain, 4, 4);
	}

	public static String phone(String plain) {
		return keep(plain, 3, 4);
	}

	/** The first character of a name and a star for each of the others: 张** for 张三丰, * for 王. */
	public static String name(String plain) {
		if (plain == null || plain.isEmpty()) {
			return plain;
		}
		int first = plain.offsetByCodePoints(0, 1);
		int rest = plain.codePointCount(first, plain.length());
		return rest == 0 ? "*" : plain.substring(0, first) + "*".repeat(rest);
	}

	private static String keep(String plain, int head, int tail) {
		if (plain == null || plain.isEmpty()) {
			return plain;
		}
		if (plain.length() <= head + tail) {
			return "*".repeat(plain.length());
		}
		return plain.substring(0, head) + "*".repeat(plain.length() - head - tail)
				+ plain.substring(plain.length() - tail);
	}
}
