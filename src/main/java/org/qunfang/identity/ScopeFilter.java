package org.qunfang.identity;

import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/** A jurisdiction predicate ready for a query: the SQL fragment and its named parameters. */
public record ScopeFilter(String sql, Map<String, Object> params) {

	public ScopeFilter {
		params = Map.copyOf(params);
	}

	/** Binds the parameters to a statement whose SQL contains {@link #sql()}. */
	public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
		return statement.params(params);
	}
}
