package org.qunfang.cases;

import static org.qunfang.identity.Role.COUNTY_ADMIN;
import static org.qunfang.identity.Role.COUNTY_OFFICER;
import static org.qunfang.identity.Role.MEDIATION_DIRECTOR;
import static org.qunfang.identity.Role.MEDIATOR;
import static org.qunfang.identity.Role.PATROL_LEADER;
import static org.qunfang.identity.Role.PATROL_MEMBER;
import static org.qunfang.identity.Role.POLICE_LIAISON;
import static org.qunfang.identity.Role.SECURITY_DIRECTOR;
import static org.qunfang.identity.Role.TOWNSHIP_LEADER;
import static org.qunfang.identity.Role.TOWNSHIP_OFFICER;
import static org.qunfang.identity.Role.VILLAGE_DIRECTOR;

import java.util.Set;

import org.qunfang.identity.PermissionDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permission codes of registration and who holds them by default. */
@Configuration(proxyBeanMethods = false)
public class CasesPermissions {

	public static final String CASE_VIEW = "cases:case:view";
	public static final String CASE_REGISTER = "cases:case:register";
	public static final String CASE_HANDLE = "cases:case:handle";
	public static final String INSPECTION_VIEW = "cases:inspection:view";
	public static final String INSPECTION_RECORD = "cases:inspection:record";
	public static final String RECTIFICATION_VERIFY = "cases:rectification:verify";
	public static final String CHECKLIST_EDIT = "cases:checklist:edit";
	public static final String SUGGESTION_VIEW = "cases:suggestion:view";
	public static final String SUGGESTION_REPLY = "cases:suggestion:reply";
	public static final String SETTINGS_EDIT = "cases:settings:edit";

	private static final Set<org.qunfang.identity.Role> OFFICIALS = Set.of(COUNTY_ADMIN, COUNTY_OFFICER, TOWNSHIP_OFFICER,
			TOWNSHIP_LEADER, POLICE_LIAISON, VILLAGE_DIRECTOR, SECURITY_DIRECTOR, MEDIATION_DIRECTOR);

	@Bean
	PermissionDefinition permissionCaseView() {
		return new PermissionDefinition(CASE_VIEW, Set.of(COUNTY_ADMIN, COUNTY_OFFICER, TOWNSHIP_OFFICER, TOWNSHIP_LEADER,
				POLICE_LIAISON, VILLAGE_DIRECTOR, SECURITY_DIRECTOR, MEDIATION_DIRECTOR, MEDIATOR, PATROL_LEADER,
				PATROL_MEMBER));
	}

	@Bean
	PermissionDefinition permissionCaseRegister() {
		return new PermissionDefinition(CASE_REGISTER, Set.of(TOWNSHIP_OFFICER, POLICE_LIAISON, VILLAGE_DIRECTOR,
				SECURITY_DIRECTOR, MEDIATION_DIRECTOR, MEDIATOR, PATROL_LEADER, PATROL_MEMBER));
	}

	@Bean
	PermissionDefinition permissionCaseHandle() {
		return new PermissionDefinition(CASE_HANDLE, Set.of(TOWNSHIP_OFFICER, POLICE_LIAISON, VILLAGE_DIRECTOR,
				SECURITY_DIRECTOR, MEDIATION_DIRECTOR));
	}

	@Bean
	PermissionDefinition permissionInspectionView() {
		return new PermissionDefinition(INSPECTION_VIEW, union(OFFICIALS, Set.of(PATROL_LEADER)));
	}

	@Bean
	PermissionDefinition permissionInspectionRecord() {
		return new PermissionDefinition(INSPECTION_RECORD, Set.of(TOWNSHIP_OFFICER, POLICE_LIAISON, VILLAGE_DIRECTOR,
				SECURITY_DIRECTOR, PATROL_LEADER));
	}

	@Bean
	PermissionDefinition permissionRectificationVerify() {
		return new PermissionDefinition(RECTIFICATION_VERIFY, Set.of(TOWNSHIP_OFFICER, POLICE_LIAISON, VILLAGE_DIRECTOR,
				SECURITY_DIRECTOR));
	}

	@Bean
	PermissionDefinition permissionChecklistEdit() {
		return new PermissionDefinition(CHECKLIST_EDIT, Set.of(COUNTY_ADMIN, COUNTY_OFFICER));
	}

	@Bean
	PermissionDefinition permissionSuggestionView() {
		return new PermissionDefinition(SUGGESTION_VIEW, OFFICIALS);
	}

	@Bean
	PermissionDefinition permissionSuggestionReply() {
		return new PermissionDefinition(SUGGESTION_REPLY, Set.of(TOWNSHIP_OFFICER, VILLAGE_DIRECTOR, SECURITY_DIRECTOR));
	}

	@Bean
	PermissionDefinition permissionSettingsEdit() {
		return new PermissionDefinition(SETTINGS_EDIT, Set.of(COUNTY_ADMIN, COUNTY_OFFICER));
	}

	private static Set<org.qunfang.identity.Role> union(Set<org.qunfang.identity.Role> a, Set<org.qunfang.identity.Role> b) {
		var all = new java.util.HashSet<>(a);
		all.addAll(b);
		return all;
	}
}
