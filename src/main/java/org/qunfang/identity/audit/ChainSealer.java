package org.qunfang.identity.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links newly appended log rows into their chain. Writers only insert; this one sealer (one at a time
 * across nodes, by locking the chain's row) numbers the rows and hashes each onto the previous, so the
 * business writes of the whole county never wait on one another for the log.
 */
@Component
public class ChainSealer {

	private static final int BATCH = 500;

	private final JdbcClient jdbc;
	private final TransactionTemplate tx;

	ChainSealer(JdbcClient jdbc, TransactionTemplate tx) {
		this.jdbc = jdbc;
		this.tx = tx;
	}

	@Scheduled(fixedDelayString = "${qunfang.audit.seal-interval:PT1S}")
	public void sealAll() {
		for (ChainedTable table : ChainedTable.ALL) {
			while (sealBatch(table) == BATCH) {
				// keep going until the backlog is sealed
			}
		}
	}

	int sealBatch(ChainedTable table) {
		Integer sealed = tx.execute(status -> {
			Map<String, Object> head = jdbc.sql("select head_seq, head_hash from audit_chain where name = :n for update")
				.param("n", table.name()).query().singleRow();
			long seq = ((Number) head.get("head_seq")).longValue();
			String hash = (String) head.get("head_hash");
			List<long[]> ids = new ArrayList<>();
			List<String> hashes = new ArrayList<>();
			String sql = "select " + table.columnList() + " from " + table.name()
					+ " where seq is null order by id limit " + BATCH;
			long[] counter = { seq };
			String[] previous = { hash };
			jdbc.sql(sql).query(rs -> {
				counter[0]++;
				previous[0] = ChainHash.of(previous[0], counter[0], rs, table);
				ids.add(new long[] { rs.getLong("id"), counter[0] });
				hashes.add(previous[0]);
			});
			String prev = hash;
			for (int i = 0; i < ids.size(); i++) {
				jdbc.sql("update " + table.name() + " set seq = :seq, prev_hash = :prev, row_hash = :hash where id = :id")
					.param("seq", ids.get(i)[1]).param("prev", prev).param("hash", hashes.get(i))
					.param("id", ids.get(i)[0]).update();
				prev = hashes.get(i);
			}
			if (!ids.isEmpty()) {
				jdbc.sql("update audit_chain set head_seq = :seq, head_hash = :hash where name = :n")
					.param("seq", counter[0]).param("hash", prev).param("n", table.name()).update();
			}
			return ids.size();
		});
		return sealed == null ? 0 : sealed;
	}
}
