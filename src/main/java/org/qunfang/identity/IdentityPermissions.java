package org.qunfang.identity;

import static org.qunfang.identity.Role.*;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permission codes of the identity module and who holds them by default. */
@Configuration(proxyBeanMethods = false)
public class IdentityPermissions {

	public static final String USER_VIEW = "identity:user:view";
	public static final String USER_MANAGE = "identity:user:manage";
	public static final String ROLE_EDIT = "identity:role:edit";
	public static final String AUDIT_VIEW = "identity:audit:view";
	public static final String AUDIT_VERIFY = "identity:audit:verify";
	public static final String TOKEN_USE = "identity:token:use";
	public static final String PERSONAL_DATA_UNMASK = "identity:personal-data:unmask";

	@Bean
	PermissionDefinition userView() {
		return new PermissionDefinition(USER_VIEW,
				Set.of(COUNTY_ADMIN, COUNTY_OFFICER, TOWNSHIP_OFFICER, VILLAGE_DIRECTOR, SECURITY_DIRECTOR));
	}

	@Bean
	PermissionDefinition userManage() {
		return new PermissionDefinition(USER_MANAGE, Set.of(COUNTY_ADMIN, COUNTY_OFFICER, TOWNSHIP_OFFICER));
	}

	@Bean
	PermissionDefinition roleEdit() {
		return new PermissionDefinition(ROLE_EDIT, Set.of(COUNTY_ADMIN));
	}

	@Bean
	PermissionDefinition auditView() {
		return new PermissionDefinition(AUDIT_VIEW, Set.of(COUNTY_ADMIN, COUNTY_OFFICER, TOWNSHIP_OFFICER));
	}

	@Bean
	PermissionDefinition auditVerify() {
		return new PermissionDefinition(AUDIT_VERIFY, Set.of(COUNTY_ADMIN));
	}

	@Bean
	PermissionDefinition tokenUse() {
		return new PermissionDefinition(TOKEN_USE, EnumSet.complementOf(EnumSet.of(VILLAGER)));
	}

	@Bean
	PermissionDefinition personalDataUnmask() {
		return new PermissionDefinition(PERSONAL_DATA_UNMASK,
				Set.of(TOWNSHIP_OFFICER, POLICE_LIAISON, SECURITY_DIRECTOR));
	}
}
