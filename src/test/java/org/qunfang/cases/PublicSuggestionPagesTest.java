package org.qunfang.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qunfang.cases.suggestion.SuggestionHandling;
import org.qunfang.cases.suggestion.TrackingCodes;
import org.qunfang.platform.publicform.RateLimits;
import org.qunfang.support.IntegrationTest;
import org.qunfang.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public suggestion-book pages: what a villager writes lands, and nothing else leaks — no tip, no
 * name, no other submission, not even whether another code exists; bad input and abuse are refused with a
 * clear message and write nothing.
 */
class PublicSuggestionPagesTest extends IntegrationTest {

	@Autowired
	org.qunfang.platform.crypto.PersonalDataCipher cipher;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RateLimits limits;

	@Autowired
	SuggestionHandling handling;

	@BeforeEach
	void forgetCounts() {
		limits.clear();
	}

	@Test
	void aNamedSubmissionGetsACodeWhileTheDatabaseKeepsNeitherTheCodeNorTheNameInClear() {
		long village = fixtures.id("A");
		HttpResponse<String> receipt = SuggestionPages.write(browser(), village, Map.of("kind", "COMPLAINT", "content",
				"村口小卖部夜里噪音扰民。", "named", "true", "name", "测试王某", "phone", "138 1111 2222"));
		assertThat(receipt.statusCode()).isEqualTo(200);
		assertThat(receipt.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
		String code = SuggestionPages.code(receipt);
		assertThat(code).matches("[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}");

		Map<String, Object> row = jdbc.sql("select * from suggestion where tracking_hash = :h")
			.param("h", TrackingCodes.hash(code, cipher)).query().singleRow();
		assertThat(row.values().stream().map(String::valueOf)).noneMatch(v -> v.contains(code) || v.contains("测试王某")
				|| v.contains("13811112222"));
		assertThat(row).containsEntry("anonymous", false).containsEntry("status", "SUBMITTED");
		long id = ((Number) row.get("id")).longValue();
		assertThat(jdbc.sql("select count(*) from operation_log where action = 'cases.suggestion.submit' and target_id = :id"
				+ " and outcome = 'SUCCESS'").param("id", Long.toString(id)).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from operation_log where detail like '%测试王某%' or detail like :code")
			.param("code", "%" + code + "%").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from notification where link = :l and message_key = 'suggestion.notice.received'")
			.param("l", "/suggestions/" + id).query(Long.class).single()).isEqualTo(1);

		String detail = signedIn("a.director").get("/suggestions/" + id).body();
		assertThat(detail).contains("测**").contains("138****2222").doesNotContain("测试王某").doesNotContain("13811112222");
		WebSession security = signedIn("a.security");
		security.get("/suggestions/" + id);
		assertThat(security.post("/suggestions/" + id + "/submitter", Map.of()).statusCode())
			.as("a complaint's writer is not revealed inside the village").isEqualTo(403);
		WebSession township = signedIn("t1.officer");
		township.get("/suggestions/" + id);
		HttpResponse<String> revealed = township.post("/suggestions/" + id + "/submitter", Map.of());
		assertThat(revealed.body()).contains("测试王某").contains("13811112222");
		assertThat(jdbc.sql("select count(*) from operation_log where action = 'cases.suggestion.submitter.view'"
				+ " and target_id = :id and actor_name = 't1.officer' and outcome = 'SUCCESS'").param("id", Long.toString(id))
			.query(Long.class).single()).isEqualTo(1);
		WebSession director = signedIn("a.director");
		director.get("/suggestions/" + id);
		assertThat(director.post("/suggestions/" + id + "/submitter", Map.of()).statusCode()).as("no unmask permission")
			.isEqualTo(403);
	}

	@Test
	void publicPagesNeverShowATipOrAnyNameAndShowRepliesToSuggestions() {
		long village = fixtures.newVillage("PUB1");
		String tip = SuggestionPages.code(SuggestionPages.write(browser(), village, Map.of("kind", "TIP", "content",
				"线索：后山废弃砖厂里藏着偷来的电缆。", "named", "true", "name", "线人李某")));
		String suggestion = SuggestionPages.code(SuggestionPages.write(browser(), village, Map.of("kind", "SUGGESTION",
				"content", "建议在后山路口装一盏路灯。", "named", "true", "name", "建议人赵某", "phone", "13900002222")));
		var officer = fixtures.caller("t1.officer");
		handling.reply(officer, idOf(tip), "已转交派出所核查。");
		handling.reply(officer, idOf(suggestion), "路灯已列入本月计划。");

		for (String page : List.of(browser().get("/public/villages/" + village).body(),
				browser().get("/api/v1/public/villages/" + village + "/suggestions").body(),
				browser().language("en").get("/public/villages/" + village).body())) {
			assertThat(page).contains("建议在后山路口装一盏路灯。").contains("路灯已列入本月计划。")
				.doesNotContain("砖厂").doesNotContain("电缆").doesNotContain("派出所核查")
				.doesNotContain("线人李某").doesNotContain("建议人赵某").doesNotContain("13900002222").doesNotContain("139****2222");
		}
		assertThat(browser().get("/public/villages/" + village).body()).contains("村民").contains("测试村PUB1");

		String tipLookup = SuggestionPages.lookup(browser(), tip).body();
		assertThat(tipLookup).as("the tipster sees their own tip").contains("砖厂").contains("已转交派出所核查。")
			.doesNotContain("线人李某").doesNotContain("后山路口");
	}

	@Test
	void aTrackingCodeOpensOnlyItsOwnSubmissionAndEveryMissReadsTheSame() {
		long village = fixtures.id("A");
		String first = SuggestionPages.code(SuggestionPages.write(browser(), village, "OPINION", "第一条：水渠该清淤了。"));
		String second = SuggestionPages.code(SuggestionPages.write(browser(), village, "OPINION", "第二条：篮球场灯不亮。"));
		HttpResponse<String> mine = SuggestionPages.lookup(browser(), first.toLowerCase().replace("-", " "));
		assertThat(mine.statusCode()).isEqualTo(200);
		assertThat(mine.body()).contains("第一条").doesNotContain("第二条").contains("待答复");
		assertThat(SuggestionPages.lookup(browser(), second).body()).contains("第二条").doesNotContain("第一条");

		char last = first.charAt(first.length() - 1);
		String altered = first.substring(0, first.length() - 1) + (last == 'Z' ? 'Y' : 'Z');
		List<String> misses = List.of(altered, "22222-22222", "x' or '1'='1", "");
		List<String> answers = misses.stream().map(code -> {
			HttpResponse<String> miss = SuggestionPages.lookup(browser(), code);
			assertThat(miss.statusCode()).as(code).isEqualTo(404);
			assertThat(miss.body()).as(code).contains("没有与这个查询码对应的意见").doesNotContain("第一条");
			return SuggestionPages.withoutToken(miss.body()).replace("value=\"" + code + "\"", "");
		}).toList();
		assertThat(answers.stream().map(a -> a.replaceAll("value=\"[^\"]*\"", "")).distinct()).hasSize(1);

		WebSession api = browser();
		List<String> apiMisses = misses.stream().map(code -> {
			HttpResponse<String> miss = api.json("POST", "/api/v1/public/suggestions/lookup",
					"{\"code\":\"" + code.replace("'", "\\u0027") + "\"}", Map.of());
			assertThat(miss.statusCode()).isEqualTo(404);
			return miss.body();
		}).distinct().toList();
		assertThat(apiMisses).hasSize(1);
		assertThat(apiMisses.getFirst()).contains("没有与这个查询码对应的意见").doesNotContain("第一条");
		assertThat(api.json("POST", "/api/v1/public/suggestions/lookup", "{\"code\":\"" + first + "\"}", Map.of()).body())
			.contains("第一条").doesNotContain("第二条").doesNotContain("name");
	}

	@Test
	void badInputIsRefusedWithAClearMessageAndNothingIsWritten() {
		long village = fixtures.id("A");
		long before = count();
		Map<String, String> cases = new LinkedHashMap<>();
		cases.put("", "“内容”不能为空");
		cases.put("长".repeat(1001), "“内容”最多 1,000 个字");
		cases.put("<script>alert('x')</script>路灯", "不能含有网页标记或脚本");
		cases.put("点这里 javascript:alert(1)", "不能含有网页标记或脚本");
		cases.forEach((content, message) -> {
			HttpResponse<String> refused = SuggestionPages.write(browser(), village, "SUGGESTION", content);
			assertThat(refused.statusCode()).as(message).isEqualTo(422);
			assertThat(refused.body()).as(message).contains(message).contains("id=\"suggestion-form\"");
		});
		HttpResponse<String> kind = SuggestionPages.write(browser(), village, "RUMOUR", "有人说要涨水费。");
		assertThat(kind.body()).contains("请选择类型").contains("有人说要涨水费。");
		assertThat(SuggestionPages.write(browser(), village, Map.of("content", "路灯坏了", "named", "true")).body())
			.contains("“姓名”不能为空");
		assertThat(SuggestionPages.write(browser(), village, Map.of("content", "路灯坏了", "named", "true", "name", "王某",
				"phone", "12345")).body()).contains("联系电话须是 11 位手机号码");
		assertThat(SuggestionPages.write(browser(), village, Map.of("content", "路灯坏了", "named", "true", "name",
				"<b>王某</b>")).body()).contains("“姓名”不能含有网页标记");

		limits.clear();
		WebSession api = browser();
		for (String[] bad : new String[][] { { "\"kind\":\"RUMOUR\",\"content\":\"x\"", "请选择类型" },
				{ "\"kind\":\"TIP\",\"content\":\"<img src=x onerror=alert(1)>\"", "不能含有网页标记或脚本" },
				{ "\"kind\":\"TIP\",\"content\":\"   \"", "“内容”不能为空" } }) {
			HttpResponse<String> refused = api.json("POST", "/api/v1/public/villages/" + village + "/suggestions",
					SuggestionPages.apiSubmission(api, bad[0]), Map.of());
			assertThat(refused.statusCode()).as(bad[1]).isEqualTo(422);
			assertThat(refused.body()).contains(bad[1]).contains("\"status\":422");
		}
		assertThat(count()).isEqualTo(before);

		long id = fixtures.id("suggestionA");
		WebSession director = signedIn("a.director");
		director.get("/suggestions/" + id);
		HttpResponse<String> reply = director.post("/suggestions/" + id + "/reply", Map.of("reply", "<script>x</script>"));
		assertThat(reply.body()).contains("不能含有网页标记或脚本").contains("&lt;script&gt;x&lt;/script&gt;");
		assertThat(jdbc.sql("select status from suggestion where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("SUBMITTED");
	}

	@Test
	void robotsAndFloodsAreRefusedWithoutWritingAnything() {
		long village = fixtures.newVillage("PUB2");
		long before = count();
		WebSession villager = browser();
		HttpResponse<String> wrong = SuggestionPages.write(villager, village, Map.of("content", "答错了", "answer", "999"));
		assertThat(wrong.body()).contains("验证题答错了或已过期");
		assertThat(SuggestionPages.write(villager, village, Map.of("content", "机器人", "website", "http://spam")).body())
			.contains("这次提交没有被接受");
		HttpResponse<String> form = villager.get("/public/villages/" + village + "/write");
		String token = form.body().replaceAll("(?s).*name=\"challengeToken\" value=\"([^\"]+)\".*", "$1");
		for (int answer = 2; answer <= 18; answer++) {
			limits.clear();
			villager.post("/public/villages/" + village + "/suggestions", Map.of("kind", "TIP", "content", "猜答案",
					"challengeToken", token, "answer", Integer.toString(answer)));
		}
		assertThat(count()).as("one token, one attempt: guessing through the answers fails").isEqualTo(before);

		limits.clear();
		for (int i = 1; i <= 10; i++) {
			assertThat(SuggestionPages.write(villager, village, "OPINION", "第 " + i + " 条").statusCode()).isEqualTo(200);
		}
		HttpResponse<String> flood = SuggestionPages.write(villager, village, "OPINION", "第 11 条");
		assertThat(flood.statusCode()).isEqualTo(429);
		assertThat(flood.body()).contains("提交或查询太频繁了");
		assertThat(count()).isEqualTo(before + 10);

		for (int i = 0; i < 20; i++) {
			assertThat(SuggestionPages.lookup(villager, "22222-2222" + (i % 8 + 2)).statusCode()).isEqualTo(404);
		}
		assertThat(SuggestionPages.lookup(villager, "22222-22222").statusCode()).as("guessing codes is limited").isEqualTo(429);
		assertThat(villager.json("POST", "/api/v1/public/suggestions/lookup", "{\"code\":\"22222-22222\"}", Map.of())
			.statusCode()).isEqualTo(429);
	}

	private long idOf(String code) {
		return jdbc.sql("select id from suggestion where tracking_hash = :h").param("h", TrackingCodes.hash(code, cipher))
			.query(Long.class).single();
	}

	private long count() {
		return jdbc.sql("select count(*) from suggestion").query(Long.class).single();
	}
}
