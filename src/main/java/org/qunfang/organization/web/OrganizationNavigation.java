package org.qunfang.organization.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.qunfang.organization.OrganizationPermissions;
import org.qunfang.platform.web.HomeCard;
import org.qunfang.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The registry's entries in the navigation and its cards on home pages. */
@Configuration(proxyBeanMethods = false)
class OrganizationNavigation {

	@Bean
	NavigationItem navRegistry() {
		return new NavigationItem("nav.group.organization", "nav.registry", "/registry", OrganizationPermissions.REGISTRY_VIEW, 100);
	}

	@Bean
	NavigationItem navResidentSearch() {
		return new NavigationItem("nav.group.organization", "nav.resident-search", "/registry/search",
				OrganizationPermissions.REGISTRY_VIEW, 110);
	}

	@Bean
	NavigationItem navOrganizations() {
		return new NavigationItem("nav.group.organization", "nav.organizations", "/organizations",
				OrganizationPermissions.REGISTRY_VIEW, 120);
	}

	@Bean
	NavigationItem navContracts() {
		return new NavigationItem("nav.group.organization", "nav.contracts", "/contracts", OrganizationPermissions.REGISTRY_VIEW, 125);
	}

	@Bean
	NavigationItem navDutyScopes() {
		return new NavigationItem("nav.group.organization", "nav.duty-scopes", "/admin/duty-scopes",
				OrganizationPermissions.REGISTRY_VIEW, 130);
	}

	@Bean
	HomeCard.Provider registryCards() {
		return (String role, Set<String> permissions) -> {
			List<HomeCard> cards = new ArrayList<>();
			if (permissions.contains(OrganizationPermissions.REGISTRY_VIEW)) {
				cards.add(new HomeCard("home.card.registry.title", "home.card.registry.text", "/registry",
						"home.card.registry.action", 100));
				cards.add(new HomeCard("home.card.organizations.title", "home.card.organizations.text", "/organizations",
						"home.card.organizations.action", 110));
			}
			return cards;
		};
	}
}
