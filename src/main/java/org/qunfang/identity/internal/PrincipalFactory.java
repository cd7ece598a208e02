package org.qunfang.identity.internal;

import java.time.Clock;
import java.util.Optional;

import org.qunfang.identity.Jurisdiction;
import org.qunfang.identity.ScopeDirectory;
import org.springframework.stereotype.Component;

/** Turns a stored account into the principal that carries its jurisdiction and permissions. */
@Component
class PrincipalFactory {

	private final ScopeDirectory scopes;
	private final RolePermissions permissions;
	private final Clock clock;

	PrincipalFactory(ScopeDirectory scopes, RolePermissions permissions, Clock clock) {
		this.scopes = scopes;
		this.permissions = permissions;
		this.clock = clock;
	}

	/** Empty when the account's unit no longer exists: such an account cannot act. */
	Optional<QunfangUser> principalOf(UserAccount account) {
		return scopes.find(account.scopeUnitId())
			.map(unit -> new QunfangUser(account, Jurisdiction.of(unit),
					permissions.of(account.countyId(), account.role()), clock.instant()));
	}
}
