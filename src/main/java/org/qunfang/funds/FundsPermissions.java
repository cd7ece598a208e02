package org.qunfang.funds;

import static org.qunfang.identity.Role.COUNTY_ADMIN;
import static org.qunfang.identity.Role.COUNTY_OFFICER;
import static org.qunfang.identity.Role.FINANCE_OFFICER;
import static org.qunfang.identity.Role.SECURITY_DIRECTOR;
import static org.qunfang.identity.Role.TOWNSHIP_LEADER;
import static org.qunfang.identity.Role.TOWNSHIP_OFFICER;
import static org.qunfang.identity.Role.VILLAGE_DIRECTOR;

import java.util.Set;

import org.qunfang.identity.PermissionDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permission codes of funds and who holds them by default. */
@Configuration(proxyBeanMethods = false)
public class FundsPermissions {

	/** See the funds, the ledger, the proposals and the statements of villages in one's jurisdiction. */
	public static final String VIEW = "funds:ledger:view";
	/** Book income, reversals and re-designations; close periods; reconcile (the township finance officer). */
	public static final String BOOK = "funds:ledger:book";
	/** Propose an expense or a re-designation for one's village. */
	public static final String PROPOSE = "funds:proposal:create";
	/** Approve or reject proposals and book the approved ones (the township finance officer). */
	public static final String APPROVE = "funds:proposal:approve";
	/** The second approval of proposals above the county's threshold (a township leader). */
	public static final String APPROVE_LARGE = "funds:proposal:approve-large";
	/** Keep the county's purposes and approval threshold. */
	public static final String SETTINGS = "funds:settings:edit";
	/** Enter, correct and end the insurance policies of villages in one's jurisdiction. */
	public static final String INSURANCE = "funds:insurance:manage";

	@Bean
	PermissionDefinition permissionFundsView() {
		return new PermissionDefinition(VIEW, Set.of(COUNTY_ADMIN, COUNTY_OFFICER, TOWNSHIP_OFFICER, TOWNSHIP_LEADER,
				FINANCE_OFFICER, VILLAGE_DIRECTOR, SECURITY_DIRECTOR));
	}

	@Bean
	PermissionDefinition permissionFundsBook() {
		return new PermissionDefinition(BOOK, Set.of(FINANCE_OFFICER));
	}

	@Bean
	PermissionDefinition permissionFundsPropose() {
		return new PermissionDefinition(PROPOSE, Set.of(VILLAGE_DIRECTOR, SECURITY_DIRECTOR));
	}

	@Bean
	PermissionDefinition permissionFundsApprove() {
		return new PermissionDefinition(APPROVE, Set.of(FINANCE_OFFICER));
	}

	@Bean
	PermissionDefinition permissionFundsApproveLarge() {
		return new PermissionDefinition(APPROVE_LARGE, Set.of(TOWNSHIP_LEADER));
	}

	@Bean
	PermissionDefinition permissionFundsInsurance() {
		return new PermissionDefinition(INSURANCE, Set.of(VILLAGE_DIRECTOR, SECURITY_DIRECTOR, FINANCE_OFFICER));
	}

	@Bean
	PermissionDefinition permissionFundsSettings() {
		return new PermissionDefinition(SETTINGS, Set.of(COUNTY_ADMIN, FINANCE_OFFICER));
	}
}
