package org.qunfang.disclosure;

import static org.qunfang.identity.Role.COUNTY_ADMIN;
import static org.qunfang.identity.Role.COUNTY_OFFICER;
import static org.qunfang.identity.Role.FINANCE_OFFICER;
import static org.qunfang.identity.Role.SECURITY_DIRECTOR;
import static org.qunfang.identity.Role.TOWNSHIP_LEADER;
import static org.qunfang.identity.Role.TOWNSHIP_OFFICER;
import static org.qunfang.identity.Role.VILLAGE_DIRECTOR;

import java.util.Set;

import org.qunfang.identity.PermissionDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permission codes of public disclosure and who holds them by default. */
@Configuration(proxyBeanMethods = false)
public class DisclosurePermissions {

	/** See the statements published for villages in one's jurisdiction and the questions on them. */
	public static final String VIEW = "disclosure:statement:view";
	/** Publish a village's statement for a month or a quarter, or a correction of one (the township finance officer). */
	public static final String PUBLISH = "disclosure:statement:publish";
	/** Answer villagers' questions on published statements, in public. */
	public static final String ANSWER = "disclosure:question:answer";

	@Bean
	PermissionDefinition permissionDisclosureView() {
		return new PermissionDefinition(VIEW, Set.of(COUNTY_ADMIN, COUNTY_OFFICER, TOWNSHIP_OFFICER, TOWNSHIP_LEADER,
				FINANCE_OFFICER, VILLAGE_DIRECTOR, SECURITY_DIRECTOR));
	}

	@Bean
	PermissionDefinition permissionDisclosurePublish() {
		return new PermissionDefinition(PUBLISH, Set.of(FINANCE_OFFICER));
	}

	@Bean
	PermissionDefinition permissionDisclosureAnswer() {
		return new PermissionDefinition(ANSWER, Set.of(FINANCE_OFFICER, VILLAGE_DIRECTOR));
	}
}
