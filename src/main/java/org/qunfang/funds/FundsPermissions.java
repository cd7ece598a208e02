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
	/** Keep the county's purposes, approval threshold and rules for levies and fees. */
	public static final String SETTINGS = "funds:settings:edit";
	/**
	 * Record households' payments of levies and fees against their bills: the village committee collects,
	 * and the township finance office takes payments brought to it.
	 */
	public static final String COLLECT = "funds:collection:record";
	/** Propose a levy (一事一议) and record its meeting, mark exemptions, set the defense fee, bill households. */
	public static final String LEVY = "funds:levy:manage";
	/** The township's approval of a levy (a township leader). */
	public static final String LEVY_APPROVE = "funds:levy:approve";
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

	@Bean
	PermissionDefinition permissionFundsCollect() {
		return new PermissionDefinition(COLLECT, Set.of(VILLAGE_DIRECTOR, SECURITY_DIRECTOR, FINANCE_OFFICER));
	}

	@Bean
	PermissionDefinition permissionFundsLevy() {
		return new PermissionDefinition(LEVY, Set.of(VILLAGE_DIRECTOR, SECURITY_DIRECTOR));
	}

	@Bean
	PermissionDefinition permissionFundsLevyApprove() {
		return new PermissionDefinition(LEVY_APPROVE, Set.of(TOWNSHIP_LEADER));
	}
}
