package org.qunfang.identity.internal;

import java.util.Optional;

import org.qunfang.identity.Caller;
import org.qunfang.identity.CallerDirectory;
import org.springframework.stereotype.Component;

/** Builds a user's caller as signing in would: role, jurisdiction and the role's current permissions. */
@Component
class NamedCallers implements CallerDirectory {

	private final UserAccounts accounts;
	private final PrincipalFactory principals;

	NamedCallers(UserAccounts accounts, PrincipalFactory principals) {
		this.accounts = accounts;
		this.principals = principals;
	}

	@Override
	public Optional<Caller> of(String username) {
		return accounts.findByUsername(username).filter(UserAccount::enabled).flatMap(principals::principalOf)
			.map(QunfangUser::caller);
	}
}
