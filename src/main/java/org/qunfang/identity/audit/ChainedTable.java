package org.qunfang.identity.audit;

import java.util.List;

/**
 * A hash-chained log table: its name (also the name of its row in {@code audit_chain}) and the columns
 * whose values the chain protects, in the order they are hashed.
 */
record ChainedTable(String name, List<String> contentColumns) {

	static final ChainedTable OPERATIONS = new ChainedTable("operation_log",
			List.of("id", "county_id", "occurred_at", "actor_id", "actor_name", "action", "target_type", "target_id",
					"scope_path", "outcome", "detail", "client_address"));

	static final ChainedTable LOGINS = new ChainedTable("login_log", List.of("id", "county_id", "occurred_at",
			"user_id", "username", "scope_path", "outcome", "client_address", "user_agent"));

	static final List<ChainedTable> ALL = List.of(OPERATIONS, LOGINS);

	String columnList() {
		return String.join(", ", contentColumns);
	}
}
