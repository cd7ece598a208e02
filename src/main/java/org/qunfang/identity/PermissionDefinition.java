package org.qunfang.identity;

import java.util.Set;

/**
 * A permission code (`module:thing:action`) and the roles that hold it by default in a new county.
 * Modules declare theirs as beans; the county administrator may change the grants afterwards.
 */
public record PermissionDefinition(String code, Set<Role> defaultRoles) {

	public PermissionDefinition {
		if (!code.matches("[a-z][a-z-]*(:[a-z][a-z-]*)+")) {
			throw new IllegalArgumentException("permission codes read module:thing:action, not " + code);
		}
		defaultRoles = Set.copyOf(defaultRoles);
	}

	public String messageKey() {
		return "permission." + code.replace(':', '.');
	}
}
