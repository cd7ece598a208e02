package org.qunfang.identity.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes log rows older than the retention ({@code qunfang.audit.retention}, at least 180 days). Only a
 * run of the oldest sealed rows is removed, and the chain's anchor moves to the last removed row, so
 * verification of what remains still passes.
 */
@Component
public class AuditRetention {

	public static final Duration MINIMUM = Duration.ofDays(180);
	private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

	private final JdbcClient jdbc;
	private final TransactionTemplate tx;
	private final Clock clock;
	private final Duration retention;

	AuditRetention(JdbcClient jdbc, TransactionTemplate tx, Clock clock,
			@Value("${qunfang.audit.retention:P400D}") Duration retention) {
		if (retention.compareTo(MINIMUM) < 0) {
			throw new IllegalStateException("qunfang.audit.retention must be at least 180 days, is " + retention);
		}
		this.jdbc = jdbc;
		this.tx = tx;
		this.clock = clock;
		this.retention = retention;
	}

	@Scheduled(cron = "${qunfang.audit.purge-cron:0 30 3 * * *}", zone = "${qunfang.zone:Asia/Shanghai}")
	public void purgeExpired() {
		OffsetDateTime cutoff = OffsetDateTime.now(clock).minus(retention).withOffsetSameInstant(ZoneOffset.UTC);
		for (ChainedTable table : ChainedTable.ALL) {
			long removed = purge(table, cutoff);
			if (removed > 0) {
				log.info("Removed {} rows older than {} from {}", removed, cutoff, table.name());
			}
		}
	}

	long purge(ChainedTable table, OffsetDateTime cutoff) {
		Long removed = tx.execute(status -> {
			Map<String, Object> chain = jdbc.sql("select anchor_seq from audit_chain where name = :n for update")
				.param("n", table.name()).query().singleRow();
			long anchor = ((Number) chain.get("anchor_seq")).longValue();
			Long firstKept = jdbc.sql("select min(seq) from " + table.name()
					+ " where seq is not null and occurred_at >= :cutoff").param("cutoff", cutoff)
				.query(Long.class).list().stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
			Long lastOld = jdbc.sql("select max(seq) from " + table.name()
					+ " where seq is not null and occurred_at < :cutoff").param("cutoff", cutoff)
				.query(Long.class).list().stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
			if (lastOld == null || lastOld <= anchor) {
				return 0L;
			}
			long upTo = firstKept == null ? lastOld : Math.min(lastOld, firstKept - 1);
			if (upTo <= anchor) {
				return 0L;
			}
			String anchorHash = jdbc.sql("select row_hash from " + table.name() + " where seq = :s").param("s", upTo)
				.query(String.class).single();
			long count = jdbc.sql("delete from " + table.name() + " where seq <= :s").param("s", upTo).update();
			jdbc.sql("update audit_chain set anchor_seq = :s, anchor_hash = :h where name = :n")
				.param("s", upTo).param("h", anchorHash).param("n", table.name()).update();
			return count;
		});
		return removed == null ? 0 : removed;
	}
}
