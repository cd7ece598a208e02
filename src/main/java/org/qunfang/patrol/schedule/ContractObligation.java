package org.qunfang.patrol.schedule;

/**
 * What a security contract (治安承包) obliges in one week of the period: its contractors patrol at least
 * {@code patrolsPerWeek} shifts of the contract organization.
 */
public record ContractObligation(long orgId, String contractNo, int week, int patrolsPerWeek) {
}
