package org.qunfang.funds.web;

import org.qunfang.funds.FundsPermissions;
import org.qunfang.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The insurance register in the funds menu. */
@Configuration(proxyBeanMethods = false)
class InsuranceNavigation {

	@Bean
	NavigationItem navFundInsurance() {
		return new NavigationItem("nav.group.funds", "nav.fund-insurance", "/funds/insurance", FundsPermissions.VIEW, 615);
	}
}
