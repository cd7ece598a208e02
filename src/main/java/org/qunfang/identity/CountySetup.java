package org.qunfang.identity;

import org.qunfang.identity.internal.RolePermissions;
import org.springframework.stereotype.Service;

/** What identity prepares when a county is set up: the default role permissions of every module. */
@Service
public class CountySetup {

	private final RolePermissions permissions;

	CountySetup(RolePermissions permissions) {
		this.permissions = permissions;
	}

	/** Applies the default permission grants in the caller's transaction. */
	public void prepare(long countyId) {
		permissions.applyDefaults(countyId);
	}
}
