package org.qunfang.cases.web;

import java.util.List;
import java.util.Set;

import org.qunfang.cases.CasesPermissions;
import org.qunfang.platform.web.HomeCard;
import org.qunfang.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Security inspections in the navigation, and the overdue rectifications on the home page of those who follow them. */
@Configuration(proxyBeanMethods = false)
class InspectionNavigation {

	/** Roles whose home page shows the overdue rectifications: the village's directors and the township. */
	static final Set<String> FOLLOWERS = Set.of("VILLAGE_DIRECTOR", "SECURITY_DIRECTOR", "TOWNSHIP_OFFICER", "TOWNSHIP_LEADER");

	@Bean
	NavigationItem navInspections() {
		return new NavigationItem("nav.group.cases", "nav.inspections", "/inspections", CasesPermissions.INSPECTION_VIEW, 300);
	}

	@Bean
	NavigationItem navRectifications() {
		return new NavigationItem("nav.group.cases", "nav.rectifications", "/rectifications", CasesPermissions.INSPECTION_VIEW,
				310);
	}

	@Bean
	NavigationItem navChecklists() {
		return new NavigationItem("nav.group.cases", "nav.checklists", "/checklists", CasesPermissions.INSPECTION_VIEW, 320);
	}

	@Bean
	HomeCard.Provider inspectionCards() {
		return (String role, Set<String> permissions) -> {
			if (!permissions.contains(CasesPermissions.INSPECTION_VIEW)) {
				return List.of();
			}
			HomeCard register = new HomeCard("home.card.inspections.title", "home.card.inspections.text", "/inspections",
					"home.card.inspections.action", 300);
			if (!FOLLOWERS.contains(role)) {
				return List.of(register);
			}
			return List.of(new HomeCard("home.card.overdue.title", "home.card.overdue.text", "/rectifications?overdue=true",
					"home.card.overdue.action", 290, "/rectifications/overdue-count"), register);
		};
	}
}
