package org.qunfang.identity.internal;

import java.util.Locale;
import java.util.Set;

import org.qunfang.platform.DomainException;
import org.springframework.stereotype.Component;

/**
 * What a password must be: at least 10 characters and at most 72 bytes, with letters and digits, not
 * containing the user name, and not one of the passwords everybody tries first.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 10;
	/** bcrypt reads at most 72 bytes (about 24 Chinese characters in UTF-8). */
	public static final int MAX_BYTES = 72;
	private static final Set<String> COMMON = Set.of("1234567890", "qwertyuiop", "password123", "admin12345",
			"1qaz2wsx3edc", "qwerty123456", "abc1234567", "a123456789", "password1234", "iloveyou123",
			"qunfang123", "qunfang2024", "qunfang2025", "qunfang2026", "woaini1314");

	void check(String username, String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			throw new DomainException("error.password.too-short", MIN_LENGTH);
		}
		if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
			throw new DomainException("error.password.too-long", MAX_BYTES);
		}
		if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
			throw new DomainException("error.password.letters-and-digits");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
			throw new DomainException("error.password.contains-username");
		}
		if (COMMON.contains(lower)) {
			throw new DomainException("error.password.common");
		}
	}
}
