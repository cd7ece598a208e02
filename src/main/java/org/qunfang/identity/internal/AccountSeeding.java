package org.qunfang.identity.internal;

import java.time.Clock;

import org.qunfang.identity.Role;
import org.qunfang.identity.ScopeUnit;
import org.qunfang.platform.IdGenerator;
import org.qunfang.platform.crypto.PersonalDataCipher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates accounts that are set up by the system rather than by a user manager: the first administrator
 * of a deployment and the demo accounts. Every seeded account must choose its own password at first
 * sign-in.
 */
@Component
public class AccountSeeding {

	private final UserAccounts accounts;
	private final PasswordEncoder encoder;
	private final IdGenerator ids;
	private final Clock clock;
	private final PersonalDataCipher cipher;

	public AccountSeeding(UserAccounts accounts, PasswordEncoder encoder, IdGenerator ids, Clock clock,
			PersonalDataCipher cipher) {
		this.cipher = cipher;
		this.accounts = accounts;
		this.encoder = encoder;
		this.ids = ids;
		this.clock = clock;
	}

	public UserAccount seed(String username, String displayName, Role role, ScopeUnit unit, String password,
			boolean mustChangePassword) {
		return seed(username, displayName, role, unit, password, mustChangePassword, null);
	}

	/** Seeds an account with a phone number, stored encrypted with its blind index. */
	public UserAccount seed(String username, String displayName, Role role, ScopeUnit unit, String password,
			boolean mustChangePassword, String phone) {
		UserAccount account = new UserAccount(ids.next(), unit.countyId(), username, displayName,
				encoder.encode(password), role, unit.id(), unit.homePath(), mustChangePassword, clock.instant());
		if (phone != null) {
			account.setPhone(cipher.encrypt(phone), cipher.blindIndex(phone));
		}
		return accounts.save(account);
	}
}
