package org.qunfang.patrol.web;

import java.util.List;
import java.util.Set;

import org.qunfang.patrol.PatrolPermissions;
import org.qunfang.platform.web.HomeCard;
import org.qunfang.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Patrolling's entries in the navigation and the card on a patrol member's home page. */
@Configuration(proxyBeanMethods = false)
class RunNavigation {

	@Bean
	NavigationItem navPatrolToday() {
		return new NavigationItem("nav.group.patrol", "patrol.run.nav.today", "/patrol/today", PatrolPermissions.RUN_RECORD, 300);
	}

	@Bean
	NavigationItem navPatrolRuns() {
		return new NavigationItem("nav.group.patrol", "patrol.run.nav.runs", "/patrol/runs", PatrolPermissions.VIEW, 340);
	}

	@Bean
	NavigationItem navPatrolCoverage() {
		return new NavigationItem("nav.group.patrol", "patrol.coverage.nav", "/patrol/coverage", PatrolPermissions.VIEW, 345);
	}

	@Bean
	HomeCard.Provider patrolRunCards() {
		return (String role, Set<String> permissions) -> permissions.contains(PatrolPermissions.RUN_RECORD)
				? List.of(new HomeCard("patrol.run.card.title", "patrol.run.card.text", "/patrol/today", "patrol.run.card.action", 150))
				: List.of();
	}
}
