package org.qunfang.identity.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.qunfang.identity.Caller;
import org.qunfang.identity.IdentityPermissions;
import org.qunfang.identity.ScopeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the logs, always within the reader's jurisdiction. */
@Service
public class AuditQueries {

	/** A row of the operation log. */
	public record OperationRow(long id, Long seq, Instant occurredAt, String actorName, String action,
			String targetType, String targetId, String outcome, String detail, String clientAddress) {
	}

	/** A row of the login log. */
	public record LoginRow(long id, Long seq, Instant occurredAt, String username, String outcome,
			String clientAddress, String userAgent) {
	}

	private final JdbcClient jdbc;

	AuditQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<OperationRow> operations(Caller caller, String action, int limit) {
		caller.require(IdentityPermissions.AUDIT_VIEW);
		ScopeFilter scope = caller.jurisdiction().where("o");
		return scope.bind(jdbc.sql("select id, seq, occurred_at, actor_name, action, target_type, target_id, outcome,"
				+ " detail, client_address from operation_log o where " + scope.sql()
				+ " and (cast(:action as varchar) is null or o.action like :action)"
				+ " order by o.occurred_at desc, o.id desc limit :limit"))
			.param("action", action == null || action.isBlank() ? null : action.strip() + "%")
			.param("limit", Math.min(Math.max(limit, 1), 5000))
			.query((rs, n) -> new OperationRow(rs.getLong(1), seq(rs), instant(rs, 3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
					rs.getString(10)))
			.list();
	}

	@Transactional(readOnly = true)
	public List<LoginRow> logins(Caller caller, int limit) {
		caller.require(IdentityPermissions.AUDIT_VIEW);
		ScopeFilter scope = caller.jurisdiction().where("l");
		return scope.bind(jdbc.sql("select id, seq, occurred_at, username, outcome, client_address, user_agent"
				+ " from login_log l where " + scope.sql() + " order by l.occurred_at desc, l.id desc limit :limit"))
			.param("limit", Math.min(Math.max(limit, 1), 5000))
			.query(AuditQueries::loginRow)
			.list();
	}

	/** A person's own recent sign-ins (every signed-in person may see these). */
	@Transactional(readOnly = true)
	public List<LoginRow> myLogins(Caller caller, int limit) {
		return jdbc.sql("select id, seq, occurred_at, username, outcome, client_address, user_agent from login_log"
				+ " where user_id = :u order by occurred_at desc, id desc limit :limit")
			.param("u", caller.userId()).param("limit", limit)
			.query(AuditQueries::loginRow)
			.list();
	}

	private static LoginRow loginRow(ResultSet rs, int n) throws SQLException {
		return new LoginRow(rs.getLong(1), seq(rs), instant(rs, 3), rs.getString(4), rs.getString(5), rs.getString(6),
				rs.getString(7));
	}

	private static Long seq(ResultSet rs) throws SQLException {
		long seq = rs.getLong(2);
		return rs.wasNull() ? null : seq;
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return time == null ? null : time.toInstant();
	}
}
