package org.qunfang.identity.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.qunfang.platform.IdGenerator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Appends rows to the operation and login logs. Appending is a plain insert in the caller's
 * transaction; the {@link ChainSealer} links the rows into the chain afterwards.
 */
@Component
public class AuditWriter {

	private static final int DETAIL_LIMIT = 2000;

	private final JdbcClient jdbc;
	private final IdGenerator ids;
	private final Clock clock;

	AuditWriter(JdbcClient jdbc, IdGenerator ids, Clock clock) {
		this.jdbc = jdbc;
		this.ids = ids;
		this.clock = clock;
	}

	public void operation(OperationEntry e) {
		jdbc.sql("""
				insert into operation_log (id, county_id, occurred_at, actor_id, actor_name, action, target_type,
				  target_id, scope_path, outcome, detail, client_address)
				values (:id, :county, :at, :actorId, :actor, :action, :type, :target, :path, :outcome, :detail, :ip)""")
			.param("id", ids.next()).param("county", e.countyId()).param("at", now())
			.param("actorId", e.actorId()).param("actor", clip(e.actorName(), 64)).param("action", e.action())
			.param("type", e.targetType()).param("target", clip(e.targetId(), 100)).param("path", e.scopePath())
			.param("outcome", e.outcome().name()).param("detail", clip(e.detail(), DETAIL_LIMIT))
			.param("ip", clip(e.clientAddress(), 64))
			.update();
	}

	public void login(Long countyId, Long userId, String username, String scopePath, String outcome,
			String clientAddress, String userAgent) {
		jdbc.sql("""
				insert into login_log (id, county_id, occurred_at, user_id, username, scope_path, outcome,
				  client_address, user_agent)
				values (:id, :county, :at, :user, :name, :path, :outcome, :ip, :agent)""")
			.param("id", ids.next()).param("county", countyId).param("at", now()).param("user", userId)
			.param("name", clip(username, 64)).param("path", scopePath).param("outcome", outcome)
			.param("ip", clip(clientAddress, 64)).param("agent", clip(userAgent, 300))
			.update();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS).withOffsetSameInstant(ZoneOffset.UTC);
	}

	private static String clip(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}
}
