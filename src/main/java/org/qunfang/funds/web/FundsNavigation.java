package org.qunfang.funds.web;

import java.util.List;
import java.util.Set;

import org.qunfang.funds.FundsPermissions;
import org.qunfang.platform.web.HomeCard;
import org.qunfang.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Funds in the navigation, and the proposals waiting on the home page of those who approve them. */
@Configuration(proxyBeanMethods = false)
class FundsNavigation {

	@Bean
	NavigationItem navFunds() {
		return new NavigationItem("nav.group.funds", "nav.funds", "/funds", FundsPermissions.VIEW, 600);
	}

	@Bean
	NavigationItem navProposals() {
		return new NavigationItem("nav.group.funds", "nav.fund-proposals", "/funds/proposals", FundsPermissions.VIEW, 610);
	}

	@Bean
	NavigationItem navCharges() {
		return new NavigationItem("nav.group.funds", "nav.fund-charges", "/funds/charges", FundsPermissions.VIEW, 615);
	}

	@Bean
	NavigationItem navFundSettings() {
		return new NavigationItem("nav.group.funds", "nav.fund-settings", "/funds/settings", FundsPermissions.VIEW, 620);
	}

	@Bean
	HomeCard.Provider fundCards() {
		return (String role, Set<String> permissions) -> permissions.contains(FundsPermissions.APPROVE)
				|| permissions.contains(FundsPermissions.APPROVE_LARGE) || permissions.contains(FundsPermissions.PROPOSE)
						? List.of(new HomeCard("home.card.funds.title", "home.card.funds.text", "/funds/proposals",
								"home.card.funds.action", 600))
						: List.of();
	}
}
