package org.qunfang.identity.internal;

import java.util.Set;
import java.util.TreeSet;

import org.qunfang.identity.Audited;
import org.qunfang.identity.Caller;
import org.qunfang.identity.IdentityPermissions;
import org.qunfang.identity.Role;
import org.qunfang.platform.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The county administrator edits which permissions each role holds in the county. */
@Service
public class RoleAdministration {

	private final RolePermissions permissions;

	RoleAdministration(RolePermissions permissions) {
		this.permissions = permissions;
	}

	public Set<String> grants(Caller caller, Role role) {
		return new TreeSet<>(permissions.of(caller.jurisdiction().countyId(), role));
	}

	@Transactional
	@Audited(value = "identity.role.permissions", target = "role", targetId = "#role.name()")
	public void replace(Caller caller, Role role, Set<String> codes) {
		caller.require(IdentityPermissions.ROLE_EDIT);
		for (String code : codes) {
			if (!permissions.known(code)) {
				throw new DomainException("error.role.unknown-permission", code);
			}
		}
		if (role == Role.COUNTY_ADMIN && !codes.contains(IdentityPermissions.ROLE_EDIT)) {
			throw new DomainException("error.role.admin-keeps-role-edit");
		}
		permissions.replace(caller.jurisdiction().countyId(), role, codes);
	}
}
