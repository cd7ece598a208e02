package org.qunfang.identity.internal;

import java.time.Clock;

import org.qunfang.identity.Role;
import org.qunfang.identity.ScopeUnit;
import org.qunfang.platform.IdGenerator;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates accounts that are set up by the system rather than by a user manager: the first administrator
 * of a deployment and the demo accounts. Every seeded account must choose its own password at first
 * sign-in.
 */
@Component
class AccountSeeding {

	private final UserAccounts accounts;
	private final PasswordEncoder encoder;
	private final IdGenerator ids;
	private final Clock clock;

	AccountSeeding(UserAccounts accounts, PasswordEncoder encoder, IdGenerator ids, Clock clock) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.ids = ids;
		this.clock = clock;
	}

	UserAccount seed(String username, String displayName, Role role, ScopeUnit unit, String password,
			boolean mustChangePassword) {
		UserAccount account = new UserAccount(ids.next(), unit.countyId(), username, displayName,
				encoder.encode(password), role, unit.id(), unit.homePath(), mustChangePassword, clock.instant());
		return accounts.save(account);
	}
}
