package org.qunfang.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qunfang.cases.register.CaseChannel;
import org.qunfang.cases.register.CaseRegister;
import org.qunfang.cases.register.CaseTypes;
import org.qunfang.cases.register.NewCase;
import org.qunfang.cases.register.PossibleDuplicates;
import org.qunfang.cases.register.VillageExtents;
import org.qunfang.identity.Caller;
import org.qunfang.organization.OrganizationType;
import org.qunfang.organization.bodies.NewOrganization;
import org.qunfang.organization.bodies.PreventionOrganizations;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.RefusalException;
import org.qunfang.support.Fixtures;
import org.qunfang.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Registering and handling cases through the use cases, the pages and the API. */
@RecordApplicationEvents
class CaseRegisterTest extends IntegrationTest {

	@Autowired
	CaseRegister cases;

	@Autowired
	PreventionOrganizations organizations;

	@Autowired
	VillageExtents extents;

	@Autowired
	CaseTypes types;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	/** A new village of township T1 with a security committee, so cases there have an owner. */
	private long villageWithCommittee(String code) {
		long village = fixtures.newVillage(code);
		organizations.create(fixtures.caller("t1.officer"), new NewOrganization(village, OrganizationType.SECURITY_COMMITTEE,
				"测试村" + code + "治保会", LocalDate.of(2026, 1, 1), List.of()));
		return village;
	}

	private NewCase theft(long village, Instant occurred, String place, Double lat, Double lon, boolean allowDuplicate) {
		return new NewCase(village, "THEFT", occurred, null, null, place, lat, lon, "电动车被盗", 180_000, "李四",
				CaseChannel.VILLAGER, null, null, List.of(), allowDuplicate);
	}

	private long count(long village) {
		return jdbc.sql("select count(*) from case_record where village_id = :v").param("v", village).query(Long.class).single();
	}

	@Test
	void aCaseIsNumberedOwnedByTheCommitteeAndAnnounced() {
		long village = villageWithCommittee("CR1");
		Instant occurred = clock.instant().minus(Duration.ofHours(3));
		long id = cases.register(fixtures.caller("t1.officer"), theft(village, occurred, "村委会门口", 27.5, 111.7, false));

		var row = jdbc.sql("select case_no, owner_org_name, status, loss_fen from case_record where id = :id").param("id", id)
			.query().singleRow();
		assertThat((String) row.get("case_no")).matches("CR1-\\d{4}-0001");
		assertThat(row.get("owner_org_name")).isEqualTo("测试村CR1治保会");
		assertThat(row.get("status")).isEqualTo("REGISTERED");
		assertThat(((Number) row.get("loss_fen")).longValue()).isEqualTo(180_000);
		assertThat(events.stream(CaseRegistered.class).filter(e -> e.caseId() == id)).singleElement().satisfies(e -> {
			assertThat(e.villageId()).isEqualTo(village);
			assertThat(e.caseType()).isEqualTo("THEFT");
			assertThat(e.occurredAt()).isEqualTo(occurred);
			assertThat(e.zone()).isEqualTo("村委会门口");
			assertThat(e.latitude()).isEqualTo(27.5);
		});
		long second = cases.register(fixtures.caller("t1.officer"), theft(village, occurred.minus(Duration.ofDays(30)), "河边",
				null, null, false));
		assertThat(jdbc.sql("select case_no from case_record where id = :id").param("id", second).query(String.class).single())
			.endsWith("-0002");
	}

	@Test
	void aPossibleDuplicateIsShownAndCanBeOverruled() {
		long village = villageWithCommittee("CR2");
		Caller officer = fixtures.caller("t1.officer");
		Instant occurred = clock.instant().minus(Duration.ofHours(10));
		long first = cases.register(officer, theft(village, occurred, "村口 小卖部", null, null, false));

		assertThatThrownBy(() -> cases.register(officer, theft(village, occurred.plus(Duration.ofHours(2)), "村口小卖部", null,
				null, false)))
			.isInstanceOfSatisfying(PossibleDuplicates.class,
					d -> assertThat(d.candidates()).extracting(c -> c.id()).containsExactly(first));
		assertThat(count(village)).isEqualTo(1);

		cases.register(officer, theft(village, occurred.plus(Duration.ofHours(2)), "村口小卖部", null, null, true));
		assertThat(count(village)).isEqualTo(2);
	}

	@Test
	void twoPeopleRegisteringTheSameCaseAtOnceGetOneCaseAndOneWarning() throws Exception {
		long village = villageWithCommittee("CRB");
		Caller officer = fixtures.caller("t1.officer");
		Instant occurred = clock.instant().minus(Duration.ofHours(4));
		var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
		try {
			java.util.concurrent.Callable<String> attempt = () -> {
				try {
					cases.register(officer, theft(village, occurred, "祠堂门口", null, null, false));
					return "registered";
				}
				catch (PossibleDuplicates warned) {
					return "warned";
				}
			};
			var results = pool.invokeAll(java.util.Collections.nCopies(4, attempt));
			List<String> outcomes = new java.util.ArrayList<>();
			for (var result : results) {
				outcomes.add(result.get());
			}
			assertThat(outcomes).containsOnlyOnce("registered");
		}
		finally {
			pool.shutdown();
		}
		assertThat(count(village)).isEqualTo(1);
	}

	@Test
	void noDuplicateWarningForAnotherPlaceTimeOrType() {
		long village = villageWithCommittee("CR3");
		Caller officer = fixtures.caller("t1.officer");
		Instant occurred = clock.instant().minus(Duration.ofDays(5));
		cases.register(officer, theft(village, occurred, "祠堂", 27.50, 111.70, false));
		// Two kilometres away, same hour.
		cases.register(officer, theft(village, occurred, "祠堂", 27.518, 111.70, false));
		// Same place, three days later.
		cases.register(officer, theft(village, occurred.plus(Duration.ofDays(3)), "祠堂", 27.50, 111.70, false));
		// Same place and time, another type.
		cases.register(officer, new NewCase(village, "FIRE", occurred, null, null, "祠堂", 27.50, 111.70, "柴草起火", 0, null,
				CaseChannel.PATROL, null, null, List.of(), false));
		// Different named places without coordinates.
		cases.register(officer, theft(village, occurred, "学校后门", null, null, false));
		assertThat(count(village)).isEqualTo(5);
		assertThat(cases.similar(officer, village, "THEFT", occurred.plus(Duration.ofHours(1)), null, "祠堂", 27.5001, 111.7001))
			.hasSize(1);
	}

	@Test
	void badInputIsRefusedWithAClearMessageAndNothingIsWritten() {
		long village = villageWithCommittee("CR4");
		Caller officer = fixtures.caller("t1.officer");
		extents.set(fixtures.caller("t.admin"), village, new VillageExtents.Extent(27.40, 27.60, 111.60, 111.80));
		Instant now = clock.instant();
		Instant past = now.minus(Duration.ofHours(1));
		long otherGroup = fixtures.id("groupA");
		Map<String, NewCase> refused = new java.util.LinkedHashMap<>();
		refused.put("error.case.future", theft(village, now.plus(Duration.ofHours(2)), "村口", null, null, true));
		refused.put("error.case.reported-before-occurred", new NewCase(village, "THEFT", past, past.minus(Duration.ofHours(1)),
				null, null, null, null, "被盗", 0, null, CaseChannel.VILLAGER, null, null, List.of(), true));
		refused.put("error.case.outside-village", theft(village, past, "村口", 28.9, 111.7, true));
		refused.put("error.case.coordinates", theft(village, past, "村口", 27.5, null, true));
		refused.put("error.case.group-outside", new NewCase(village, "THEFT", past, null, otherGroup, null, null, null, "被盗", 0,
				null, CaseChannel.VILLAGER, null, null, List.of(), true));
		refused.put("error.text.empty", new NewCase(village, "THEFT", past, null, null, null, null, null, "  ", 0, null,
				CaseChannel.VILLAGER, null, null, List.of(), true));
		refused.put("error.text.too-long", new NewCase(village, "THEFT", past, null, null, null, null, null, "盗".repeat(2001), 0,
				null, CaseChannel.VILLAGER, null, null, List.of(), true));
		refused.put("error.text.markup", new NewCase(village, "THEFT", past, null, null, null, null, null,
				"被盗<script>alert(1)</script>", 0, null, CaseChannel.VILLAGER, null, null, List.of(), true));
		refused.put("error.case.type-unknown", new NewCase(village, "ALIENS", past, null, null, null, null, null, "被盗", 0, null,
				CaseChannel.VILLAGER, null, null, List.of(), true));
		refused.put("error.case.loss", new NewCase(village, "THEFT", past, null, null, null, null, null, "被盗", -1, null,
				CaseChannel.VILLAGER, null, null, List.of(), true));
		refused.put("error.case.party-phone", new NewCase(village, "THEFT", past, null, null, null, null, null, "被盗", 0, null,
				CaseChannel.VILLAGER, null, null, List.of(new NewCase.NewParty(org.qunfang.cases.register.PartyRole.VICTIM, "王五",
						null, "abc", null)), true));
		refused.forEach((key, form) -> assertThatThrownBy(() -> cases.register(officer, form)).as(key)
			.isInstanceOf(DomainException.class).satisfies(e -> assertThat(((RefusalException) e).messageKey()).isEqualTo(key)));
		assertThat(count(village)).isZero();

		cases.register(officer, theft(village, past, "村口", 27.5, 111.7, true));
		assertThat(count(village)).isEqualTo(1);
	}

	@Test
	void aVillageWithoutACommitteeCannotRegisterCases() {
		long village = fixtures.newVillage("CR5");
		assertThatThrownBy(() -> cases.register(fixtures.caller("t1.officer"), theft(village, clock.instant().minus(
				Duration.ofHours(1)), "村口", null, null, true)))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("error.case.no-owner"));
		assertThat(count(village)).isZero();
	}

	@Test
	void aRetiredTypeTakesNoNewCases() {
		long village = villageWithCommittee("CR6");
		Caller admin = fixtures.caller("t.admin");
		types.save(admin, "CR6_TYPE", "测试类别", "Test type", 900);
		NewCase form = new NewCase(village, "CR6_TYPE", clock.instant().minus(Duration.ofHours(1)), null, null, null, null, null,
				"测试", 0, null, CaseChannel.OTHER, null, null, List.of(), true);
		cases.register(fixtures.caller("t1.officer"), form);
		types.setActive(admin, "CR6_TYPE", false);
		assertThatThrownBy(() -> cases.register(fixtures.caller("t1.officer"), form))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("error.case.type-unknown"));
		assertThat(types.all(fixtures.id("county"))).anyMatch(t -> t.code().equals("CR6_TYPE") && !t.active());
	}

	@Test
	void handlingThroughTheApiFollowsTheRules() {
		long village = villageWithCommittee("CR7");
		long mediation = organizations.create(fixtures.caller("t1.officer"), new NewOrganization(village,
				OrganizationType.MEDIATION_COMMITTEE, "测试村CR7调委会", LocalDate.of(2026, 1, 1), List.of()));
		long id = cases.register(fixtures.caller("t1.officer"), theft(village, clock.instant().minus(Duration.ofHours(5)),
				"村口", null, null, true));
		var officer = signedIn("t1.officer");
		var early = officer.json("POST", "/api/v1/cases/" + id + "/resolve", "{\"outcome\":\"已追回\"}", Map.of());
		assertThat(early.statusCode()).isEqualTo(422);
		assertThat(early.body()).contains("还没有任何办理记录");
		var noReason = officer.json("POST", "/api/v1/cases/" + id + "/transfer", "{\"toOrgId\":" + mediation + "}", Map.of());
		assertThat(noReason.statusCode()).isEqualTo(422);
		assertThat(noReason.body()).contains("转交必须写明理由");

		assertThat(officer.json("POST", "/api/v1/cases/" + id + "/transfer",
				"{\"toOrgId\":" + mediation + ",\"reason\":\"邻里纠纷引起，转调委会\"}", Map.of()).body()).contains("测试村CR7调委会");
		assertThat(officer.json("POST", "/api/v1/cases/" + id + "/steps", "{\"note\":\"双方到场调解\"}", Map.of()).statusCode())
			.isEqualTo(200);
		var resolved = officer.json("POST", "/api/v1/cases/" + id + "/resolve", "{\"outcome\":\"赔偿500元，双方和解\"}", Map.of());
		assertThat(resolved.statusCode()).isEqualTo(200);
		assertThat(resolved.body()).contains("\"status\":\"RESOLVED\"").contains("TRANSFERRED").contains("邻里纠纷引起");
		var after = officer.json("POST", "/api/v1/cases/" + id + "/steps", "{\"note\":\"再处理\"}", Map.of());
		assertThat(after.statusCode()).isEqualTo(422);
		assertThat(after.body()).contains("案件已结案");
	}

	@Test
	void creationThroughTheApiIsIdempotentAndWarnsOfDuplicates() {
		long village = villageWithCommittee("CR8");
		var officer = signedIn("t1.officer");
		String occurred = clock.instant().minus(Duration.ofHours(2)).toString();
		String body = "{\"villageId\":" + village + ",\"caseType\":\"THEFT\",\"occurredAt\":\"" + occurred
				+ "\",\"place\":\"晒谷场\",\"summary\":\"稻谷被盗\",\"lossFen\":30000,\"channel\":\"PATROL\"}";
		var first = officer.json("POST", "/api/v1/cases", body, Map.of("Idempotency-Key", "case-cr8-1"));
		assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
		var retry = officer.json("POST", "/api/v1/cases", body, Map.of("Idempotency-Key", "case-cr8-1"));
		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(retry.statusCode()).isEqualTo(201);
		assertThat(retry.body()).isEqualTo(first.body());
		assertThat(count(village)).isEqualTo(1);

		var duplicate = officer.json("POST", "/api/v1/cases", body, Map.of("Idempotency-Key", "case-cr8-2"));
		assertThat(duplicate.statusCode()).isEqualTo(409);
		assertThat(duplicate.body()).contains("\"duplicates\"").contains("稻谷被盗");
		assertThat(count(village)).isEqualTo(1);

		var script = officer.json("POST", "/api/v1/cases", body.replace("稻谷被盗", "<img src=x onerror=alert(1)>"),
				Map.of("Idempotency-Key", "case-cr8-3"));
		assertThat(script.statusCode()).isEqualTo(422);
		assertThat(script.body()).contains("不能含有网页标记");
		var unknownChannel = officer.json("POST", "/api/v1/cases", body.replace("PATROL", "TELEPATHY"), Map.of());
		assertThat(unknownChannel.statusCode()).isEqualTo(400);
		assertThat(count(village)).isEqualTo(1);
	}

	@Test
	void theFormShowsDuplicatesAndRefusalsWithTheInputKept() {
		long village = villageWithCommittee("CR9");
		var officer = signedIn("t1.officer");
		assertThat(officer.get("/cases/new?village=" + village).body()).contains("登记案件");
		String fromSuggestion = officer.get("/cases/new?village=" + village + "&sourceSuggestion=4242").body();
		assertThat(fromSuggestion).contains("name=\"sourceKind\" value=\"SUGGESTION\"").contains("value=\"4242\"")
			.containsPattern("value=\"SUGGESTION_BOOK\"\\s+selected");
		String when = java.time.LocalDateTime.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai"))).minusHours(1)
			.withSecond(0).withNano(0).toString().substring(0, 16);
		Map<String, String> form = new java.util.LinkedHashMap<>(Map.of("villageId", Long.toString(village), "caseType", "THEFT",
				"occurredAt", when, "place", "桥头", "summary", "摩托车被盗", "lossYuan", "3200.50", "channel", "VILLAGER"));
		var saved = officer.post("/cases", form);
		assertThat(saved.statusCode()).isEqualTo(302);
		String location = saved.headers().firstValue("Location").orElseThrow();
		assertThat(officer.get(location.replaceFirst("^https?://[^/]+", "")).body()).contains("摩托车被盗").contains("3200.50");

		var again = officer.post("/cases", form);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).contains("可能是同一案件").contains("桥头");
		form.put("allowDuplicate", "true");
		assertThat(officer.post("/cases", form).statusCode()).isEqualTo(302);

		form.put("summary", "<script>alert('x')</script>");
		var script = officer.post("/cases", form);
		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.body()).contains("不能含有网页标记").doesNotContain("<script>alert");
		form.put("summary", "正常");
		form.put("occurredAt", "2099-01-01T10:00");
		assertThat(officer.post("/cases", form).body()).contains("发生时间不能晚于现在");
		assertThat(count(village)).isEqualTo(2);
	}

	@Test
	void photosAreImagesWithinTheLimitAndStayInTheirVillage() {
		var director = signedIn("a.security");
		long caseA = fixtures.id("caseA");
		var pdf = director.upload("/api/v1/cases/" + caseA + "/photos", "x.pdf", "application/pdf",
				"%PDF-1.4 not a photo".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		assertThat(pdf.statusCode()).isEqualTo(422);
		assertThat(pdf.body()).contains("只能上传这些类型的文件：JPG, PNG");
		var renamed = director.upload("/api/v1/cases/" + caseA + "/photos", "photo.jpg", "image/jpeg",
				"GIF89a pretending".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		assertThat(renamed.statusCode()).isEqualTo(422);
		assertThatThrownBy(() -> cases.addPhoto(fixtures.caller("a.security"), caseA, "big.png", bigPng()))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("error.attachment.too-large"));
		assertThat(director.upload("/api/v1/cases/" + caseA + "/photos", "big.png", "image/png", bigPng()).statusCode())
			.isEqualTo(413);
		long photosOfA = jdbc.sql("select count(*) from case_photo where case_id = :c").param("c", caseA).query(Long.class)
			.single();
		assertThat(photosOfA).isEqualTo(1);

		long photoA = fixtures.id("casePhotoA");
		var own = director.getBytes("/cases/" + caseA + "/photos/" + photoA);
		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(own.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/png");

		long caseB = cases.register(fixtures.caller("b.security"), new NewCase(fixtures.id("B"), "FIRE",
				clock.instant().minus(Duration.ofHours(1)), null, null, "乙村仓库", null, null, "仓库起火", 0, null,
				CaseChannel.PATROL, null, null, List.of(), true));
		long photoB = cases.addPhoto(fixtures.caller("b.security"), caseB, "fire.png", Fixtures.png());
		assertThat(director.getBytes("/cases/" + caseA + "/photos/" + photoB).statusCode()).isEqualTo(404);
		assertThat(director.getBytes("/cases/" + caseB + "/photos/" + photoB).statusCode()).isEqualTo(404);
		assertThat(director.getBytes("/api/v1/cases/" + caseB + "/photos/" + photoB).statusCode()).isEqualTo(404);
		assertThat(signedIn("b.director").getBytes("/cases/" + caseA + "/photos/" + photoA).statusCode()).isEqualTo(404);
	}

	private static byte[] bigPng() {
		byte[] big = new byte[11 * 1024 * 1024];
		byte[] png = Fixtures.png();
		System.arraycopy(png, 0, big, 0, png.length);
		return big;
	}

	@Test
	void theRegisterFiltersExportsAndPrints() throws Exception {
		long village = villageWithCommittee("CRA");
		Caller officer = fixtures.caller("t1.officer");
		Instant now = clock.instant();
		cases.register(officer, theft(village, now.minus(Duration.ofDays(2)), "东头", null, null, true));
		cases.register(officer, new NewCase(village, "ASSAULT", now.minus(Duration.ofDays(40)), null, null, "西头", null, null,
				"酒后打架", 0, null, CaseChannel.POLICE, null, null, List.of(), true));
		var session = signedIn("t1.officer");
		String page = session.get("/cases?village=" + village + "&type=ASSAULT").body();
		assertThat(page).contains("酒后打架").doesNotContain("电动车被盗").contains("共 1 条");
		assertThat(session.get("/cases?village=" + village + "&q=电动车").body()).contains("电动车被盗").doesNotContain("酒后打架");
		var excel = session.getBytes("/cases.xlsx?village=" + village);
		assertThat(excel.statusCode()).isEqualTo(200);
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(excel.body()))) {
			var sheet = book.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(2);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("编号");
			assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo("电动车被盗");
			assertThat(sheet.getRow(1).getCell(8).getNumericCellValue()).isEqualTo(1800.0);
		}
		assertThat(session.get("/cases/print?village=" + village).body()).contains("案件登记簿（台账）").contains("酒后打架")
			.contains("登记人签字");
		var months = session.json("GET", "/api/v1/cases/by-month?village=" + village, null, Map.of()).body();
		assertThat(months).matches("\\{(\"\\d{4}-\\d{2}\":\\d+,?){12}\\}");
		assertThat(signedIn("t2.officer").get("/cases?village=" + village).body()).doesNotContain("电动车被盗");
	}
}
