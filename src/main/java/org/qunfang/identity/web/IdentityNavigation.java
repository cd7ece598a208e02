package org.qunfang.identity.web;

import org.qunfang.identity.IdentityPermissions;
import org.qunfang.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The identity module's entries in the main navigation. */
@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

	@Bean
	NavigationItem navUsers() {
		return new NavigationItem("nav.group.admin", "nav.users", "/admin/users", IdentityPermissions.USER_VIEW, 900);
	}

	@Bean
	NavigationItem navRoles() {
		return new NavigationItem("nav.group.admin", "nav.roles", "/admin/roles", IdentityPermissions.ROLE_EDIT, 910);
	}

	@Bean
	NavigationItem navAudit() {
		return new NavigationItem("nav.group.admin", "nav.audit", "/admin/audit", IdentityPermissions.AUDIT_VIEW, 920);
	}

	@Bean
	NavigationItem navLogins() {
		return new NavigationItem("nav.group.admin", "nav.logins", "/admin/audit/logins", IdentityPermissions.AUDIT_VIEW,
				930);
	}
}
