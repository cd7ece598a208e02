package org.qunfang.patrol;

import static org.qunfang.identity.Role.COUNTY_ADMIN;
import static org.qunfang.identity.Role.COUNTY_OFFICER;
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

/** The permission codes of patrol and who holds them by default. */
@Configuration(proxyBeanMethods = false)
public class PatrolPermissions {

	/** See zones, checkpoints, patterns, schedules, runs and coverage. */
	public static final String VIEW = "patrol:patrol:view";
	/** Keep zones and checkpoints, print and revoke their QR codes. */
	public static final String ZONE_MANAGE = "patrol:zone:manage";
	/** Keep shift patterns and members' availability; build, edit and publish schedules. */
	public static final String SCHEDULE_PLAN = "patrol:schedule:plan";
	/** Patrol: start and end runs, check in at checkpoints. */
	public static final String RUN_RECORD = "patrol:run:record";
	/** Set the county's patrol scheduling settings (how strongly rosters lean toward risk). */
	public static final String SETTINGS_EDIT = "patrol:settings:edit";

	@Bean
	PermissionDefinition permissionPatrolView() {
		return new PermissionDefinition(VIEW, Set.of(COUNTY_ADMIN, COUNTY_OFFICER, TOWNSHIP_OFFICER, TOWNSHIP_LEADER,
				POLICE_LIAISON, VILLAGE_DIRECTOR, SECURITY_DIRECTOR, PATROL_LEADER, PATROL_MEMBER));
	}

	@Bean
	PermissionDefinition permissionZoneManage() {
		return new PermissionDefinition(ZONE_MANAGE, Set.of(TOWNSHIP_OFFICER, VILLAGE_DIRECTOR, SECURITY_DIRECTOR,
				PATROL_LEADER));
	}

	@Bean
	PermissionDefinition permissionSchedulePlan() {
		return new PermissionDefinition(SCHEDULE_PLAN, Set.of(TOWNSHIP_OFFICER, VILLAGE_DIRECTOR, SECURITY_DIRECTOR,
				PATROL_LEADER));
	}

	@Bean
	PermissionDefinition permissionPatrolSettingsEdit() {
		return new PermissionDefinition(SETTINGS_EDIT, Set.of(COUNTY_ADMIN, COUNTY_OFFICER));
	}

	@Bean
	PermissionDefinition permissionRunRecord() {
		return new PermissionDefinition(RUN_RECORD, Set.of(PATROL_LEADER, PATROL_MEMBER, SECURITY_DIRECTOR));
	}
}
