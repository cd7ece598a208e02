package org.qunfang.risk;

import static org.qunfang.identity.Role.COUNTY_ADMIN;
import static org.qunfang.identity.Role.COUNTY_OFFICER;
import static org.qunfang.identity.Role.PATROL_LEADER;
import static org.qunfang.identity.Role.POLICE_LIAISON;
import static org.qunfang.identity.Role.SECURITY_DIRECTOR;
import static org.qunfang.identity.Role.TOWNSHIP_LEADER;
import static org.qunfang.identity.Role.TOWNSHIP_OFFICER;
import static org.qunfang.identity.Role.VILLAGE_DIRECTOR;

import java.util.Set;

import org.qunfang.identity.PermissionDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permission codes of the risk model and who holds them by default. */
@Configuration(proxyBeanMethods = false)
public class RiskPermissions {

	/** See the risk heat maps, the top places and hours with their reasons, and the schedule against the risk. */
	public static final String VIEW = "risk:map:view";

	@Bean
	PermissionDefinition permissionRiskView() {
		return new PermissionDefinition(VIEW, Set.of(COUNTY_ADMIN, COUNTY_OFFICER, TOWNSHIP_OFFICER, TOWNSHIP_LEADER,
				POLICE_LIAISON, VILLAGE_DIRECTOR, SECURITY_DIRECTOR, PATROL_LEADER));
	}
}
