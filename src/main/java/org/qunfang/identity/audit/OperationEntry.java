package org.qunfang.identity.audit;

/** One line of the operation log, before it is written. */
public record OperationEntry(Long countyId, Long actorId, String actorName, String action, String targetType,
		String targetId, String scopePath, Outcome outcome, String detail, String clientAddress) {

	/** How an operation ended. */
	public enum Outcome {
		SUCCESS, REFUSED, FAILED
	}
}
