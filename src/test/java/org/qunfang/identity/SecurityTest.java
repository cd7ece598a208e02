package org.qunfang.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qunfang.support.Fixtures;
import org.qunfang.support.IntegrationTest;
import org.qunfang.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sign-in, sessions, CSRF, lockout, password storage and forced change, as a browser meets them. */
class SecurityTest extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void postWithoutCsrfTokenIsRefused() {
		WebSession session = signedIn("a.director");
		HttpResponse<String> refused = session.postWithoutCsrf("/account/tokens", Map.of("name", "no-csrf"));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from access_token where name = 'no-csrf'").query(Long.class).single())
			.isZero();

		HttpResponse<String> loginWithoutToken = browser().postWithoutCsrf("/login",
				Map.of("username", "a.director", "password", Fixtures.PASSWORD));
		assertThat(loginWithoutToken.statusCode()).isEqualTo(403);
	}

	@Test
	void sessionIdChangesAtLogin() {
		WebSession session = browser();
		session.get("/login");
		String before = session.cookie("SESSION").orElseThrow();
		HttpResponse<String> login = session.post("/login", Map.of("username", "a.security", "password", Fixtures.PASSWORD));
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
		String after = session.cookie("SESSION").orElseThrow();
		assertThat(after).isNotEqualTo(before);
		assertThat(session.get("/").statusCode()).isEqualTo(200);
	}

	@Test
	void wrongPasswordSaysSoInTheUsersLanguage() {
		WebSession session = browser().language("en");
		HttpResponse<String> login = session.login("a.director", "wrong-password-1");
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error=bad"));
		assertThat(session.get("/login?error=bad").body()).contains("Wrong user name or password");
		assertThat(browser().get("/login?error=bad").body()).contains("用户名或密码错误");
	}

	@Test
	void fiveFailuresLockTheAccountForFifteenMinutes() {
		String user = "b.security";
		for (int i = 0; i < 5; i++) {
			assertThat(browser().login(user, "not-the-password-" + i).headers().firstValue("Location"))
				.hasValueSatisfying(l -> assertThat(l).endsWith("error=bad"));
		}
		HttpResponse<String> withRightPassword = browser().login(user, Fixtures.PASSWORD);
		assertThat(withRightPassword.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("error=locked"));

		clock.advance(Duration.ofMinutes(14));
		assertThat(browser().login(user, Fixtures.PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("error=locked"));

		clock.advance(Duration.ofMinutes(2));
		HttpResponse<String> afterLock = browser().login(user, Fixtures.PASSWORD);
		assertThat(afterLock.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
		assertThat(jdbc.sql("select failed_attempts from app_user where username = :u").param("u", user)
			.query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select outcome from login_log where username = :u order by id").param("u", user)
			.query(String.class).list())
			.containsSubsequence("BAD_CREDENTIALS", "BAD_CREDENTIALS", "BAD_CREDENTIALS", "BAD_CREDENTIALS",
					"BAD_CREDENTIALS", "LOCKED", "LOCKED", "SUCCESS");
	}

	@Test
	void passwordsAreStoredAsBcryptHashes() {
		assertThat(jdbc.sql("select password_hash from app_user").query(String.class).list())
			.isNotEmpty()
			.allSatisfy(hash -> assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(Fixtures.PASSWORD));
	}

	@Test
	void seededAccountMustChooseItsOwnPasswordFirst() {
		WebSession session = signedIn("a.newcomer");
		HttpResponse<String> home = session.get("/");
		assertThat(home.statusCode()).isEqualTo(302);
		assertThat(home.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/account/password"));
		assertThat(session.get("/api/v1/me").statusCode()).isEqualTo(403);

		HttpResponse<String> tooShort = session.post("/account/password",
				Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", "short1", "confirmation", "short1"));
		assertThat(tooShort.body()).contains("密码至少需要 10 位");
		assertThat(session.get("/").statusCode()).isEqualTo(302);

		HttpResponse<String> changed = session.post("/account/password", Map.of("currentPassword", Fixtures.PASSWORD,
				"newPassword", "Newcomer-2026-ok", "confirmation", "Newcomer-2026-ok"));
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(session.get("/").statusCode()).isEqualTo(200);
		assertThat(browser().login("a.newcomer", "Newcomer-2026-ok").headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
		jdbc.sql("update app_user set must_change_password = true, password_hash = (select password_hash from app_user where username = 'a.director') where username = 'a.newcomer'")
			.update();
	}

	@Test
	void accessTokenActsAsItsUserUntilRevoked() {
		WebSession session = signedIn("a.security");
		HttpResponse<String> created = session.json("POST", "/api/v1/tokens", "{\"name\":\"phone\",\"validDays\":30}", Map.of());
		assertThat(created.statusCode()).isEqualTo(201);
		String token = created.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
		String id = created.body().replaceAll(".*\"id\":(\\d+).*", "$1");
		assertThat(token).startsWith("qf_");
		assertThat(jdbc.sql("select count(*) from access_token where token_hash like '%' || :t || '%'").param("t", token)
			.query(Long.class).single()).as("only a hash is stored").isZero();

		WebSession api = browser();
		HttpResponse<String> me = api.json("GET", "/api/v1/me", null, Map.of("Authorization", "Bearer " + token));
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains("\"username\":\"a.security\"").contains("\"role\":\"SECURITY_DIRECTOR\"");

		assertThat(session.json("DELETE", "/api/v1/tokens/" + id, null, Map.of()).statusCode()).isEqualTo(204);
		HttpResponse<String> revoked = api.json("GET", "/api/v1/me", null, Map.of("Authorization", "Bearer " + token));
		assertThat(revoked.statusCode()).isEqualTo(401);
		assertThat(revoked.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
	}

	@Test
	void anonymousPageRequestGoesToLoginAndApiRequestGets401() {
		HttpResponse<String> page = browser().get("/admin/users");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
		HttpResponse<String> api = browser().get("/api/v1/me");
		assertThat(api.statusCode()).isEqualTo(401);
		assertThat(api.body()).contains("请先登录");
	}

	@Test
	void disabledAccountLosesItsSessionAtOnce() {
		WebSession patrol = signedIn("a.patrol");
		assertThat(patrol.get("/").statusCode()).isEqualTo(200);
		WebSession officer = signedIn("t1.officer");
		long id = fixtures.id("a.patrol");
		assertThat(officer.post("/admin/users/" + id + "/disable", Map.of()).statusCode()).isEqualTo(302);
		HttpResponse<String> after = patrol.get("/");
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));
		assertThat(browser().login("a.patrol", Fixtures.PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("error=disabled"));
		assertThat(officer.post("/admin/users/" + id + "/enable", Map.of()).statusCode()).isEqualTo(302);
		assertThat(signedIn("a.patrol").get("/").statusCode()).isEqualTo(200);
	}

	@Test
	void anEmptyDeploymentStartsWithOneAdministratorWhoMustChangeThePassword() {
		var admin = jdbc.sql("select role, must_change_password, scope_path from app_user where username = 'first.admin'")
			.query().singleRow();
		assertThat(admin).containsEntry("role", "COUNTY_ADMIN").containsEntry("must_change_password", true);
		assertThat(jdbc.sql("select count(*) from admin_unit where code = 'COUNTY' and level = 'COUNTY'").query(Long.class)
			.single()).isEqualTo(1);
	}
}
