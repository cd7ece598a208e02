package org.qunfang.identity.internal;

import org.qunfang.identity.ScopeDirectory;
import org.qunfang.identity.ScopeUnit;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives every county the default grants of permissions it has not seen yet: at start (for permissions
 * added by a new version) and whenever a county is created.
 */
@Component
@Order(2)
class PermissionDefaults implements ApplicationRunner {

	private final ScopeDirectory scopes;
	private final RolePermissions permissions;

	PermissionDefaults(ScopeDirectory scopes, RolePermissions permissions) {
		this.scopes = scopes;
		this.permissions = permissions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (args.containsOption("verify-audit")) {
			return;
		}
		scopes.counties().stream().map(ScopeUnit::countyId).forEach(permissions::applyDefaults);
	}
}
