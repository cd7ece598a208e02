package org.qunfang.patrol.web;

import org.qunfang.patrol.PatrolPermissions;
import org.qunfang.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Patrol's entries in the navigation. */
@Configuration(proxyBeanMethods = false)
class PatrolNavigation {

	@Bean
	NavigationItem navPatrolSchedules() {
		return new NavigationItem("nav.group.patrol", "patrol.schedule.list", "/patrol/schedules", PatrolPermissions.VIEW, 610);
	}

	@Bean
	NavigationItem navPatrolPatterns() {
		return new NavigationItem("nav.group.patrol", "patrol.pattern.list", "/patrol/patterns", PatrolPermissions.VIEW, 615);
	}

	@Bean
	NavigationItem navPatrolSettings() {
		return new NavigationItem("nav.group.patrol", "patrol.settings.title", "/patrol/settings", PatrolPermissions.SETTINGS_EDIT,
				625);
	}

	@Bean
	NavigationItem navPatrolZones() {
		return new NavigationItem("nav.group.patrol", "patrol.zone.list", "/patrol/zones", PatrolPermissions.VIEW, 620);
	}
}
