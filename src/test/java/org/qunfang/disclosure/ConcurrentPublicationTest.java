package org.qunfang.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.qunfang.disclosure.log.Checkpoint;
import org.qunfang.disclosure.log.MerkleLog;
import org.qunfang.disclosure.log.VerifierKey;
import org.qunfang.disclosure.publication.Period;
import org.qunfang.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Villages of a county publish at the same moment: each statement gets an index of its own, the indexes
 * follow one another without a gap, and every checkpoint signed meanwhile is the root of the leaves before
 * it, signed by the county and extended by the latest — the log never forks.
 */
class ConcurrentPublicationTest extends IntegrationTest {

	private static final int VILLAGES = 8;

	@Autowired
	JdbcClient jdbc;

	@Test
	void publicationsAtOnceGetDistinctIndexesAndConsistentCheckpoints() throws Exception {
		Township township = new Township(fixtures, clock);
		List<Township.Village> villages = new ArrayList<>();
		List<Period> periods = new ArrayList<>();
		for (int i = 0; i < VILLAGES; i++) {
			Township.Village v = township.village("并发村" + i);
			villages.add(v);
			periods.add(township.bookMonth(v, 2, 10_000 + i, 0, null));
		}
		long county = fixtures.id("county");
		long sizeBefore = size(county);
		ExecutorService pool = Executors.newFixedThreadPool(VILLAGES);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Long>> published = new ArrayList<>();
		for (int i = 0; i < VILLAGES; i++) {
			Township.Village v = villages.get(i);
			Period period = periods.get(i);
			published.add(pool.submit(() -> {
				start.await();
				return township.publish(v, period);
			}));
		}
		start.countDown();
		List<Long> ids = new ArrayList<>();
		for (Future<Long> f : published) {
			ids.add(f.get(60, TimeUnit.SECONDS));
		}
		pool.shutdown();

		List<Long> indexes = ids.stream().map(id -> jdbc.sql("select leaf_index from disclosure_statement where id = :id")
			.param("id", id).query(Long.class).single()).sorted().toList();
		assertThat(indexes).doesNotHaveDuplicates().hasSize(VILLAGES);
		assertThat(indexes.get(0)).isGreaterThanOrEqualTo(sizeBefore);
		assertThat(indexes.get(VILLAGES - 1) - indexes.get(0)).as("one after another").isEqualTo(VILLAGES - 1);

		List<byte[]> leaves = jdbc.sql("select leaf_hash from disclosure_leaf where county_id = :c order by leaf_index")
			.param("c", county).query((rs, n) -> Base64.getDecoder().decode(rs.getString(1))).list();
		VerifierKey key = VerifierKey.parse(jdbc.sql("select verifier_key from disclosure_checkpoint where county_id = :c"
				+ " and tree_size = :n").param("c", county).param("n", leaves.size()).query(String.class).single());
		List<String> notes = jdbc.sql("select signed_note from disclosure_checkpoint where county_id = :c order by tree_size")
			.param("c", county).query(String.class).list();
		assertThat(notes).as("a checkpoint for every size").hasSize(leaves.size());
		Checkpoint latest = Checkpoint.parseAndVerify(notes.get(notes.size() - 1), key);
		for (String note : notes) {
			Checkpoint checkpoint = Checkpoint.parseAndVerify(note, key);
			assertThat(checkpoint.rootHash()).isEqualTo(MerkleLog.rootHash(leaves, checkpoint.size()));
			latest.verifyExtends(checkpoint, MerkleLog.consistencyProof(leaves, checkpoint.size(), latest.size()));
		}
		for (long id : ids) {
			String text = jdbc.sql("select statement_text from disclosure_statement where id = :id").param("id", id)
				.query(String.class).single();
			long index = jdbc.sql("select leaf_index from disclosure_statement where id = :id").param("id", id)
				.query(Long.class).single();
			assertThat(latest.includes(MerkleLog.leafHash(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), index,
					MerkleLog.inclusionProof(leaves, index, latest.size()))).isTrue();
		}
	}

	private long size(long county) {
		return jdbc.sql("select coalesce(max(tree_size), 0) from disclosure_log where county_id = :c").param("c", county)
			.query(Long.class).single();
	}
}
