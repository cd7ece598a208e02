package org.qunfang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qunfang.support.IntegrationTest;
import org.qunfang.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Problem details in the caller's language, field errors, nothing written on bad input, docs and health. */
class ApiConventionsTest extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void invalidBodyGetsFieldErrorsInChineseAndWritesNothing() {
		WebSession officer = signedIn("t1.officer");
		long before = users();
		HttpResponse<String> answer = officer.json("POST", "/api/v1/users",
				"{\"username\":\"X!\",\"displayName\":\"\",\"role\":null,\"scopeUnitId\":null,\"phone\":\"123\",\"temporaryPassword\":\"\"}",
				Map.of());
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
		assertThat(answer.body()).contains("\"title\":\"输入有误\"").contains("\"field\":\"username\"")
			.contains("用户名须以小写字母开头").contains("\"field\":\"phone\"").contains("请填写 11 位手机号码");
		assertThat(users()).isEqualTo(before);
	}

	@Test
	void sameErrorInEnglishForAnEnglishCaller() {
		WebSession officer = signedIn("t1.officer").language("en");
		HttpResponse<String> answer = officer.json("POST", "/api/v1/users",
				"{\"username\":\"ok.name\",\"displayName\":\"Name\",\"role\":\"SECURITY_DIRECTOR\",\"scopeUnitId\":"
						+ fixtures.id("C") + ",\"temporaryPassword\":\"Temp-pass-2026\"}",
				Map.of());
		assertThat(answer.statusCode()).isEqualTo(403);
		assertThat(answer.body()).contains("You cannot create accounts for units outside your jurisdiction");
	}

	@Test
	void ruleViolationIs422WithTheRuleNamed() {
		WebSession officer = signedIn("t1.officer");
		HttpResponse<String> answer = officer.json("POST", "/api/v1/users",
				"{\"username\":\"weak.pass\",\"displayName\":\"弱密码\",\"role\":\"SECURITY_DIRECTOR\",\"scopeUnitId\":"
						+ fixtures.id("A") + ",\"temporaryPassword\":\"abcdefghijk\"}",
				Map.of());
		assertThat(answer.statusCode()).isEqualTo(422);
		assertThat(answer.body()).contains("密码须同时包含字母和数字");
		assertThat(jdbc.sql("select count(*) from app_user where username = 'weak.pass'").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select outcome from operation_log where action = 'identity.user.create' and detail = 'error.password.letters-and-digits'")
			.query(String.class).list()).contains("REFUSED");
	}

	@Test
	void createdUserIsReturnedWithLocationAndLogged() {
		WebSession officer = signedIn("t1.officer");
		HttpResponse<String> answer = officer.json("POST", "/api/v1/users",
				"{\"username\":\"api.created\",\"displayName\":\"接口新建\",\"role\":\"PATROL_MEMBER\",\"scopeUnitId\":"
						+ fixtures.id("A") + ",\"phone\":\"13600001111\",\"temporaryPassword\":\"Temp-pass-2026\"}",
				Map.of());
		assertThat(answer.statusCode()).isEqualTo(201);
		assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("/api/v1/users/"));
		assertThat(answer.body()).contains("\"phoneMasked\":\"136****1111\"").doesNotContain("13600001111");
		assertThat(jdbc.sql("select phone_cipher from app_user where username = 'api.created'").query(String.class).single())
			.doesNotContain("13600001111");
		assertThat(jdbc.sql("select actor_name from operation_log where action = 'identity.user.create' and outcome = 'SUCCESS'")
			.query(String.class).list()).contains("t1.officer");
		jdbc.sql("delete from app_user where username = 'api.created'").update();
	}

	@Test
	void unknownApiPathIsAProblemNotAStackTrace() {
		HttpResponse<String> answer = signedIn("a.director").get("/api/v1/nothing-here");
		assertThat(answer.statusCode()).isEqualTo(404);
		assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void unknownPageIsAFriendlyPage() {
		HttpResponse<String> answer = signedIn("a.director").get("/no/such/page");
		assertThat(answer.statusCode()).isEqualTo(404);
		assertThat(answer.body()).contains("找不到页面").contains("回到首页").doesNotContain("Exception");
	}

	@Test
	void openApiDocsAndHealthArePublic() {
		HttpResponse<String> docs = browser().get("/v3/api-docs");
		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(docs.body()).contains("/api/v1/users").contains("/api/v1/tokens");
		HttpResponse<String> health = browser().get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("UP");
	}

	private long users() {
		return jdbc.sql("select count(*) from app_user").query(Long.class).single();
	}

	@Test
	void aPageParameterThatDoesNotReadIsABadRequestNamingItNotAnInternalError() {
		var page = signedIn("t1.officer").get("/risk?from=notadate");
		org.assertj.core.api.Assertions.assertThat(page.statusCode()).isEqualTo(400);
		org.assertj.core.api.Assertions.assertThat(page.body()).contains("地址中的“from”不能是“notadate”")
			.doesNotContain("Exception");
		var api = signedIn("t1.officer").json("GET", "/api/v1/risk/villages/" + fixtures.id("A") + "?from=notadate", null,
				java.util.Map.of());
		org.assertj.core.api.Assertions.assertThat(api.statusCode()).isEqualTo(400);
	}
}
