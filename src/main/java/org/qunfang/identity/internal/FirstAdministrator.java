package org.qunfang.identity.internal;

import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.qunfang.identity.Role;
import org.qunfang.identity.ScopeDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A real deployment starts with one administrator ({@code qunfang.bootstrap.admin-username}, by default
 * {@code admin}) of the first county. Their password
 * comes from {@code QUNFANG_ADMIN_PASSWORD} or, if unset, is generated and printed once to the log; it
 * must be changed at first sign-in.
 */
@Component
@Order(3)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final UserAccounts accounts;
	private final ScopeDirectory scopes;
	private final AccountSeeding seeding;
	private final PasswordPolicy policy;
	private final boolean demo;
	private final String password;
	private final String username;

	FirstAdministrator(UserAccounts accounts, ScopeDirectory scopes, AccountSeeding seeding, PasswordPolicy policy,
			@Value("${qunfang.demo.enabled:false}") boolean demo,
			@Value("${qunfang.bootstrap.admin-password:}") String password,
			@Value("${qunfang.bootstrap.admin-username:admin}") String username) {
		this.username = username;
		this.accounts = accounts;
		this.scopes = scopes;
		this.seeding = seeding;
		this.policy = policy;
		this.demo = demo;
		this.password = password;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (demo || args.containsOption("verify-audit") || accounts.count() > 0 || scopes.counties().isEmpty()) {
			return;
		}
		String chosen = password.isBlank() ? generated() : password;
		if (!password.isBlank()) {
			try {
				policy.check(username, password);
			}
			catch (org.qunfang.platform.DomainException weak) {
				throw new IllegalStateException("QUNFANG_ADMIN_PASSWORD does not meet the password policy ("
						+ weak.messageKey() + "): at least 10 characters and at most 72 bytes, letters and digits,"
						+ " not containing the user name, not a common password");
			}
		}
		seeding.seed(username, "管理员", Role.COUNTY_ADMIN, scopes.counties().getFirst(), chosen, true);
		if (password.isBlank()) {
			log.warn("First administrator created: user '{}', one-time password '{}' (change it at first sign-in)",
					username, chosen);
		}
		else {
			log.warn("First administrator created: user '{}' with the configured password (change it at first sign-in)",
					username);
		}
	}

	private static String generated() {
		SecureRandom random = new SecureRandom();
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < 14; i++) {
			out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return out.append(random.nextInt(10)).append('a').toString();
	}
}
