package org.qunfang.organization;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

import org.qunfang.platform.DomainException;

/**
 * A resident identity number (居民身份证号码) as defined by GB 11643-1999: 18 characters made of a
 * six-digit address code (the county of first registration, GB/T 2260), an eight-digit birth date
 * {@code yyyyMMdd}, a three-digit sequence code whose last digit is odd for men and even for women, and
 * a check character computed with ISO 7064 MOD 11-2 ({@code 0}–{@code 9} or {@code X}).
 * <p>
 * Only the 18-character form issued since 1999 is accepted; the old 15-digit form is refused because
 * it carries no century and no check character. An instance is always valid and normalized: no spaces
 * or hyphens, an upper-case {@code X}. The number is personal data, so {@link #toString()} masks it.
 */
public final class ResidentIdNumber {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
	private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
	private static final String CHECK_CHARACTERS = "10X98765432";
	private static final int LENGTH = 18;

	private final String value;
	private final LocalDate birthDate;

	private ResidentIdNumber(String value, LocalDate birthDate) {
		this.value = value;
		this.birthDate = birthDate;
	}

	/** Parses a number typed or imported by a person, with birth dates checked against today in China. */
	public static ResidentIdNumber parse(String raw) {
		return parse(raw, LocalDate.now(CHINA));
	}

	/**
	 * Parses a number typed or imported by a person: spaces and hyphens are dropped and a lower-case
	 * {@code x} is accepted.
	 *
	 * @param today the day after which a birth date is refused as lying in the future
	 * @throws DomainException with the key {@code error.id-number.length}, {@code .characters},
	 *         {@code .region}, {@code .birth-date} or {@code .check-digit}, checked in that order
	 */
	public static ResidentIdNumber parse(String raw, LocalDate today) {
		String value = normalize(raw);
		if (value.length() != LENGTH) {
			throw new DomainException("error.id-number.length");
		}
		if (!value.substring(0, LENGTH - 1).chars().allMatch(ResidentIdNumber::isDigit)
				|| !(isDigit(value.charAt(LENGTH - 1)) || value.charAt(LENGTH - 1) == 'X')) {
			throw new DomainException("error.id-number.characters");
		}
		if (!isProvince(Integer.parseInt(value.substring(0, 2))) || "0000".equals(value.substring(2, 6))) {
			throw new DomainException("error.id-number.region");
		}
		LocalDate birthDate = birthDate(value.substring(6, 14));
		if (birthDate == null || birthDate.isBefore(EARLIEST_BIRTH) || birthDate.isAfter(today)) {
			throw new DomainException("error.id-number.birth-date");
		}
		if (value.charAt(LENGTH - 1) != checkCharacter(value.substring(0, LENGTH - 1))) {
			throw new DomainException("error.id-number.check-digit");
		}
		return new ResidentIdNumber(value, birthDate);
	}

	/**
	 * The check character (ISO 7064 MOD 11-2) that completes the first 17 digits of a number; demo
	 * data uses it to make valid numbers.
	 *
	 * @throws IllegalArgumentException unless given exactly 17 digits
	 */
	public static String checkDigitFor(String first17) {
		if (first17 == null || first17.length() != LENGTH - 1 || !first17.chars().allMatch(ResidentIdNumber::isDigit)) {
			throw new IllegalArgumentException("Expected 17 digits");
		}
		return String.valueOf(checkCharacter(first17));
	}

	/** The 18 normalized characters, for storage and for comparison. */
	public String value() {
		return value;
	}

	public LocalDate birthDate() {
		return birthDate;
	}

	public Gender gender() {
		return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
	}

	/**
	 * The address code of the county where the person was first registered. It stays in the number
	 * when the person moves, and old codes stay valid after counties are merged or renamed.
	 */
	public String regionCode() {
		return value.substring(0, 6);
	}

	/**
	 * Age in completed years (周岁) on the given day.
	 *
	 * @throws IllegalArgumentException if the day is before the birth date
	 */
	public int ageOn(LocalDate day) {
		if (day.isBefore(birthDate)) {
			throw new IllegalArgumentException("The day is before the birth date");
		}
		return Period.between(birthDate, day).getYears();
	}

	/** The first four and the last four characters, the rest hidden: safe for logs and lists. */
	public String masked() {
		return value.substring(0, 4) + "*".repeat(LENGTH - 8) + value.substring(LENGTH - 4);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ResidentIdNumber that && value.equals(that.value);
	}

	@Override
	public int hashCode() {
		return value.hashCode();
	}

	/** The masked form: the full number must not end up in logs. */
	@Override
	public String toString() {
		return masked();
	}

	private static String normalize(String raw) {
		if (raw == null) {
			return "";
		}
		StringBuilder normalized = new StringBuilder(LENGTH);
		raw.codePoints()
			.filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '-' && c != '－')
			.map(c -> c == 'x' ? 'X' : c)
			.forEach(normalized::appendCodePoint);
		return normalized.toString();
	}

	private static boolean isDigit(int c) {
		return c >= '0' && c <= '9';
	}

	/** Province-level divisions of GB/T 2260, Taiwan, Hong Kong and Macao included. */
	private static boolean isProvince(int code) {
		return code >= 11 && code <= 15 || code >= 21 && code <= 23 || code >= 31 && code <= 37
				|| code >= 41 && code <= 46 || code >= 50 && code <= 54 || code >= 61 && code <= 65 || code == 71
				|| code == 81 || code == 82;
	}

	private static LocalDate birthDate(String yyyyMMdd) {
		try {
			return LocalDate.of(Integer.parseInt(yyyyMMdd.substring(0, 4)), Integer.parseInt(yyyyMMdd.substring(4, 6)),
					Integer.parseInt(yyyyMMdd.substring(6, 8)));
		}
		catch (DateTimeException e) {
			return null;
		}
	}

	private static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK_CHARACTERS.charAt(sum % 11);
	}
}
