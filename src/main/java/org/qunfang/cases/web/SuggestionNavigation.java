package org.qunfang.cases.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.qunfang.cases.CasesPermissions;
import org.qunfang.identity.Role;
import org.qunfang.platform.web.HomeCard;
import org.qunfang.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The suggestion book's entry in the navigation and its cards on home pages. */
@Configuration(proxyBeanMethods = false)
class SuggestionNavigation {

	@Bean
	NavigationItem navSuggestions() {
		return new NavigationItem("nav.group.cases", "suggestion.nav", "/suggestions", CasesPermissions.SUGGESTION_VIEW, 300);
	}

	/**
	 * Those who reply see the writings waiting for them; the township sees the overdue ones escalated to it.
	 */
	@Bean
	HomeCard.Provider suggestionCards() {
		return (String role, Set<String> permissions) -> {
			List<HomeCard> cards = new ArrayList<>();
			if (!permissions.contains(CasesPermissions.SUGGESTION_VIEW)) {
				return cards;
			}
			if (permissions.contains(CasesPermissions.SUGGESTION_REPLY)) {
				cards.add(new HomeCard("suggestion.home.waiting.title", "suggestion.home.waiting.text",
						"/suggestions?awaiting=true", "suggestion.home.waiting.action", 300, "/suggestions/count"));
			}
			if (role.equals(Role.TOWNSHIP_OFFICER.name()) || role.equals(Role.TOWNSHIP_LEADER.name())
					|| role.equals(Role.VILLAGE_DIRECTOR.name())) {
				cards.add(new HomeCard("suggestion.home.overdue.title", "suggestion.home.overdue.text",
						"/suggestions?overdue=true", "suggestion.home.overdue.action", 301, "/suggestions/count?overdue=true"));
			}
			return cards;
		};
	}
}
