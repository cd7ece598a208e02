package org.qunfang.cases.web;

import java.util.List;
import java.util.Set;

import org.qunfang.cases.CasesPermissions;
import org.qunfang.platform.web.HomeCard;
import org.qunfang.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The case register's entries in the navigation and its card on home pages. */
@Configuration(proxyBeanMethods = false)
class CaseNavigation {

	@Bean
	NavigationItem navCases() {
		return new NavigationItem("nav.group.cases", "nav.cases", "/cases", CasesPermissions.CASE_VIEW, 200);
	}

	@Bean
	NavigationItem navNewCase() {
		return new NavigationItem("nav.group.cases", "nav.case-new", "/cases/new", CasesPermissions.CASE_REGISTER, 205);
	}

	@Bean
	NavigationItem navCaseSettings() {
		return new NavigationItem("nav.group.cases", "nav.cases-settings", "/cases/settings", CasesPermissions.SETTINGS_EDIT,
				290);
	}

	@Bean
	HomeCard.Provider caseCards() {
		return (String role, Set<String> permissions) -> permissions.contains(CasesPermissions.CASE_REGISTER)
				? List.of(new HomeCard("home.card.case.title", "home.card.case.text", "/cases/new", "home.card.case.action", 200))
				: List.of();
	}
}
