package org.qunfang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.qunfang.support.IntegrationTest;
import org.qunfang.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code Idempotency-Key}: retries write once and get the first answer; a reused key is refused. */
class IdempotencyTest extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void twentyParallelIdenticalRequestsWriteOnceAndAllGetTheSameAnswer() throws Exception {
		WebSession session = signedIn("a.director");
		session.csrf();
		String key = UUID.randomUUID().toString();
		String body = "{\"name\":\"parallel-" + key.substring(0, 8) + "\",\"validDays\":10}";
		ExecutorService pool = Executors.newFixedThreadPool(20);
		List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			calls.add(() -> session.json("POST", "/api/v1/tokens", body, Map.of("Idempotency-Key", key)));
		}
		List<HttpResponse<String>> answers = new ArrayList<>();
		for (Future<HttpResponse<String>> f : pool.invokeAll(calls)) {
			answers.add(f.get());
		}
		pool.shutdown();

		assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).isEqualTo(201));
		assertThat(answers.stream().map(HttpResponse::body).distinct()).hasSize(1);
		assertThat(answers.stream().filter(a -> a.headers().firstValue("Idempotent-Replayed").isPresent())).hasSize(19);
		assertThat(jdbc.sql("select count(*) from access_token where name = :n").param("n", "parallel-" + key.substring(0, 8))
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void sameKeyWithAnotherBodyIsRefusedWith422() {
		WebSession session = signedIn("a.director");
		String key = UUID.randomUUID().toString();
		HttpResponse<String> first = session.json("POST", "/api/v1/tokens", "{\"name\":\"first-body\"}",
				Map.of("Idempotency-Key", key));
		assertThat(first.statusCode()).isEqualTo(201);
		HttpResponse<String> other = session.json("POST", "/api/v1/tokens", "{\"name\":\"other-body\"}",
				Map.of("Idempotency-Key", key));
		assertThat(other.statusCode()).isEqualTo(422);
		assertThat(other.body()).contains("已用于另一个不同的请求");
		assertThat(jdbc.sql("select count(*) from access_token where name = 'other-body'").query(Long.class).single()).isZero();
	}

	@Test
	void refusedRequestIsNotRememberedAndMayBeSentAgain() {
		WebSession session = signedIn("a.director");
		String key = UUID.randomUUID().toString();
		HttpResponse<String> invalid = session.json("POST", "/api/v1/tokens", "{\"name\":\"\"}", Map.of("Idempotency-Key", key));
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(jdbc.sql("select count(*) from idempotency_record where idem_key = :k").param("k", key)
			.query(Long.class).single()).isZero();
	}

	@Test
	void duplicateWhileTheFirstIsStillRunningGets409() throws Exception {
		WebSession session = signedIn("a.director");
		session.csrf();
		String key = UUID.randomUUID().toString();
		try (Connection holder = dataSource.getConnection()) {
			holder.setAutoCommit(false);
			try (var insert = holder.prepareStatement("insert into idempotency_record (owner, idem_key, request_hash,"
					+ " completed, created_at) values (?, ?, 'x', false, ?)")) {
				insert.setString(1, "a.director");
				insert.setString(2, key);
				insert.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
				insert.executeUpdate();
			}
			HttpResponse<String> duplicate = session.json("POST", "/api/v1/tokens", "{\"name\":\"held\"}",
					Map.of("Idempotency-Key", key));
			assertThat(duplicate.statusCode()).isEqualTo(409);
			assertThat(duplicate.body()).contains("仍在处理中");
			holder.rollback();
		}
		assertThat(jdbc.sql("select count(*) from access_token where name = 'held'").query(Long.class).single()).isZero();
	}
}
