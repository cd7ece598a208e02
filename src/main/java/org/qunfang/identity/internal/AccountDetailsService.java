package org.qunfang.identity.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads accounts for form sign-in. */
@Component
class AccountDetailsService implements UserDetailsService {

	private final UserAccounts accounts;
	private final PrincipalFactory principals;

	AccountDetailsService(UserAccounts accounts, PrincipalFactory principals) {
		this.accounts = accounts;
		this.principals = principals;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return accounts.findByUsername(username.strip())
			.flatMap(principals::principalOf)
			.orElseThrow(() -> new UsernameNotFoundException("no such user"));
	}
}
