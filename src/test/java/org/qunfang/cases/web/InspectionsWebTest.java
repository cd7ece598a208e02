package org.qunfang.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.qunfang.support.Fixtures;
import org.qunfang.support.IntegrationTest;
import org.qunfang.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Inspections through the pages and the API: forms with photos, registers and exports, problem details, retries. */
class InspectionsWebTest extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theApiRecordsAnInspectionOnceHoweverOftenAPhoneRetries() {
		WebSession security = signedIn("a.security");
		String body = inspection("甲村东头小卖部", today(), false);
		Map<String, String> key = Map.of("Idempotency-Key", "inspection-retry-1");
		HttpResponse<String> first = security.json("POST", "/api/v1/inspections", body, key);
		HttpResponse<String> again = security.json("POST", "/api/v1/inspections", body, key);
		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(first.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("/api/v1/inspections/"));
		assertThat(first.body()).contains("\"placeName\":\"甲村东头小卖部\"").contains("\"status\":\"OPEN\"")
			.contains("\"villageZh\":\"甲村\"");
		assertThat(again.statusCode()).isEqualTo(201);
		assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
		assertThat(again.body()).isEqualTo(first.body());
		assertThat(places("甲村东头小卖部")).isEqualTo(1);
		assertThat(security.json("POST", "/api/v1/inspections", inspection("甲村西头小卖部", today(), false), key).statusCode())
			.as("the same key with another body").isEqualTo(422);
		assertThat(places("甲村西头小卖部")).isZero();
	}

	@Test
	void theApiRefusesBadInputWithAProblemInTheCallersLanguageAndWritesNothing() {
		WebSession security = signedIn("a.security");
		long before = count("inspection");
		HttpResponse<String> future = security.json("POST", "/api/v1/inspections", inspection("甲村未来", today().plusDays(2), true),
				Map.of());
		assertThat(future.statusCode()).isEqualTo(422);
		assertThat(future.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
		assertThat(future.body()).contains("不能登记未来的检查");
		HttpResponse<String> script = security.json("POST", "/api/v1/inspections",
				inspection("<script>alert(1)</script>", today(), true), Map.of());
		assertThat(script.statusCode()).isEqualTo(422);
		assertThat(script.body()).contains("不能含有网页标记或脚本");
		HttpResponse<String> blank = security.json("POST", "/api/v1/inspections", inspection("", today(), true), Map.of());
		assertThat(blank.statusCode()).isEqualTo(400);
		assertThat(blank.body()).contains("\"field\":\"placeName\"");
		HttpResponse<String> unknown = security.json("POST", "/api/v1/inspections",
				inspection("甲村某处", today(), true).replace("\"templateId\":" + fixtures.id("checklistA"), "\"templateId\":7"), Map.of());
		assertThat(unknown.statusCode()).isEqualTo(422);
		assertThat(unknown.body()).contains("没有这张检查表");
		long withoutCommittee = fixtures.newVillage("IWT1");
		HttpResponse<String> english = signedIn("t1.officer").language("en").json("POST", "/api/v1/inspections",
				inspection("B", today(), true).replace("\"villageId\":" + fixtures.id("A"), "\"villageId\":" + withoutCommittee)
					.replace("\"inspectedOn\":\"" + today() + "\"", "\"inspectedOn\":\"" + today().plusDays(1) + "\""),
				Map.of());
		assertThat(english.statusCode()).isEqualTo(422);
		assertThat(english.body()).contains("The village has no organization responsible for inspections");
		HttpResponse<String> ahead = signedIn("a.security").language("en").json("POST", "/api/v1/inspections",
				inspection("A", today().plusDays(1), true), Map.of());
		assertThat(ahead.body()).contains("cannot be recorded ahead of time");
		assertThat(count("inspection")).isEqualTo(before);
	}

	@Test
	void theApiWorksATaskFromPhotoToClosing() throws Exception {
		WebSession security = signedIn("a.security");
		String token = token(security);
		HttpResponse<String> created = security.json("POST", "/api/v1/inspections", inspection("甲村粮站", today(), false), Map.of());
		long task = Long.parseLong(created.body().replaceAll("(?s).*\"tasks\":\\[\\{\"id\":(\\d+).*", "$1"));
		long inspection = Long.parseLong(created.body().replaceAll("(?s)^\\{\"inspection\":\\{\"id\":(\\d+).*", "$1"));

		assertThat(upload(token, "/api/v1/inspections/" + inspection + "/photos?item=2", "fire.png", Fixtures.png()).statusCode())
			.isEqualTo(201);
		HttpResponse<String> text = upload(token, "/api/v1/rectifications/" + task + "/photos", "notes.png",
				"just text".getBytes(StandardCharsets.UTF_8));
		assertThat(text.statusCode()).isEqualTo(422);
		assertThat(text.body()).contains("JPG 或 PNG");
		long photos = count("inspection_photo");
		assertThat(upload(token, "/api/v1/rectifications/" + task + "/photos", "big.png", new byte[2 * 1024 * 1024]).statusCode())
			.as("over the upload limit").isEqualTo(413);
		assertThat(count("inspection_photo")).isEqualTo(photos);
		assertThat(upload(token, "/api/v1/rectifications/" + task + "/photos", "after.png", Fixtures.png()).statusCode())
			.isEqualTo(201);

		assertThat(security.json("POST", "/api/v1/rectifications/" + task + "/proof", "{\"note\":\"已更换灭火器\"}", Map.of())
			.body()).contains("\"status\":\"PROOF_SUBMITTED\"");
		WebSession director = signedIn("a.director");
		HttpResponse<String> failed = director.json("POST", "/api/v1/rectifications/" + task + "/recheck",
				"{\"passed\":false,\"finding\":\"只换了一具\",\"newDeadline\":\"" + today().plusDays(7) + "\"}", Map.of());
		assertThat(failed.statusCode()).isEqualTo(200);
		assertThat(failed.body()).contains("\"status\":\"OPEN\"").contains("\"deadline\":\"" + today().plusDays(7) + "\"");
		security.json("POST", "/api/v1/rectifications/" + task + "/proof",
				"{\"note\":\"两具都已更换\",\"noPhotoReason\":\"复查人员现场看过\"}", Map.of());
		HttpResponse<String> closed = director.json("POST", "/api/v1/rectifications/" + task + "/recheck", "{\"passed\":true}",
				Map.of());
		assertThat(closed.body()).contains("\"status\":\"CLOSED\"").contains("\"step\":\"PASSED\"")
			.contains("\"actorName\":\"甲村主任\"");
		assertThat(director.json("POST", "/api/v1/rectifications/" + task + "/proof", "{\"note\":\"x\",\"noPhotoReason\":\"x\"}",
				Map.of()).statusCode()).isEqualTo(422);
	}

	@Test
	void thePagesRecordAnInspectionWithAPhotoAndTheRegisterListsExportsAndCountsIt() throws Exception {
		WebSession security = signedIn("a.security");
		List<Long> items = items();
		assertThat(security.get("/inspections/new?village=" + fixtures.id("A") + "&template=" + fixtures.id("checklistA")).body())
			.contains("id=\"inspection-form\"").contains("灭火器在有效期内");
		Map<String, String> form = form("甲村文化礼堂", items);
		HttpResponse<String> saved = formWithPhoto(security, form, "photos-" + items.get(1), "fire.png", Fixtures.png());
		assertThat(saved.statusCode()).isEqualTo(302);
		String location = saved.headers().firstValue("Location").orElseThrow();
		assertThat(location).matches(".*/inspections/\\d+");
		String detail = security.get(location.replaceFirst("^https?://[^/]+", "")).body();
		assertThat(detail).contains("甲村文化礼堂").contains("灭火器在有效期内：过期两个月").contains("/inspection-photos/")
			.contains("data-print").contains("安全检查记录表");

		String register = security.get("/inspections?village=" + fixtures.id("A") + "&hazards=true").body();
		assertThat(register).contains("甲村文化礼堂").contains("id=\"inspection-months\"").contains("data-print")
			.contains("qf-print-title");
		byte[] excel = security.getBytes("/inspections.xlsx?village=" + fixtures.id("A")).body();
		assertThat(cells(excel)).contains("甲村文化礼堂", "检查场所", "甲村");
		assertThat(cells(security.getBytes("/rectifications.xlsx?status=OPEN").body())).contains("灭火器在有效期内：过期两个月");
		assertThat(security.get("/rectifications?status=OPEN").body()).contains("灭火器在有效期内：过期两个月")
			.contains("id=\"rectification-months\"");
	}

	@Test
	void aFormWithANonImagePhotoIsShownAgainWithTheReasonAndNothingIsWritten() throws Exception {
		WebSession security = signedIn("a.security");
		List<Long> items = items();
		long before = count("inspection");
		HttpResponse<String> refused = formWithPhoto(security, form("甲村祠堂", items), "photos-" + items.get(1), "photo.png",
				"%PDF-1.4 a document".getBytes(StandardCharsets.US_ASCII));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("照片只能是 JPG 或 PNG 图片").contains("甲村祠堂");
		Map<String, String> future = form("甲村祠堂", items);
		future.put("inspectedOn", today().plusDays(3).toString());
		HttpResponse<String> ahead = formWithPhoto(security, future, "photos-" + items.get(1), "p.png", Fixtures.png());
		assertThat(ahead.body()).contains("不能登记未来的检查");
		assertThat(count("inspection")).isEqualTo(before);
	}

	@Test
	void aPhotoAddressOfAnotherVillageReadsAsNotFound() {
		String photo = "/inspection-photos/" + fixtures.id("photoA");
		HttpResponse<byte[]> own = signedIn("a.director").getBytes(photo);
		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(own.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(own.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(signedIn("b.director").getBytes(photo).statusCode()).isEqualTo(404);
		assertThat(signedIn("t2.officer").getBytes("/api/v1" + photo).statusCode()).isEqualTo(404);
		long contractFile = jdbc.sql("select attachment_id from security_contract where id = :id")
			.param("id", fixtures.id("contractA")).query(Long.class).single();
		assertThat(signedIn("a.director").getBytes("/inspection-photos/" + contractFile).statusCode())
			.as("an attachment that is no inspection photo").isEqualTo(404);
	}

	@Test
	void theHomePageOfTheVillageAndTheTownshipFetchesTheOverdueCount() {
		for (String user : new String[] { "a.director", "t1.officer" }) {
			WebSession session = signedIn(user);
			assertThat(session.get("/").body()).contains("逾期未整改的隐患").contains("hx-get=\"/rectifications/overdue-count\"");
			assertThat(session.get("/rectifications/overdue-count").body()).matches("<span class=\"text-\\w+\" id=\"overdue-count\">\\d+</span>");
		}
		assertThat(signedIn("a.patrol").get("/").body()).doesNotContain("overdue-count");
	}

	private String inspection(String place, LocalDate day, boolean bothPass) {
		List<Long> items = items();
		return "{\"villageId\":" + fixtures.id("A") + ",\"templateId\":" + fixtures.id("checklistA") + ",\"placeName\":\""
				+ place + "\",\"inspectedOn\":\"" + day + "\",\"inspectors\":\"甲村治保主任\",\"responsible\":\"店主\","
				+ "\"answers\":[{\"itemId\":" + items.get(0) + ",\"passed\":true},{\"itemId\":" + items.get(1) + ",\"passed\":"
				+ bothPass + ",\"note\":\"过期\"}]}";
	}

	private Map<String, String> form(String place, List<Long> items) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("villageId", Long.toString(fixtures.id("A")));
		form.put("templateId", Long.toString(fixtures.id("checklistA")));
		form.put("placeName", place);
		form.put("inspectedOn", today().toString());
		form.put("inspectors", "甲村治保主任");
		form.put("responsible", "管理员");
		form.put("items[0].itemId", Long.toString(items.get(0)));
		form.put("items[0].passed", "true");
		form.put("items[1].itemId", Long.toString(items.get(1)));
		form.put("items[1].passed", "false");
		form.put("items[1].note", "过期两个月");
		return form;
	}

	private List<Long> items() {
		return jdbc.sql("select id from checklist_item where template_id = :t order by seq").param("t", fixtures.id("checklistA"))
			.query(Long.class).list();
	}

	private HttpResponse<String> formWithPhoto(WebSession session, Map<String, String> fields, String fileField,
			String fileName, byte[] content) throws Exception {
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", session.csrf());
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/inspections"))
			.header("Cookie", "SESSION=" + session.cookie("SESSION").orElseThrow()).header("Accept-Language", "zh-CN"),
				all, fileField, fileName, content);
	}

	private HttpResponse<String> upload(String token, String path, String fileName, byte[] content) throws Exception {
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Bearer " + token)
			.header("Accept-Language", "zh-CN"), Map.of(), "file", fileName, content);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request, Map<String, String> fields, String fileField,
			String fileName, byte[] content) throws Exception {
		String boundary = "----qf" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Map.Entry<String, String> f : fields.entrySet()) {
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n" + f.getValue()
					+ "\r\n").getBytes(StandardCharsets.UTF_8));
		}
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return HttpClient.newHttpClient().send(request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String token(WebSession session) {
		HttpResponse<String> created = session.json("POST", "/api/v1/tokens", "{\"name\":\"inspection-phone\",\"validDays\":1}",
				Map.of());
		return created.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
	}

	private static List<String> cells(byte[] workbook) throws IOException {
		List<String> cells = new java.util.ArrayList<>();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
			for (Row row : book.getSheetAt(0)) {
				row.forEach(c -> cells.add(c.toString()));
			}
		}
		return cells;
	}

	private long places(String place) {
		return jdbc.sql("select count(*) from inspection where place_name = :p").param("p", place).query(Long.class).single();
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
	}
}
