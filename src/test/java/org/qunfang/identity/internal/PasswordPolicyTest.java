package org.qunfang.identity.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.qunfang.platform.DomainException;

class PasswordPolicyTest {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void acceptsLongMixedPasswords() {
		assertThatCode(() -> policy.check("zhang.wei", "Xinghua-2026-night")).doesNotThrowAnyException();
	}

	@Test
	void refusesWeakPasswordsWithTheReason() {
		refused("zhang.wei", "short1", "error.password.too-short");
		refused("zhang.wei", "onlyletterslong", "error.password.letters-and-digits");
		refused("zhang.wei", "1234567890123", "error.password.letters-and-digits");
		refused("zhang.wei", "Zhang.Wei-2026", "error.password.contains-username");
		refused("li.na", "password123", "error.password.common");
		refused("li.na", "a1" + "x".repeat(127), "error.password.too-long");
	}

	private void refused(String user, String password, String key) {
		assertThatThrownBy(() -> policy.check(user, password)).isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).messageKey()).isEqualTo(key);
	}
}
