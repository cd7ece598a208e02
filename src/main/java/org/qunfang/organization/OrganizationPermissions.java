package org.qunfang.organization;

import static org.qunfang.identity.Role.*;

import java.util.Set;

import org.qunfang.identity.PermissionDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permission codes of the registry and who holds them by default. */
@Configuration(proxyBeanMethods = false)
public class OrganizationPermissions {

	public static final String REGISTRY_VIEW = "organization:registry:view";
	public static final String REGISTRY_EDIT = "organization:registry:edit";
	public static final String REGISTRY_IMPORT = "organization:registry:import";
	public static final String ORG_MANAGE = "organization:org:manage";
	public static final String MEMBER_APPOINT = "organization:member:appoint";
	public static final String CHECKS_OVERRIDE = "organization:member:override-checks";
	public static final String DUTY_SCOPE_EDIT = "organization:duty-scope:edit";
	public static final String CONTRACT_MANAGE = "organization:contract:manage";
	public static final String VILLAGE_ASSIGN = "organization:village:assign";

	@Bean
	PermissionDefinition registryView() {
		return new PermissionDefinition(REGISTRY_VIEW, Set.of(COUNTY_ADMIN, COUNTY_OFFICER, TOWNSHIP_OFFICER,
				TOWNSHIP_LEADER, FINANCE_OFFICER, POLICE_LIAISON, VILLAGE_DIRECTOR, SECURITY_DIRECTOR,
				MEDIATION_DIRECTOR, MEDIATOR, PATROL_LEADER));
	}

	@Bean
	PermissionDefinition registryEdit() {
		return new PermissionDefinition(REGISTRY_EDIT, Set.of(TOWNSHIP_OFFICER, VILLAGE_DIRECTOR, SECURITY_DIRECTOR));
	}

	@Bean
	PermissionDefinition registryImport() {
		return new PermissionDefinition(REGISTRY_IMPORT, Set.of(TOWNSHIP_OFFICER, VILLAGE_DIRECTOR, SECURITY_DIRECTOR));
	}

	@Bean
	PermissionDefinition orgManage() {
		return new PermissionDefinition(ORG_MANAGE, Set.of(TOWNSHIP_OFFICER, VILLAGE_DIRECTOR, SECURITY_DIRECTOR));
	}

	@Bean
	PermissionDefinition memberAppoint() {
		return new PermissionDefinition(MEMBER_APPOINT,
				Set.of(TOWNSHIP_OFFICER, TOWNSHIP_LEADER, VILLAGE_DIRECTOR, SECURITY_DIRECTOR));
	}

	@Bean
	PermissionDefinition checksOverride() {
		return new PermissionDefinition(CHECKS_OVERRIDE, Set.of(TOWNSHIP_OFFICER, TOWNSHIP_LEADER));
	}

	@Bean
	PermissionDefinition dutyScopeEdit() {
		return new PermissionDefinition(DUTY_SCOPE_EDIT, Set.of(COUNTY_ADMIN));
	}

	@Bean
	PermissionDefinition contractManage() {
		return new PermissionDefinition(CONTRACT_MANAGE, Set.of(TOWNSHIP_OFFICER, VILLAGE_DIRECTOR, SECURITY_DIRECTOR));
	}

	@Bean
	PermissionDefinition villageAssign() {
		return new PermissionDefinition(VILLAGE_ASSIGN, Set.of(COUNTY_ADMIN, COUNTY_OFFICER, TOWNSHIP_OFFICER));
	}
}
