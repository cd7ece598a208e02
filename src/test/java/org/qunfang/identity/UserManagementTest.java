package org.qunfang.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qunfang.support.Fixtures;
import org.qunfang.support.IntegrationTest;
import org.qunfang.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Who may manage whose account: only accounts below one's own level, never the county administrator. */
class UserManagementTest extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void townshipOfficerManagesVillageAccountsOfTheTownship() {
		WebSession officer = signedIn("t1.officer");
		HttpResponse<String> answer = officer.json("POST", "/api/v1/users/" + fixtures.id("a.director") + "/unlock", "{}",
				Map.of());
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("\"username\":\"a.director\"");
	}

	@Test
	void noOfficerTakesOverAPeersAccount() {
		jdbc.sql("update app_user set scope_unit_id = :t1, scope_path = (select scope_path from admin_unit where id = :t1)"
				+ " where username = 't2.officer'").param("t1", fixtures.id("T1")).update();
		try {
			WebSession officer = signedIn("t1.officer");
			String hash = password("t2.officer");
			HttpResponse<String> answer = officer.json("POST", "/api/v1/users/" + fixtures.id("t2.officer")
					+ "/reset-password", "{\"temporaryPassword\":\"Taken-over-2026\"}", Map.of());
			assertThat(answer.statusCode()).isEqualTo(403);
			assertThat(answer.body()).contains("您只能管理比自己管辖范围更小的单位的账户");
			assertThat(password("t2.officer")).isEqualTo(hash);
		}
		finally {
			jdbc.sql("update app_user set scope_unit_id = :t2, scope_path = (select scope_path from admin_unit where id = :t2)"
					+ " where username = 't2.officer'").param("t2", fixtures.id("T2")).update();
		}
	}

	@Test
	void onlyTheCountyAdministratorManagesTheCountyAdministrator() {
		jdbc.sql("update app_user set role = 'COUNTY_OFFICER', scope_unit_id = :c,"
				+ " scope_path = (select scope_path from admin_unit where id = :c) where username = 't1.officer'")
			.param("c", fixtures.id("county")).update();
		try {
			WebSession countyOfficer = signedIn("t1.officer");
			HttpResponse<String> answer = countyOfficer.json("POST", "/api/v1/users/" + fixtures.id("t.admin") + "/disable",
					"{}", Map.of());
			assertThat(answer.statusCode()).isEqualTo(403);
			assertThat(jdbc.sql("select enabled from app_user where username = 't.admin'").query(Boolean.class).single())
				.isTrue();
		}
		finally {
			jdbc.sql("update app_user set role = 'TOWNSHIP_OFFICER', scope_unit_id = :t1,"
					+ " scope_path = (select scope_path from admin_unit where id = :t1) where username = 't1.officer'")
				.param("t1", fixtures.id("T1")).update();
		}
	}

	@Test
	void anyOtherAuthorizationHeaderDoesNotSkipTheSessionChecks() {
		WebSession newcomer = signedIn("a.newcomer");
		HttpResponse<String> answer = newcomer.json("GET", "/api/v1/me", null, Map.of("Authorization", "Basic eDp5"));
		assertThat(answer.statusCode()).isEqualTo(403);
		assertThat(answer.body()).contains("请先修改密码");
	}

	@Test
	void phoneIsMaskedAndItsFullViewIsLogged() {
		WebSession security = signedIn("a.security");
		HttpResponse<String> list = security.get("/admin/users");
		assertThat(list.body()).contains("139****5678").doesNotContain(Fixtures.PHONE_OF_A_PATROL);
		HttpResponse<String> revealed = security.json("POST", "/api/v1/users/" + fixtures.id("a.patrol") + "/phone", "{}",
				Map.of());
		assertThat(revealed.body()).contains(Fixtures.PHONE_OF_A_PATROL);
		assertThat(jdbc.sql("select count(*) from operation_log where action = 'identity.personal-data.view'"
				+ " and actor_name = 'a.security' and target_id = :id").param("id", Long.toString(fixtures.id("a.patrol")))
			.query(Long.class).single()).isPositive();

		HttpResponse<String> refused = signedIn("a.director").json("POST",
				"/api/v1/users/" + fixtures.id("a.patrol") + "/phone", "{}", Map.of());
		assertThat(refused.statusCode()).as("a village director's role does not unmask").isEqualTo(403);
	}

	private String password(String username) {
		return jdbc.sql("select password_hash from app_user where username = :u").param("u", username)
			.query(String.class).single();
	}
}
