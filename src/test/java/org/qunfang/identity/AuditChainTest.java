package org.qunfang.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qunfang.identity.audit.AuditRetention;
import org.qunfang.identity.audit.AuditWriter;
import org.qunfang.identity.audit.ChainSealer;
import org.qunfang.identity.audit.ChainVerification;
import org.qunfang.identity.audit.ChainVerifier;
import org.qunfang.identity.audit.OperationEntry;
import org.qunfang.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The operation and login logs detect altered, removed and reordered rows, and survive purging. */
class AuditChainTest extends IntegrationTest {

	@Autowired
	AuditWriter writer;

	@Autowired
	ChainSealer sealer;

	@Autowired
	ChainVerifier verifier;

	@Autowired
	AuditRetention retention;

	@Autowired
	JdbcClient jdbc;

	@Test
	void intactChainsVerify() {
		write(5, "intact");
		assertThat(verifier.verifyAll()).allSatisfy(r -> assertThat(r.intact()).as(r.toString()).isTrue());
		assertThat(operations().checkedRows()).isGreaterThanOrEqualTo(5);
	}

	@Test
	void alteredRowIsDetected() {
		long seq = write(3, "alter").get(1);
		String original = jdbc.sql("select detail from operation_log where seq = :s").param("s", seq).query(String.class).single();
		jdbc.sql("update operation_log set detail = 'forged' where seq = :s").param("s", seq).update();
		try {
			ChainVerification result = operations();
			assertThat(result.intact()).isFalse();
			assertThat(result.problem()).isEqualTo("altered");
			assertThat(result.brokenAtSeq()).isEqualTo(seq);
		}
		finally {
			jdbc.sql("update operation_log set detail = :d where seq = :s").param("d", original).param("s", seq).update();
		}
		assertThat(operations().intact()).isTrue();
	}

	@Test
	void alteredTimestampIsDetected() {
		long seq = write(2, "time").get(0);
		jdbc.sql("update operation_log set occurred_at = occurred_at - interval '1' hour where seq = :s").param("s", seq).update();
		try {
			assertThat(operations().problem()).isEqualTo("altered");
		}
		finally {
			jdbc.sql("update operation_log set occurred_at = occurred_at + interval '1' hour where seq = :s").param("s", seq).update();
		}
		assertThat(operations().intact()).isTrue();
	}

	@Test
	void removedRowIsDetected() {
		long seq = write(3, "remove").get(1);
		Map<String, Object> row = jdbc.sql("select * from operation_log where seq = :s").param("s", seq).query().singleRow();
		jdbc.sql("delete from operation_log where seq = :s").param("s", seq).update();
		try {
			ChainVerification result = operations();
			assertThat(result.intact()).isFalse();
			assertThat(result.problem()).isEqualTo("missing");
			assertThat(result.brokenAtSeq()).isEqualTo(seq);
		}
		finally {
			StringBuilder columns = new StringBuilder();
			StringBuilder values = new StringBuilder();
			row.keySet().forEach(k -> {
				columns.append(columns.isEmpty() ? "" : ", ").append(k);
				values.append(values.isEmpty() ? "" : ", ").append(':').append(k);
			});
			jdbc.sql("insert into operation_log (" + columns + ") values (" + values + ")").params(row).update();
		}
		assertThat(operations().intact()).isTrue();
	}

	@Test
	void reorderedRowsAreDetected() {
		List<Long> seqs = write(3, "reorder");
		long first = seqs.get(0);
		long second = seqs.get(1);
		swap(first, second);
		try {
			ChainVerification result = operations();
			assertThat(result.intact()).isFalse();
			assertThat(result.problem()).isIn("reordered", "altered");
			assertThat(result.brokenAtSeq()).isEqualTo(first);
		}
		finally {
			swap(first, second);
		}
		assertThat(operations().intact()).isTrue();
	}

	@Test
	void rowsCutFromTheEndAreDetected() {
		long last = write(2, "tail").get(1);
		Map<String, Object> row = jdbc.sql("select * from operation_log where seq = :s").param("s", last).query().singleRow();
		jdbc.sql("delete from operation_log where seq = :s").param("s", last).update();
		try {
			assertThat(operations().problem()).isEqualTo("truncated");
		}
		finally {
			jdbc.sql("insert into operation_log (" + String.join(", ", row.keySet()) + ") values ("
					+ String.join(", ", row.keySet().stream().map(k -> ":" + k).toList()) + ")").params(row).update();
		}
		assertThat(operations().intact()).isTrue();
	}

	@Test
	void aRowPlantedAfterTheHeadIsDetected() {
		long last = write(1, "planted").get(0);
		Map<String, Object> row = new java.util.LinkedHashMap<>(
				jdbc.sql("select * from operation_log where seq = :s").param("s", last).query().singleRow());
		row.put("id", ((Number) row.get("id")).longValue() + 1_000_000);
		row.put("seq", last + 1000);
		jdbc.sql("insert into operation_log (" + String.join(", ", row.keySet()) + ") values ("
				+ String.join(", ", row.keySet().stream().map(k -> ":" + k).toList()) + ")").params(row).update();
		try {
			assertThat(operations().problem()).isEqualTo("unexpected");
		}
		finally {
			jdbc.sql("delete from operation_log where seq = :s").param("s", last + 1000).update();
		}
		assertThat(operations().intact()).isTrue();
	}

	@Test
	void alteredLoginRowIsDetected() {
		browser().login("b.director", "wrong-password-9");
		sealer.sealAll();
		long seq = jdbc.sql("select max(seq) from login_log").query(Long.class).single();
		jdbc.sql("update login_log set outcome = 'SUCCESS' where seq = :s").param("s", seq).update();
		try {
			assertThat(verifier.verifyAll().stream().filter(r -> r.chain().equals("login_log")).findFirst().orElseThrow()
				.problem()).isEqualTo("altered");
		}
		finally {
			jdbc.sql("update login_log set outcome = 'BAD_CREDENTIALS' where seq = :s").param("s", seq).update();
		}
	}

	@Test
	void purgeRemovesOnlyWhatIsOlderThanTheRetentionAndVerificationStillPasses() {
		List<Long> old = write(3, "old");
		clock.advance(Duration.ofDays(401));
		List<Long> recent = write(3, "recent");
		retention.purgeExpired();

		assertThat(jdbc.sql("select count(*) from operation_log where seq in (:s)").param("s", old).query(Long.class).single())
			.isZero();
		assertThat(jdbc.sql("select count(*) from operation_log where seq in (:s)").param("s", recent).query(Long.class).single())
			.isEqualTo(3);
		assertThat(jdbc.sql("select anchor_seq from audit_chain where name = 'operation_log'").query(Long.class).single())
			.isEqualTo(recent.get(0) - 1);
		assertThat(verifier.verifyAll()).allSatisfy(r -> assertThat(r.intact()).as(r.toString()).isTrue());
	}

	@Test
	void retentionBelow180DaysIsRefusedAtStart() {
		assertThatThrownBy(() -> new AuditRetentionProbe().make(Duration.ofDays(179)))
			.hasMessageContaining("at least 180 days");
	}

	/** Builds the retention component with a chosen retention, as configuration would. */
	static class AuditRetentionProbe {

		void make(Duration retention) throws Exception {
			var constructor = AuditRetention.class.getDeclaredConstructors()[0];
			constructor.setAccessible(true);
			try {
				constructor.newInstance(null, null, null, retention);
			}
			catch (java.lang.reflect.InvocationTargetException e) {
				throw (Exception) e.getCause();
			}
		}
	}

	private ChainVerification operations() {
		return verifier.verifyAll().stream().filter(r -> r.chain().equals("operation_log")).findFirst().orElseThrow();
	}

	private List<Long> write(int count, String marker) {
		for (int i = 0; i < count; i++) {
			writer.operation(new OperationEntry(fixtures.id("county"), null, "test", "test." + marker, "thing",
					marker + i, "/" + fixtures.id("county") + "/", OperationEntry.Outcome.SUCCESS, marker + " " + i,
					"127.0.0.1"));
		}
		sealer.sealAll();
		return jdbc.sql("select seq from operation_log where action = :a order by seq").param("a", "test." + marker)
			.query(Long.class).list().stream().skip(0).toList().subList(0, count);
	}

	private void swap(long a, long b) {
		jdbc.sql("update operation_log set seq = -1 where seq = :a").param("a", a).update();
		jdbc.sql("update operation_log set seq = :a where seq = :b").param("a", a).param("b", b).update();
		jdbc.sql("update operation_log set seq = :b where seq = -1").param("b", b).update();
	}
}
