package org.qunfang.patrol.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qunfang.patrol.PatrolCompleted;
import org.qunfang.patrol.zones.PatrolZones;
import org.qunfang.support.IntegrationTest;
import org.qunfang.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Patrolling from a phone: starting on duty, checking in once per key, refusals, and who sees a run. */
@RecordApplicationEvents
class PatrolRunsTest extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	PatrolDutiesForTests duties;

	@BeforeEach
	void noPatrolInProgress() {
		duties = new PatrolDutiesForTests(fixtures);
		duties.endOpenRuns("a.patrol");
		duties.endOpenRuns("b.security");
	}

	@Test
	void twentyIdenticalCheckinsRecordOnceAndKeepBothTimes() throws Exception {
		long member = duties.member();
		Instant now = clock.instant();
		long shift = duties.shift(now.minus(Duration.ofMinutes(10)), now.plus(Duration.ofHours(3)), member, fixtures.id("zoneA"));
		WebSession phone = signedIn("a.patrol");
		assertThat(phone.get("/patrol/today").body()).contains("开始巡逻").doesNotContain("临时巡逻");
		assertThat(phone.post("/patrol/runs", Map.of("clientKey", "run-key-twenty-1")).statusCode()).isEqualTo(302);
		long run = jdbc.sql("select id from patrol_run where user_id = :u and client_key = 'run-key-twenty-1'")
			.param("u", fixtures.id("a.patrol")).query(Long.class).single();
		assertThat(jdbc.sql("select shift_id from patrol_run where id = :r").param("r", run).query(Long.class).single())
			.as("the run is on the member's shift").isEqualTo(shift);

		String token = fixtures.checkpointToken("checkpointA");
		HttpResponse<String> page = phone.get("/patrol/c/" + token);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("甲村村口", "确认签到");
		Instant scanned = now.minus(Duration.ofMinutes(7)).truncatedTo(ChronoUnit.SECONDS);
		Map<String, String> form = Map.of("clientKey", "checkin-key-twenty-1", "clientTime", scanned.toString(), "latitude",
				"28.1", "longitude", "112.9", "note", "一切正常");
		ExecutorService pool = Executors.newFixedThreadPool(20);
		List<Future<HttpResponse<String>>> answers = new ArrayList<>();
		try {
			List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				calls.add(() -> phone.post("/patrol/c/" + token, form));
			}
			answers.addAll(pool.invokeAll(calls));
		}
		finally {
			pool.shutdown();
		}
		for (Future<HttpResponse<String>> answer : answers) {
			assertThat(answer.get().statusCode()).isEqualTo(200);
			assertThat(answer.get().body()).contains("已在“甲村村口”签到");
		}
		assertThat(jdbc.sql("select count(*) from patrol_checkin where client_key = 'checkin-key-twenty-1'").query(Long.class)
			.single()).isEqualTo(1);
		Checkin recorded = fixtures.bean(PatrolRuns.class).checkins(fixtures.caller("a.patrol"), run).getFirst();
		assertThat(recorded.clientTime()).as("the phone's time").isEqualTo(scanned);
		assertThat(recorded.receivedAt()).as("the server's receipt time").isBetween(now.minusMillis(1), clock.instant());
		assertThat(recorded.latitude()).isEqualTo(28.1);
		assertThat(recorded.note()).isEqualTo("一切正常");

		for (int i = 0; i < 2; i++) {
			assertThat(phone.upload("/patrol/runs/" + run + "/photos?clientKey=photo-key-twenty-1", "night.png", "image/png",
					org.qunfang.support.Fixtures.png()).statusCode()).isEqualTo(302);
		}
		assertThat(jdbc.sql("select count(*) from patrol_photo where run_id = :r").param("r", run).query(Long.class).single())
			.as("an upload sent twice is stored once").isEqualTo(1);
		fixtures.bean(PatrolRuns.class).end(fixtures.caller("a.patrol"), run, null, "平安");
		assertThat(events.stream(PatrolCompleted.class).filter(e -> e.runId() == run)).singleElement()
			.satisfies(e -> {
				assertThat(e.shiftId()).isEqualTo(shift);
				assertThat(e.orgId()).isEqualTo(fixtures.id("orgA"));
				assertThat(e.checkpointsVisited()).isEqualTo(1);
				assertThat(e.residentId()).isEqualTo(member);
			});
		assertThat(phone.get("/patrol/runs/" + run).body()).contains("已结束", "甲村村口");
	}

	@Test
	void theApiRecordsARetriedCheckinOnce() {
		WebSession phone = signedIn("a.patrol");
		HttpResponse<String> started = phone.json("POST", "/api/v1/patrol/runs", "{\"clientKey\":\"api-run-key-1\"}", Map.of());
		assertThat(started.statusCode()).isEqualTo(201);
		String body = "{\"token\":\"" + fixtures.checkpointToken("checkpointA") + "\",\"clientTime\":\"2026-01-05T12:00:00Z\"}";
		HttpResponse<String> first = phone.json("POST", "/api/v1/patrol/checkins", body, Map.of("Idempotency-Key", "api-checkin-key-1"));
		HttpResponse<String> again = phone.json("POST", "/api/v1/patrol/checkins", body, Map.of("Idempotency-Key", "api-checkin-key-1"));
		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(again.statusCode()).isIn(200, 201);
		assertThat(again.body().replaceAll(".*?\"id\":(\\d+).*", "$1")).isEqualTo(first.body().replaceAll(".*?\"id\":(\\d+).*", "$1"));
		assertThat(jdbc.sql("select count(*) from patrol_checkin where client_key = 'api-checkin-key-1'").query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void forgedAndRevokedCodesAreRefused() {
		WebSession phone = signedIn("a.patrol");
		phone.post("/patrol/runs", Map.of("clientKey", "run-key-forged-1"));
		String token = fixtures.checkpointToken("checkpointA");
		String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
		for (String bad : List.of(forged, "k1." + fixtures.id("checkpointA") + ".1.x", "nonsense")) {
			HttpResponse<String> page = phone.get("/patrol/c/" + bad);
			assertThat(page.statusCode()).as(bad).isEqualTo(404);
			assertThat(page.body()).contains("这个二维码无效或已作废").doesNotContain("甲村村口");
			assertThat(phone.post("/patrol/c/" + bad, Map.of("clientKey", "forged-key-0001")).statusCode()).isEqualTo(404);
		}
		PatrolZones zones = fixtures.bean(PatrolZones.class);
		var zone = zones.zone(fixtures.caller("a.security"), fixtures.id("zoneA"));
		long second = zones.insertCheckpoint(zone, "甲村晒谷场" + System.nanoTime(), null, null);
		String old = zones.token(zones.checkpoint(fixtures.caller("a.security"), second));
		assertThat(phone.get("/patrol/c/" + old).statusCode()).isEqualTo(200);
		zones.revokeCodes(fixtures.caller("a.security"), second);
		assertThat(phone.get("/patrol/c/" + old).statusCode()).isEqualTo(404);
		assertThat(jdbc.sql("select count(*) from patrol_checkin where client_key = 'forged-key-0001'").query(Long.class).single())
			.isZero();
	}

	@Test
	void aCheckinWithoutAPatrolInProgressIsRefusedWithAClearMessage() {
		WebSession phone = signedIn("a.patrol");
		String token = fixtures.checkpointToken("checkpointA");
		HttpResponse<String> page = phone.get("/patrol/c/" + token);
		assertThat(page.body()).contains("您现在不在巡逻中", "去开始巡逻").doesNotContain("确认签到");
		HttpResponse<String> posted = phone.post("/patrol/c/" + token, Map.of("clientKey", "not-on-duty-key-1"));
		assertThat(posted.statusCode()).isEqualTo(422);
		assertThat(posted.body()).contains("您现在不在巡逻中");
		HttpResponse<String> api = phone.json("POST", "/api/v1/patrol/checkins",
				"{\"token\":\"" + token + "\",\"clientKey\":\"not-on-duty-key-2\"}", Map.of());
		assertThat(api.statusCode()).isEqualTo(422);
		assertThat(api.body()).contains("您现在不在巡逻中");
		WebSession director = signedIn("a.director");
		assertThat(director.get("/patrol/c/" + token).body()).contains("您的账户不参加巡逻签到");
		assertThat(director.post("/patrol/c/" + token, Map.of("clientKey", "not-on-duty-key-3")).statusCode()).isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from patrol_checkin where client_key like 'not-on-duty-key-%'").query(Long.class)
			.single()).isZero();
	}

	@Test
	void anotherVillagesRunIsInvisibleAndItsCheckpointsRefused() {
		long runA = fixtures.id("runA");
		WebSession director = signedIn("b.director");
		assertThat(director.get("/patrol/runs/" + runA).statusCode()).isEqualTo(404);
		assertThat(director.json("GET", "/api/v1/patrol/runs/" + runA, null, Map.of()).statusCode()).isEqualTo(404);
		assertThat(director.get("/patrol/runs").body()).doesNotContain("甲村");
		assertThat(signedIn("a.director").get("/patrol/runs/" + runA).body()).contains("甲村村口");

		WebSession guard = signedIn("b.security");
		guard.post("/patrol/runs", Map.of("clientKey", "run-key-village-b-1"));
		HttpResponse<String> refused = guard.post("/patrol/c/" + fixtures.checkpointToken("checkpointA"),
				Map.of("clientKey", "village-b-key-1"));
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("不在您正在巡逻的村");
		assertThat(guard.post("/patrol/runs/" + runA + "/end", Map.of()).statusCode()).isEqualTo(404);
	}
}
