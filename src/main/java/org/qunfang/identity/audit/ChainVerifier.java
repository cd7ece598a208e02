package org.qunfang.identity.audit;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walks a chain from its anchor (where purging left it) to its head and recomputes every hash. An
 * altered row breaks its own hash; a removed row leaves a gap in the numbering; rows put in another
 * order no longer link to their predecessors; rows cut from the end no longer reach the recorded head.
 * It only reads: the chain's row is locked for the walk, so the sealer and the purge wait and the walk
 * sees one consistent chain. Rows appended but not sealed yet are counted, not judged.
 */
@Component
public class ChainVerifier {

	private final JdbcClient jdbc;
	private final TransactionTemplate tx;

	ChainVerifier(JdbcClient jdbc, TransactionTemplate tx) {
		this.jdbc = jdbc;
		this.tx = tx;
	}

	public List<ChainVerification> verifyAll() {
		return ChainedTable.ALL.stream().map(t -> tx.execute(status -> verify(t))).toList();
	}

	ChainVerification verify(ChainedTable table) {
		Map<String, Object> chain = jdbc.sql("select anchor_seq, anchor_hash, head_seq, head_hash from audit_chain"
				+ " where name = :n for update")
			.param("n", table.name()).query().singleRow();
		long anchorSeq = ((Number) chain.get("anchor_seq")).longValue();
		long headSeq = ((Number) chain.get("head_seq")).longValue();
		String headHash = (String) chain.get("head_hash");
		Walk walk = new Walk(anchorSeq, (String) chain.get("anchor_hash"));
		jdbc.sql("select seq, prev_hash, row_hash, " + table.columnList() + " from " + table.name()
				+ " where seq > :anchor and seq <= :head order by seq")
			.param("anchor", anchorSeq).param("head", headSeq)
			.query(rs -> {
				if (walk.problem != null) {
					return;
				}
				long seq = rs.getLong("seq");
				if (seq != walk.lastSeq + 1) {
					walk.fail(walk.lastSeq + 1, "missing");
					return;
				}
				if (!walk.lastHash.equals(rs.getString("prev_hash"))) {
					walk.fail(seq, "reordered");
					return;
				}
				String recomputed = ChainHash.of(walk.lastHash, seq, rs, table);
				if (!recomputed.equals(rs.getString("row_hash"))) {
					walk.fail(seq, "altered");
					return;
				}
				walk.lastSeq = seq;
				walk.lastHash = recomputed;
				walk.rows++;
			});
		long unsealed = jdbc.sql("select count(*) from " + table.name() + " where seq is null").query(Long.class).single();
		Long stray = jdbc.sql("select min(seq) from " + table.name() + " where seq > :head or seq <= :anchor")
			.param("head", headSeq).param("anchor", anchorSeq).query(Long.class).list().stream()
			.filter(java.util.Objects::nonNull).findFirst().orElse(null);
		if (walk.problem == null && stray != null) {
			return ChainVerification.broken(table.name(), walk.rows, unsealed, stray, "unexpected");
		}
		if (walk.problem != null) {
			return ChainVerification.broken(table.name(), walk.rows, unsealed, walk.brokenAt, walk.problem);
		}
		if (walk.lastSeq != headSeq || !walk.lastHash.equals(headHash)) {
			return ChainVerification.broken(table.name(), walk.rows, unsealed, walk.lastSeq + 1, "truncated");
		}
		return ChainVerification.intact(table.name(), walk.rows, unsealed);
	}

	private static final class Walk {

		long lastSeq;
		String lastHash;
		long rows;
		long brokenAt;
		String problem;

		Walk(long anchorSeq, String anchorHash) {
			this.lastSeq = anchorSeq;
			this.lastHash = anchorHash;
		}

		void fail(long seq, String kind) {
			this.brokenAt = seq;
			this.problem = kind;
		}
	}
}
