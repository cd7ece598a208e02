package org.qunfang.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qunfang.cases.suggestion.NewSuggestion;
import org.qunfang.cases.suggestion.SuggestionEscalation;
import org.qunfang.cases.suggestion.SuggestionIntake;
import org.qunfang.identity.ScopeDirectory;
import org.qunfang.platform.publicform.RateLimits;
import org.qunfang.support.IntegrationTest;
import org.qunfang.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The owning organization's side of the suggestion book: replying, honest outcomes, reopening by the
 * submitter, escalation of overdue replies to the township (with a clock the test moves), the register
 * with its Excel export and monthly counts, and the API with idempotent submissions.
 */
class SuggestionBookTest extends IntegrationTest {

	@Autowired
	org.qunfang.platform.crypto.PersonalDataCipher cipher;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SuggestionIntake intake;

	@Autowired
	SuggestionEscalation escalation;

	@Autowired
	RateLimits limits;

	@Autowired
	ScopeDirectory places;

	@BeforeEach
	void forgetCounts() {
		limits.clear();
	}

	@Test
	void theOwnerRepliesClosesWithAReasonAndTheSubmitterReopens() {
		long village = fixtures.id("A");
		String code = SuggestionPages.code(SuggestionPages.write(browser(), village, "SUGGESTION", "村委会门前的排水沟堵了。"));
		long id = idOf(code);
		assertThat(jdbc.sql("select owner_name from suggestion where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("甲村治保会");
		WebSession villager = browser();
		assertThat(villager.post("/public/suggestions/reopen", Map.of("code", code, "reason", "还没人管")).body())
			.as("not answered yet").contains("还没有答复，不能重新提出");

		WebSession director = signedIn("a.director");
		director.get("/suggestions/" + id);
		HttpResponse<String> replied = director.post("/suggestions/" + id + "/reply", Map.of("reply", "已安排人疏通，三天内完成。"));
		assertThat(replied.statusCode()).isEqualTo(302);
		HttpResponse<String> noReason = director.post("/suggestions/" + id + "/close", Map.of("reason", " "));
		assertThat(noReason.body()).contains("“未解决的原因”不能为空");
		assertThat(status(id)).isEqualTo("ANSWERED");
		director.post("/suggestions/" + id + "/close", Map.of("reason", "排水沟属县公路段管理，已报乡镇协调。"));
		assertThat(status(id)).isEqualTo("CLOSED_UNRESOLVED");

		String seen = SuggestionPages.lookup(villager, code).body();
		assertThat(seen).contains("已安排人疏通").contains("已关闭（未解决）").contains("排水沟属县公路段管理").contains("reopen-form");
		assertThat(browser().get("/public/villages/" + village).body()).contains("村委会门前的排水沟堵了。")
			.contains("排水沟属县公路段管理");

		assertThat(villager.post("/public/suggestions/reopen", Map.of("code", code, "reason", "")).body())
			.contains("“重新提出的理由”不能为空");
		clock.advance(Duration.ofDays(3));
		HttpResponse<String> reopened = villager.post("/public/suggestions/reopen", Map.of("code", code, "reason", "又堵了。"));
		assertThat(reopened.body()).contains("已重新提出").contains("重新提出，待答复");
		assertThat(status(id)).isEqualTo("REOPENED");
		Instant due = jdbc.sql("select due_at from suggestion where id = :id").param("id", id).query(OffsetDateTime.class)
			.single().toInstant();
		assertThat(due).isBetween(clock.instant().plus(Duration.ofDays(7)).minusSeconds(60),
				clock.instant().plus(Duration.ofDays(7)));
		String page = director.get("/suggestions/" + id).body();
		assertThat(page).contains("reply-form").contains("群众重新提出").contains("又堵了。").contains("提交人").contains("a.director");
		assertThat(jdbc.sql("select step from suggestion_step where suggestion_id = :id order by occurred_at, id")
			.param("id", id).query(String.class).list())
			.containsExactly("SUBMITTED", "ANSWERED", "CLOSED_UNRESOLVED", "REOPENED");
		assertThat(jdbc.sql("select count(*) from operation_log where action = 'cases.suggestion.reopen' and target_id = :id")
			.param("id", Long.toString(id)).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void anOverdueReplyIsEscalatedOnceToTheTownshipAndAgainAfterAReopening() {
		long village = fixtures.id("A");
		SuggestionIntake.Receipt receipt = intake.submit(village, new NewSuggestion("COMPLAINT", "砂石车夜里超速。", true, null, null));
		String township = places.find(fixtures.id("T1")).orElseThrow().homePath();
		String villagePath = places.find(village).orElseThrow().homePath();

		clock.advance(Duration.ofDays(6));
		escalation.escalateOverdue();
		assertThat(escalations(receipt.id())).isZero();

		clock.advance(Duration.ofDays(1).plusMinutes(1));
		escalation.escalateOverdue();
		escalation.escalateOverdue();
		assertThat(escalations(receipt.id())).isEqualTo(1);
		assertThat(notices(receipt.id(), township, "suggestion.notice.overdue")).isEqualTo(1);
		assertThat(notices(receipt.id(), villagePath, "suggestion.notice.overdue")).isEqualTo(1);
		assertThat(jdbc.sql("select roles from notification where link = :l and scope_path = :p")
			.param("l", "/suggestions/" + receipt.id()).param("p", township).query(String.class).single())
			.isEqualTo(",TOWNSHIP_LEADER,TOWNSHIP_OFFICER,");
		assertThat(signedIn("t1.officer").get("/notifications").body()).contains("甲村的一条群众意见答复期限为");
		assertThat(signedIn("t1.officer").get("/suggestions?overdue=true").body()).contains("砂石车夜里超速。").contains("已上报乡镇");
		assertThat(signedIn("a.director").get("/suggestions/" + receipt.id()).body()).contains("逾期未答复，上报乡镇");

		WebSession director = signedIn("a.director");
		director.get("/suggestions/" + receipt.id());
		director.post("/suggestions/" + receipt.id() + "/reply", Map.of("reply", "已请交警在村口设卡。"));
		intake.reopen(receipt.trackingCode(), "还是有车超速。");
		clock.advance(Duration.ofDays(7).plusMinutes(1));
		escalation.escalateOverdue();
		assertThat(escalations(receipt.id())).isEqualTo(2);
		assertThat(notices(receipt.id(), township, "suggestion.notice.overdue")).isEqualTo(2);
	}

	@Test
	void aVillageWithoutAnOwnerStillReceivesAndTheTownshipIsTold() {
		long village = fixtures.newVillage("NOOWN");
		SuggestionIntake.Receipt receipt = intake.submit(village, new NewSuggestion("OPINION", "没有治保会，有事找谁？", true, null,
				null));
		assertThat(jdbc.sql("select owner_org_id from suggestion where id = :id").param("id", receipt.id()).query(Long.class)
			.optional()).isEmpty();
		assertThat(notices(receipt.id(), places.find(fixtures.id("T1")).orElseThrow().homePath(), "suggestion.notice.no-owner"))
			.isEqualTo(1);
		String register = signedIn("t1.officer").get("/suggestions?village=" + village).body();
		assertThat(register).contains("没有治保会，有事找谁？").contains("无负责组织");
	}

	@Test
	void theRegisterFiltersExportsToExcelAndCountsByMonth() throws Exception {
		long village = fixtures.id("A");
		intake.submit(village, new NewSuggestion("TIP", "有人在河里电鱼。", false, "举报人孙某", "13700002222"));
		WebSession director = signedIn("a.director");
		String tips = director.get("/suggestions?village=" + village + "&kind=TIP").body();
		assertThat(tips).contains("有人在河里电鱼。").contains("举****").doesNotContain("举报人孙某")
			.doesNotContain("甲村村口路灯坏了").contains("qf-print-title").contains("甲村 群众意见簿台账");
		assertThat(director.get("/suggestions?status=RESOLVED&kind=TIP").body()).doesNotContain("有人在河里电鱼。");

		HttpResponse<byte[]> xlsx = director.getBytes("/suggestions.xlsx?village=" + village + "&kind=TIP");
		assertThat(xlsx.statusCode()).isEqualTo(200);
		StringBuilder cells = new StringBuilder();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			for (Row row : book.getSheetAt(0)) {
				row.forEach(c -> cells.append(c).append('|'));
			}
		}
		assertThat(cells.toString()).contains("举报线索").contains("有人在河里电鱼。").contains("甲村").contains("举**** 137****2222")
			.doesNotContain("举报人孙某").doesNotContain("有人说").contains("甲村治保会");

		assertThat(director.get("/").body()).contains("群众意见待答复").contains("/suggestions?awaiting=true")
			.contains("逾期未答复的群众意见");
		assertThat(signedIn("a.patrol").get("/").body()).doesNotContain("群众意见待答复");
		String months = director.get("/suggestions?village=" + village).body();
		assertThat(months).contains("suggestion-months");
		String api = director.get("/api/v1/suggestions/months?village=" + village).body();
		assertThat(api.split("\"month\"")).hasSize(13);
		assertThat(api).contains("\"received\":");
		assertThat(director.get("/suggestions/villages/" + village + "/poster").body()).contains("/public/villages/" + village)
			.contains("poster-qr");
		HttpResponse<byte[]> png = director.getBytes("/suggestions/villages/" + village + "/qr.png");
		assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(png.body().length).isGreaterThan(500);
	}

	@Test
	void theApiTakesAnIdempotentSubmissionOnceAndLetsStaffReply() {
		long village = fixtures.id("A");
		WebSession phone = browser();
		String body = SuggestionPages.apiSubmission(phone,
				"\"kind\":\"SUGGESTION\",\"content\":\"接口提交：建议晚上巡逻带上手电。\",\"anonymous\":true");
		String key = UUID.randomUUID().toString();
		HttpResponse<String> first = phone.json("POST", "/api/v1/public/villages/" + village + "/suggestions", body,
				Map.of("Idempotency-Key", key));
		HttpResponse<String> retry = phone.json("POST", "/api/v1/public/villages/" + village + "/suggestions", body,
				Map.of("Idempotency-Key", key));
		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(retry.statusCode()).isEqualTo(201);
		assertThat(retry.body()).isEqualTo(first.body());
		assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
		assertThat(jdbc.sql("select count(*) from suggestion where content = '接口提交：建议晚上巡逻带上手电。'").query(Long.class)
			.single()).isEqualTo(1);
		HttpResponse<String> otherBody = phone.json("POST", "/api/v1/public/villages/" + village + "/suggestions",
				body.replace("手电", "雨衣"), Map.of("Idempotency-Key", key));
		assertThat(otherBody.statusCode()).isEqualTo(422);
		String code = SuggestionPages.apiCode(first);
		long id = idOf(code);
		byte[] stored = jdbc.sql("select response_body from idempotency_record where idem_key = :k").param("k", key)
			.query(byte[].class).single();
		assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).as("the kept answer is encrypted")
			.doesNotContain(code).doesNotContain(code.replace("-", "")).doesNotContain("trackingCode");

		WebSession director = signedIn("a.director");
		HttpResponse<String> listed = director.json("GET", "/api/v1/suggestions?awaiting=true&kind=SUGGESTION", null, Map.of());
		assertThat(listed.body()).contains("接口提交").contains("\"villageName\":\"甲村\"").doesNotContain("trackingHash");
		HttpResponse<String> empty = director.json("POST", "/api/v1/suggestions/" + id + "/reply", "{\"reply\":\"\"}", Map.of());
		assertThat(empty.statusCode()).isEqualTo(422);
		assertThat(empty.body()).contains("“答复”不能为空");
		HttpResponse<String> reply = director.json("POST", "/api/v1/suggestions/" + id + "/reply",
				"{\"reply\":\"好建议，已给巡逻队配发手电。\"}", Map.of());
		assertThat(reply.statusCode()).isEqualTo(200);
		assertThat(reply.body()).contains("\"status\":\"ANSWERED\"").contains("\"step\":\"ANSWERED\"");
		assertThat(director.json("POST", "/api/v1/suggestions/" + id + "/resolve", "{\"note\":\"已配发。\"}", Map.of()).body())
			.contains("\"status\":\"RESOLVED\"");

		HttpResponse<String> seen = phone.json("POST", "/api/v1/public/suggestions/lookup", "{\"code\":\"" + code + "\"}",
				Map.of());
		assertThat(seen.body()).contains("好建议，已给巡逻队配发手电。").contains("\"status\":\"RESOLVED\"");
		assertThat(phone.json("POST", "/api/v1/public/suggestions/reopen", "{\"code\":\"" + code + "\",\"reason\":\"手电不亮\"}",
				Map.of()).body()).contains("\"status\":\"REOPENED\"");
		assertThat(phone.get("/api/v1/public/villages/" + village + "/suggestions").body()).contains("好建议，已给巡逻队配发手电。");
		assertThat(phone.get("/v3/api-docs").body()).contains("/api/v1/public/villages/{id}/suggestions")
			.contains("/api/v1/suggestions/{id}/reply");
	}

	private long idOf(String code) {
		return jdbc.sql("select id from suggestion where tracking_hash = :h")
			.param("h", org.qunfang.cases.suggestion.TrackingCodes.hash(code, cipher)).query(Long.class).single();
	}

	private String status(long id) {
		return jdbc.sql("select status from suggestion where id = :id").param("id", id).query(String.class).single();
	}

	private int escalations(long id) {
		return jdbc.sql("select escalations from suggestion where id = :id").param("id", id).query(Integer.class).single();
	}

	@Test
	void theHomePageCountsWhatAwaitsAReplyInTheReadersJurisdictionOnly() {
		var director = signedIn("a.director");
		assertThat(director.get("/").body()).contains("/suggestions/count");
		String awaiting = director.get("/suggestions/count").body();
		assertThat(awaiting).contains("id=\"suggestions-awaiting\"");
		long count = Long.parseLong(awaiting.replaceAll("<[^>]*>", ""));
		assertThat(count).isPositive();
		assertThat(count).isEqualTo(awaitingIn(fixtures.id("A")));
		String other = signedIn("b.director").get("/suggestions/count").body();
		assertThat(Long.parseLong(other.replaceAll("<[^>]*>", ""))).isEqualTo(awaitingIn(fixtures.id("B")));
		assertThat(director.get("/suggestions/count?overdue=true").body()).contains("id=\"suggestions-overdue\"");
	}

	@Test
	void onlyTheTownshipAndAboveSeeWhoWroteATip() {
		long village = fixtures.id("A");
		long tip = intake.submit(village, new NewSuggestion("TIP", "村东头仓库夜里有人聚赌。", false, "甲村赵六", "13900001234"))
			.id();
		var handlingOfSuggestions = fixtures.bean(org.qunfang.cases.suggestion.SuggestionHandling.class);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> handlingOfSuggestions.revealSubmitter(fixtures.caller("a.security"), tip))
			.isInstanceOf(org.qunfang.platform.ForbiddenException.class);
		assertThat(signedIn("a.security").get("/suggestions/" + tip).body()).contains("聚赌").doesNotContain("甲村赵六");
		assertThat(handlingOfSuggestions.revealSubmitter(fixtures.caller("t1.officer"), tip).name()).isEqualTo("甲村赵六");
	}

	private long awaitingIn(long village) {
		return jdbc.sql("select count(*) from suggestion where village_id = :v and status in ('SUBMITTED', 'REOPENED')")
			.param("v", village).query(Long.class).single();
	}

	private long notices(long id, String path, String key) {
		return jdbc.sql("select count(*) from notification where link = :l and scope_path = :p and message_key = :k")
			.param("l", "/suggestions/" + id).param("p", path).param("k", key).query(Long.class).single();
	}
}
