package org.qunfang.disclosure.publication;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.qunfang.disclosure.log.Checkpoint;
import org.qunfang.organization.AdminUnit;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The county's log of published statements in the database (日志): its row, its leaves and every checkpoint
 * the county signed. The only writer of those tables. Leaves and checkpoints are only inserted, and only
 * while the log's row is locked, so that publications in a county take their indexes one after another.
 */
@Component
class LogStore {

	/** A county's log: its name (origin), its key's name, the generated key if any, and its size. */
	record LogRow(long countyId, String origin, String keyName, String generatedKey, long treeSize) {
	}

	/** A checkpoint as stored: the signed note and the verifier key it was signed for. */
	record StoredCheckpoint(long size, byte[] rootHash, String signedNote, String verifierKey, Instant signedAt) {
	}

	private static final Base64.Encoder B64 = Base64.getEncoder();
	private static final Base64.Decoder B64_DECODE = Base64.getDecoder();

	private final JdbcClient jdbc;
	private final TransactionTemplate separate;
	private final Clock clock;

	LogStore(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The county's log, if it has published anything. */
	Optional<LogRow> find(long countyId) {
		return jdbc.sql("select * from disclosure_log where county_id = :c").param("c", countyId).query(LogRow.class)
			.optional();
	}

	/**
	 * The county's log, locked until the transaction ends. A county's first publication makes the row, in a
	 * transaction of its own, so that two first publications at once make it once and then queue on it.
	 */
	LogRow lock(AdminUnit county) {
		if (find(county.id()).isEmpty()) {
			String keyName = keyName(county);
			try {
				separate.executeWithoutResult(s -> jdbc.sql("""
						insert into disclosure_log (county_id, origin, key_name, tree_size, created_at)
						values (:c, :origin, :key, 0, :at)""").param("c", county.id()).param("origin", keyName + "/statements")
					.param("key", keyName).param("at", clock.instant().atOffset(ZoneOffset.UTC))
					.update());
			}
			catch (DuplicateKeyException madeMeanwhile) {
				// another publication made it first; lock theirs
			}
		}
		return jdbc.sql("select * from disclosure_log where county_id = :c for update").param("c", county.id())
			.query(LogRow.class).single();
	}

	/** Keeps the key generated for a log that has no configured one (its seed, encrypted); the log is locked. */
	void keepGeneratedKey(long countyId, String encryptedSeed) {
		jdbc.sql("update disclosure_log set generated_key = :k where county_id = :c").param("k", encryptedSeed)
			.param("c", countyId).update();
	}

	/** Appends a statement's leaf at the end of the locked log; answers the new size. */
	long append(LogRow log, long statementId, byte[] leafHash) {
		jdbc.sql("insert into disclosure_leaf (county_id, leaf_index, leaf_hash, statement_id) values (:c, :i, :h, :s)")
			.param("c", log.countyId()).param("i", log.treeSize()).param("h", B64.encodeToString(leafHash))
			.param("s", statementId).update();
		jdbc.sql("update disclosure_log set tree_size = :n where county_id = :c").param("n", log.treeSize() + 1)
			.param("c", log.countyId()).update();
		return log.treeSize() + 1;
	}

	/** The hashes of the county's leaves, in index order. */
	List<byte[]> leafHashes(long countyId) {
		return jdbc.sql("select leaf_hash from disclosure_leaf where county_id = :c order by leaf_index")
			.param("c", countyId).query((rs, n) -> B64_DECODE.decode(rs.getString(1))).list();
	}

	void saveCheckpoint(long countyId, Checkpoint checkpoint, String signedNote, String verifierKey) {
		jdbc.sql("""
				insert into disclosure_checkpoint (county_id, tree_size, root_hash, signed_note, verifier_key, signed_at)
				values (:c, :n, :root, :note, :key, :at)""").param("c", countyId).param("n", checkpoint.size())
			.param("root", B64.encodeToString(checkpoint.rootHash())).param("note", signedNote).param("key", verifierKey)
			.param("at", clock.instant().atOffset(ZoneOffset.UTC)).update();
	}

	/** The checkpoint of the largest size the county signed. */
	Optional<StoredCheckpoint> latest(long countyId) {
		return checkpoints(countyId, "tree_size = (select max(tree_size) from disclosure_checkpoint where county_id = :c)", 0);
	}

	/** The checkpoint the county signed at that size, if any. */
	Optional<StoredCheckpoint> checkpoint(long countyId, long size) {
		return checkpoints(countyId, "tree_size = :n", size);
	}

	private Optional<StoredCheckpoint> checkpoints(long countyId, String condition, long size) {
		var sql = jdbc.sql("select * from disclosure_checkpoint where county_id = :c and " + condition).param("c", countyId);
		if (condition.contains(":n")) {
			sql = sql.param("n", size);
		}
		return sql.query((rs, n) -> new StoredCheckpoint(rs.getLong("tree_size"), B64_DECODE.decode(rs.getString("root_hash")),
				rs.getString("signed_note"), rs.getString("verifier_key"),
				rs.getObject("signed_at", OffsetDateTime.class).toInstant())).optional();
	}

	/**
	 * The name of the county's key and log: {@code qunfang-} and the county's code, with anything but
	 * letters, digits, dots and dashes made a dash (a key name has no space and no plus sign).
	 */
	static String keyName(AdminUnit county) {
		String code = county.code() == null ? "" : county.code().replaceAll("[^A-Za-z0-9.-]", "-");
		return "qunfang-" + (code.replace("-", "").isEmpty() ? Long.toString(county.id()) : code);
	}
}
