package org.qunfang.risk.web;

import org.qunfang.platform.web.NavigationItem;
import org.qunfang.risk.RiskPermissions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The risk outlook's entry in the navigation, beside the patrol pages it guides. */
@Configuration(proxyBeanMethods = false)
class RiskNavigation {

	@Bean
	NavigationItem navRiskOutlook() {
		return new NavigationItem("nav.group.patrol", "risk.nav", "/risk", RiskPermissions.VIEW, 348);
	}
}
