package org.qunfang.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.qunfang.identity.internal.PublicPaths;
import org.qunfang.support.Fixtures;
import org.qunfang.support.IntegrationTest;
import org.qunfang.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every mapped endpoint refuses anonymous callers (except the public ones listed in one place), and
 * refuses callers of another village or township. The endpoints and how each is judged are data
 * ({@code authorization-matrix.txt}); an endpoint missing there fails this test.
 */
class AuthorizationMatrixTest extends IntegrationTest {

	/** Two callers outside village A: a township officer of the other township, a director of village B. */
	private static final List<String> FOREIGNERS = List.of("t2.officer", "b.director");
	/** What identifies village A's records in any answer. */
	private static final List<String> MARKERS = List.of("a.patrol", "a.director", "甲村", "Village A");

	record Entry(String method, String pattern, String kind, String vars, String body) {

		String key() {
			return method + " " + pattern;
		}
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyEndpointIsInTheMatrix() throws IOException {
		Set<String> declared = new TreeSet<>(matrix().keySet());
		Set<String> mapped = mappedEndpoints();
		Set<String> missing = new TreeSet<>(mapped);
		missing.removeAll(declared);
		Set<String> stale = new TreeSet<>(declared);
		stale.removeAll(mapped);
		assertThat(missing).as("endpoints missing from authorization-matrix.txt").isEmpty();
		assertThat(stale).as("matrix lines for endpoints that no longer exist").isEmpty();
	}

	@Test
	void publicEndpointsAreExactlyThoseOfPublicPaths() throws IOException {
		AntPathMatcher matcher = new AntPathMatcher();
		for (Entry e : matrix().values()) {
			boolean listedPublic = PublicPaths.PATTERNS.stream().anyMatch(p -> matcher.match(p, e.pattern()));
			assertThat(listedPublic).as(e.key() + " public in matrix iff in PublicPaths")
				.isEqualTo(e.kind().equals("public"));
		}
	}

	@Test
	void anonymousCallersAreRefusedEverywhereButThePublicEndpoints() throws IOException {
		Map<String, String> values = placeholders();
		for (Entry e : matrix().values()) {
			if (e.kind().equals("public")) {
				continue;
			}
			WebSession anonymous = browser();
			anonymous.get("/login");
			HttpResponse<byte[]> answer = sendBytes(anonymous, e, values);
			if (e.pattern().startsWith("/api/")) {
				assertThat(answer.statusCode()).as(e.key()).isIn(401, 403);
			}
			else {
				assertThat(answer.statusCode()).as(e.key()).isIn(302, 403);
				if (answer.statusCode() == 302) {
					assertThat(answer.headers().firstValue("Location").orElse("")).as(e.key()).endsWith("/login");
				}
			}
			assertThat(text(answer)).as(e.key()).doesNotContain("a.patrol");
		}
	}

	@Test
	void callersOfAnotherVillageAreRefused() throws IOException {
		Map<String, String> values = placeholders();
		for (String foreigner : FOREIGNERS) {
			WebSession session = signedIn(foreigner);
			for (Entry e : matrix().values()) {
				HttpResponse<byte[]> answer = sendBytes(session, e, values);
				String text = text(answer);
				switch (e.kind()) {
					case "scoped", "denied" -> assertThat(answer.statusCode()).as(foreigner + " " + e.key()).isIn(403, 404);
					case "list" -> {
						assertThat(answer.statusCode()).as(foreigner + " " + e.key()).isIn(200, 403);
						MARKERS.forEach(m -> assertThat(text).as(foreigner + " " + e.key()).doesNotContain(m));
					}
					case "own" -> {
						assertThat(answer.statusCode()).as(foreigner + " " + e.key()).isLessThan(500);
						MARKERS.forEach(m -> assertThat(text).as(foreigner + " " + e.key()).doesNotContain(m));
					}
					default -> {
					}
				}
			}
		}
		assertThat(jdbc.sql("select enabled, must_change_password, failed_attempts from app_user where username = 'a.patrol'")
			.query().singleRow()).as("village A's patrol member was not touched")
			.containsEntry("enabled", true).containsEntry("must_change_password", false).containsEntry("failed_attempts", 0);
		assertThat(jdbc.sql("select count(*) from access_token where id = :id and revoked_at is null")
			.param("id", Long.parseLong(values.get("tokenA"))).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from app_user where username like 'matrix.%'").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select status from prevention_org where id = :id").param("id", fixtures.id("orgA"))
			.query(String.class).single()).as("village A's committee was not touched").isEqualTo("ACTIVE");
		assertThat(jdbc.sql("select count(*) from household where household_no like 'X-%'").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from prevention_org where name = 'X'").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from patrol_pattern where name = 'X'").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select name, active from patrol_pattern where id = :id").param("id", fixtures.id("patternA"))
			.query().singleRow()).as("village A's pattern was not touched").containsEntry("name", "甲村白天值班")
			.containsEntry("active", true);
		assertThat(jdbc.sql("select status from register_import where id = :id").param("id", fixtures.id("importA"))
			.query(String.class).single()).isEqualTo("CHECKED");
		assertThat(jdbc.sql("select status from security_contract where id = :id").param("id", fixtures.id("contractA"))
			.query(String.class).single()).isEqualTo("ACTIVE");
	}

	@Test
	void listsDoShowVillageARecordsToTheCounty() throws IOException {
		Map<String, String> values = placeholders();
		WebSession admin = signedIn("t.admin");
		for (Entry e : matrix().values()) {
			if (e.kind().equals("list")) {
				HttpResponse<byte[]> answer = sendBytes(admin, e, values);
				assertThat(answer.statusCode()).as(e.key()).isEqualTo(200);
				String text = text(answer);
				assertThat(MARKERS.stream().anyMatch(text::contains)).as("county sees village A in " + e.key()).isTrue();
			}
		}
	}

	/**
	 * Every page and reading endpoint renders for a caller who may use it — the county, the township or village
	 * A's director (a broken template fails here).
	 */
	@Test
	void everyPageAndReadingEndpointAnswersThoseWhoMayUseIt() throws IOException {
		Map<String, String> values = placeholders();
		WebSession admin = signedIn("t.admin");
		WebSession officer = signedIn("t1.officer");
		WebSession director = signedIn("a.director");
		for (Entry e : matrix().values()) {
			if (e.method().equals("GET") && !e.kind().equals("public")) {
				HttpResponse<byte[]> answer = sendBytes(admin, e, values);
				if (answer.statusCode() == 403) {
					answer = sendBytes(officer, e, values);
				}
				if (answer.statusCode() == 403) {
					answer = sendBytes(director, e, values);
				}
				assertThat(answer.statusCode()).as(e.key() + " " + text(answer).lines().limit(3).toList()).isEqualTo(200);
			}
		}
		for (String[] page : new String[][] { { "jointA", "甲村十户联防" }, { "contractOrgA", "A-2026-1" } }) {
			var answer = officer.get("/organizations/" + values.get(page[0]));
			assertThat(answer.statusCode()).as(page[0]).isEqualTo(200);
			assertThat(answer.body()).contains(page[1]);
		}
	}

	private Map<String, String> placeholders() {
		WebSession director = signedIn("a.director");
		HttpResponse<String> token = director.json("POST", "/api/v1/tokens", "{\"name\":\"matrix-a\"}", Map.of());
		assertThat(token.statusCode()).isEqualTo(201);
		director.get("/admin/users");
		Map<String, String> values = new LinkedHashMap<>();
		values.put("userA", Long.toString(fixtures.id("a.patrol")));
		values.put("villageA", Long.toString(fixtures.id("A")));
		values.put("tokenA", token.body().replaceAll(".*\"id\":(\\d+).*", "$1"));
		values.put("role", "PATROL_MEMBER");
		values.put("checkpointTokenA", fixtures.checkpointToken("checkpointA"));
		fixtures.ids().forEach((key, id) -> values.putIfAbsent(key, Long.toString(id)));
		return values;
	}

	private HttpResponse<byte[]> sendBytes(WebSession session, Entry e, Map<String, String> values) {
		String path = e.pattern();
		StringBuilder query = new StringBuilder();
		for (String pair : e.vars().isEmpty() ? new String[0] : e.vars().split("&")) {
			String[] kv = pair.split("=", 2);
			String value = fill(kv[1], values);
			if (path.contains("{" + kv[0] + "}")) {
				path = path.replace("{" + kv[0] + "}", value);
			}
			else {
				query.append(query.isEmpty() ? "?" : "&").append(kv[0]).append('=')
					.append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
			}
		}
		path = path + query;
		String body = fill(e.body(), values);
		if (body.startsWith("form:") || (body.isEmpty() && !path.startsWith("/api/"))) {
			Map<String, String> form = new LinkedHashMap<>();
			String content = body.isEmpty() ? "" : body.substring(5);
			for (String pair : content.isEmpty() ? new String[0] : content.split("&")) {
				String[] kv = pair.split("=", 2);
				form.put(kv[0], kv[1]);
			}
			return session.raw(e.method(), path, form, null);
		}
		return session.raw(e.method(), path, null, body.startsWith("json:") ? body.substring(5) : null);
	}

	private static String fill(String text, Map<String, String> values) {
		String out = text;
		for (Map.Entry<String, String> v : values.entrySet()) {
			out = out.replace("${" + v.getKey() + "}", v.getValue());
		}
		return out;
	}

	private static String text(HttpResponse<byte[]> answer) throws IOException {
		String type = answer.headers().firstValue("Content-Type").orElse("");
		if (type.contains("spreadsheetml") && answer.statusCode() == 200) {
			StringBuilder out = new StringBuilder();
			try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(answer.body()))) {
				for (Sheet sheet : book) {
					for (Row row : sheet) {
						for (Cell cell : row) {
							out.append(cell.toString()).append('\t');
						}
					}
				}
			}
			return out.toString();
		}
		return new String(answer.body(), StandardCharsets.UTF_8);
	}

	private Map<String, Entry> matrix() throws IOException {
		Map<String, Entry> entries = new LinkedHashMap<>();
		try (InputStream in = getClass().getResourceAsStream("/authorization-matrix.txt")) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.split("\\|", 5);
				Entry entry = new Entry(cells[0].strip(), cells[1].strip(), cells[2].strip(),
						cells.length > 3 ? cells[3].strip() : "", cells.length > 4 ? cells[4].strip() : "");
				entries.put(entry.key(), entry);
			}
		}
		return entries;
	}

	private Set<String> mappedEndpoints() {
		Set<String> endpoints = new TreeSet<>();
		for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				List<String> names = new ArrayList<>();
				if (methods.isEmpty()) {
					names.add("GET");
				}
				methods.forEach(m -> names.add(m.name()));
				for (String pattern : info.getPatternValues()) {
					names.forEach(n -> endpoints.add(n + " " + pattern));
				}
			}
		}
		return endpoints;
	}
}
