package org.qunfang.platform.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The table of idempotency keys. A key is claimed by inserting its row inside the transaction that
 * does the work, so the claim, the write and the remembered answer commit together or not at all, and
 * a concurrent duplicate waits on the row until the first request has finished.
 */
@Component
class IdempotencyStore {

	private final JdbcClient jdbc;
	private final Clock clock;
	private final boolean postgres;
	private final org.qunfang.platform.crypto.PersonalDataCipher cipher;

	IdempotencyStore(JdbcClient jdbc, Clock clock, DataSource dataSource,
			org.qunfang.platform.crypto.PersonalDataCipher cipher) throws Exception {
		this.jdbc = jdbc;
		this.clock = clock;
		this.cipher = cipher;
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, m -> m.getDatabaseProductName());
		this.postgres = product.toLowerCase().contains("postgres");
	}

	/**
	 * Claims the key inside the current transaction; throws a data access exception if it is taken. On
	 * PostgreSQL the wait for a key held by a running request is bounded by {@code wait} (for this
	 * statement only); H2 bounds it by its own lock timeout.
	 */
	void claim(String owner, String key, String requestHash, Duration wait) {
		String previous = null;
		if (postgres) {
			previous = jdbc.sql("select current_setting('lock_timeout')").query(String.class).single();
			jdbc.sql("select set_config('lock_timeout', :t, true)").param("t", wait.toMillis() + "ms").query().singleValue();
		}
		jdbc.sql("""
				insert into idempotency_record (owner, idem_key, request_hash, completed, created_at)
				values (:owner, :key, :hash, false, :now)""")
			.param("owner", owner).param("key", key).param("hash", requestHash)
			.param("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
			.update();
		if (postgres) {
			jdbc.sql("select set_config('lock_timeout', :t, true)").param("t", previous).query().singleValue();
		}
	}

	/**
	 * Records the answer in the current transaction, which then commits together with the work. The body
	 * is kept encrypted (it may hold personal data or a suggestion's tracking code) until the key expires.
	 */
	void complete(String owner, String key, int status, String contentType, byte[] body) {
		jdbc.sql("""
				update idempotency_record set completed = true, response_status = :status,
				  response_type = :type, response_body = :body where owner = :owner and idem_key = :key""")
			.param("status", status).param("type", contentType).param("body", seal(body))
			.param("owner", owner).param("key", key)
			.update();
	}

	Optional<IdempotencyRecord> find(String owner, String key) {
		return jdbc.sql("""
				select request_hash, completed, response_status, response_type, response_body
				from idempotency_record where owner = :owner and idem_key = :key""")
			.param("owner", owner).param("key", key)
			.query((rs, n) -> new IdempotencyRecord(rs.getString(1), rs.getBoolean(2), rs.getInt(3),
					rs.getString(4), open(rs.getBytes(5))))
			.optional();
	}

	private byte[] seal(byte[] body) {
		return body == null ? null
				: cipher.encrypt(java.util.Base64.getEncoder().encodeToString(body)).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
	}

	private byte[] open(byte[] sealed) {
		return sealed == null ? null
				: java.util.Base64.getDecoder().decode(cipher.decrypt(new String(sealed, java.nio.charset.StandardCharsets.US_ASCII)));
	}

	/** Keys are remembered for a day; a retry later than that is a new request. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void forgetOldKeys() {
		jdbc.sql("delete from idempotency_record where created_at < :cutoff")
			.param("cutoff", OffsetDateTime.now(clock).minusDays(1).withOffsetSameInstant(ZoneOffset.UTC))
			.update();
	}
}
