package org.qunfang.disclosure.web;

import java.util.List;
import java.util.Set;

import org.qunfang.disclosure.DisclosurePermissions;
import org.qunfang.platform.web.HomeCard;
import org.qunfang.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Public disclosure in the funds menu, and villagers' questions on the home page of those who answer them. */
@Configuration(proxyBeanMethods = false)
class DisclosureNavigation {

	@Bean
	NavigationItem navDisclosure() {
		return new NavigationItem("nav.group.funds", "nav.disclosure", "/disclosure", DisclosurePermissions.VIEW, 630);
	}

	@Bean
	HomeCard.Provider disclosureCards() {
		return (String role, Set<String> permissions) -> permissions.contains(DisclosurePermissions.PUBLISH)
				|| permissions.contains(DisclosurePermissions.ANSWER)
						? List.of(new HomeCard("home.card.disclosure.title", "home.card.disclosure.text", "/disclosure",
								"home.card.disclosure.action", 630))
						: List.of();
	}
}
