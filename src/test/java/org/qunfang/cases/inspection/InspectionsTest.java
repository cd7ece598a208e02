package org.qunfang.cases.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.qunfang.identity.Caller;
import org.qunfang.identity.Notifications;
import org.qunfang.organization.OrganizationType;
import org.qunfang.organization.bodies.NewOrganization;
import org.qunfang.organization.bodies.PreventionOrganizations;
import org.qunfang.platform.ConflictException;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.ForbiddenException;
import org.qunfang.platform.NotFoundException;
import org.qunfang.platform.RefusalException;
import org.qunfang.support.Fixtures;
import org.qunfang.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Recording inspections, working their rectification tasks, templates and registers, through the use cases. */
class InspectionsTest extends IntegrationTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Autowired
	Inspections inspections;

	@Autowired
	InspectionQueries queries;

	@Autowired
	Rectifications rectifications;

	@Autowired
	RectificationQueries tasks;

	@Autowired
	ChecklistTemplates templates;

	@Autowired
	OverdueRectifications overdue;

	@Autowired
	DefaultChecklists defaults;

	@Autowired
	Notifications notifications;

	@Autowired
	PreventionOrganizations organizations;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock appClock;

	@Test
	void aFailedItemOpensARectificationTaskDueAfterTheCountysDefaultDays() {
		Caller officer = fixtures.caller("t1.officer");
		long village = villageWithCommittee("IN1");
		ChecklistTemplates.Template fire = template("防火检查" + village, "灭火器有效", "通道畅通", "线路规范");
		LocalDate day = today().minusDays(1);
		long id = inspections.record(officer, new NewInspection(village, fire.id(), "东街便民超市", null, day, "治保主任、民警",
				"店主 王某", null, List.of(NewInspection.Answer.of(item(fire, 0), true, null),
						NewInspection.Answer.of(item(fire, 1), false, "纸箱堵住后门"), NewInspection.Answer.of(item(fire, 2), true, "良好"))),
				Map.of(item(fire, 1), List.of(new Upload("door.png", Fixtures.png()))));

		InspectionQueries.Detail detail = queries.get(officer, id);
		assertThat(detail.inspection().placeName()).isEqualTo("东街便民超市");
		assertThat(detail.inspection().orgName()).isEqualTo("测试村IN1治保会");
		assertThat(detail.inspection().villageZh()).startsWith("测试村IN1");
		assertThat(detail.inspection().hazards()).isEqualTo(1);
		assertThat(detail.items()).extracting(InspectionQueries.Item::passed).containsExactly(true, false, true);
		assertThat(detail.items().get(1).photos()).hasSize(1);
		assertThat(detail.tasks()).singleElement().satisfies(task -> {
			assertThat(task.hazard()).isEqualTo("通道畅通：纸箱堵住后门");
			assertThat(task.responsible()).isEqualTo("店主 王某");
			assertThat(task.deadline()).isEqualTo(day.plusDays(15));
			assertThat(task.status()).isEqualTo(RectificationStatus.OPEN);
			assertThat(task.overdue()).isFalse();
		});
		assertThat(jdbc.sql("select count(*) from operation_log where action = 'cases.inspection.record' and target_id = :id"
				+ " and outcome = 'SUCCESS'").param("id", Long.toString(id)).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void badInputIsRefusedWithAClearMessageAndNothingIsWritten() {
		Caller officer = fixtures.caller("t1.officer");
		long village = villageWithCommittee("IN2");
		ChecklistTemplates.Template fire = template("消防" + village, "灭火器有效", "通道畅通");
		ChecklistTemplates.Template other = template("其他" + village, "别的项目");
		ChecklistTemplates.Template retired = template("停用" + village, "旧项目");
		templates.retire(fixtures.caller("t.admin"), retired.id());
		NewInspection good = new NewInspection(village, fire.id(), "村东出租屋", null, today(), "治保主任", "房东", null,
				List.of(NewInspection.Answer.of(item(fire, 0), true, null), NewInspection.Answer.of(item(fire, 1), false, null)));
		long[] before = counts();

		refused(officer, with(good, b -> b.inspectedOn = today().plusDays(1)), "error.inspection.future-date", "晚于今天");
		refused(officer, with(good, b -> b.placeName = "  "), "error.text.empty", "检查场所");
		refused(officer, with(good, b -> b.inspectors = "人".repeat(201)), "error.text.too-long", "检查人");
		refused(officer, with(good, b -> b.placeName = "<script>alert(1)</script>"), "error.text.markup", "检查场所");
		refused(officer, with(good, b -> b.answers = List.of(NewInspection.Answer.of(item(fire, 0), true, "javascript:alert(1)"),
				NewInspection.Answer.of(item(fire, 1), true, null))), "error.text.markup", "情况说明");
		refused(officer, with(good, b -> b.templateId = 42L), "error.inspection.unknown-template", "没有这张检查表");
		refused(officer, with(good, b -> b.templateId = retired.id()), "error.inspection.unknown-template", "停用");
		refused(officer, with(good, b -> b.answers = List.of(NewInspection.Answer.of(item(fire, 0), true, null),
				NewInspection.Answer.of(item(other, 0), true, null))), "error.inspection.unknown-item", "不在这张检查表中");
		refused(officer, with(good, b -> b.answers = List.of(NewInspection.Answer.of(item(fire, 0), true, null))),
				"error.inspection.item-unanswered", "通道畅通");
		refused(officer, with(good, b -> b.responsible = ""), "error.text.empty", "整改责任人");
		refused(officer, with(good, b -> b.deadline = today().minusDays(1)), "error.rectification.deadline-before-inspection",
				"不能早于检查日期");
		refused(officer, with(good, b -> b.groupId = fixtures.id("groupA")), "error.group.not-in-village", "不属于本村");
		assertThat(counts()).as("nothing written").containsExactly(before);
	}

	@Test
	void photosMustBeJpegOrPngUpTo10MegabytesAndABadOneUndoesTheWholeInspection() {
		Caller officer = fixtures.caller("t1.officer");
		long village = villageWithCommittee("IN3");
		ChecklistTemplates.Template fire = template("照片" + village, "灭火器有效");
		NewInspection form = new NewInspection(village, fire.id(), "村委会", null, today(), "治保主任", "村委会", null,
				List.of(NewInspection.Answer.of(item(fire, 0), false, null)));
		long[] before = counts();
		byte[] oversized = new byte[(int) org.qunfang.platform.attachment.Attachments.MAX_BYTES + 1];
		System.arraycopy(Fixtures.png(), 0, oversized, 0, 8);
		assertRefusal(() -> inspections.record(officer, form, Map.of(item(fire, 0), List.of(new Upload("big.png", oversized)))),
				"error.attachment.too-large", "10 MB");
		assertRefusal(() -> inspections.record(officer, form,
				Map.of(item(fire, 0), List.of(new Upload("scan.png", "%PDF-1.4 not a photo".getBytes())))),
				"error.inspection.photo-type", "JPG 或 PNG");
		assertRefusal(() -> inspections.record(officer, form,
				Map.of(item(fire, 0), List.of(new Upload("photo.jpg", "<html>hello</html>".getBytes())))),
				"error.inspection.photo-type", "JPG 或 PNG");
		assertThat(counts()).as("nothing written").containsExactly(before);

		long id = inspections.record(officer, form, Map.of());
		assertRefusal(() -> inspections.addPhoto(officer, id, 2, new Upload("a.png", Fixtures.png())),
				"error.inspection.unknown-item", "不在这张检查表中");
		inspections.addPhoto(officer, id, 1, new Upload("a.jpg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00 }));
		assertThat(queries.get(officer, id).items().getFirst().photos()).hasSize(1);
	}

	@Test
	void aTaskClosesOnlyAfterProofAndAPassedRecheckAndEveryStepIsKept() {
		Caller officer = fixtures.caller("t1.officer");
		long village = villageWithCommittee("IN4");
		long task = oneHazard(officer, village, "木材加工厂", today().minusDays(3), null);
		Caller verifier = new Caller(officer.userId(), "t1.verifier", "一号镇复查员", officer.role(), officer.homePath(),
				officer.jurisdiction(), officer.permissions());

		assertRefusal(() -> rectifications.recheck(officer, task, true, "看过了", null), "error.rectification.no-proof",
				"还没有提交整改情况");
		assertRefusal(() -> rectifications.submitProof(officer, task, "已清理", null, List.of()),
				"error.rectification.proof-photo", "至少一张");
		rectifications.addProofPhoto(officer, task, new Upload("after.png", Fixtures.png()));
		rectifications.submitProof(officer, task, "已清理通道", null, List.of());
		assertRefusal(() -> rectifications.addProofPhoto(officer, task, new Upload("more.png", Fixtures.png())),
				"error.rectification.proof-pending", "等待复查");
		assertRefusal(() -> rectifications.recheck(officer, task, true, null, null), "error.rectification.recheck-own-proof",
				"另一位");
		assertThat(rectifications.recheck(verifier, task, false, "仍有杂物", today().plusDays(5)))
			.isEqualTo(RectificationStatus.OPEN);
		rectifications.submitProof(officer, task, "杂物已清走", "现场复查，未拍照", List.of());
		assertThat(rectifications.recheck(verifier, task, true, null, null)).isEqualTo(RectificationStatus.CLOSED);
		assertRefusal(() -> rectifications.submitProof(officer, task, "再来", "x", List.of()), "error.rectification.closed",
				"已销号");

		RectificationQueries.Detail detail = tasks.get(officer, task);
		assertThat(detail.task().status()).isEqualTo(RectificationStatus.CLOSED);
		assertThat(detail.task().closedOn()).isEqualTo(today());
		assertThat(detail.task().deadline()).isEqualTo(today().plusDays(5));
		assertThat(detail.history()).extracting(RectificationQueries.Step::step).containsExactly(RectificationStep.FOUND,
				RectificationStep.PROOF, RectificationStep.FAILED, RectificationStep.PROOF, RectificationStep.PASSED);
		assertThat(detail.history()).extracting(RectificationQueries.Step::actorName).containsExactly("一号镇综治办",
				"一号镇综治办", "一号镇复查员", "一号镇综治办", "一号镇复查员");
		assertThat(detail.history().get(1).photos()).as("the photo went with the first proof").hasSize(1);
		assertThat(detail.history().get(2).note()).isEqualTo("仍有杂物");
		assertThat(jdbc.sql("select count(*) from operation_log where target_id = :id and action like 'cases.rectification.%'")
			.param("id", Long.toString(task)).query(Long.class).single()).isGreaterThanOrEqualTo(6);
	}

	@Test
	void overdueTasksAreListedAndToldOnceToTheVillageAndTheTownship() {
		Caller security = fixtures.caller("a.security");
		long task = oneHazard(security, fixtures.id("A"), "甲村加油站", today(), today().plusDays(1));
		String link = "/rectifications/" + task;
		assertThat(overdueIds(security)).doesNotContain(task);

		clock.advance(Duration.ofDays(3));
		assertThat(overdueIds(security)).contains(task);
		assertThat(tasks.get(security, task).task().overdueDays()).isEqualTo(2);
		assertThat(tasks.overdueCount(fixtures.caller("a.director"))).isPositive();
		overdue.notifyOverdue();
		overdue.notifyOverdue();
		assertThat(notices(link)).as("told once: the village and the township").isEqualTo(2);
		assertThat(notifications.of(fixtures.caller("a.director"), 100)).anySatisfy(n -> {
			assertThat(n.link()).isEqualTo(link);
			assertThat(messages.getMessage(n.messageKey(), n.arguments().toArray(), Locale.SIMPLIFIED_CHINESE))
				.contains("甲村加油站").contains("已过整改期限");
		});
		assertThat(notifications.of(fixtures.caller("t1.officer"), 100)).anySatisfy(n -> assertThat(n.link()).isEqualTo(link));
		assertThat(notifications.of(fixtures.caller("a.patrol"), 100)).noneSatisfy(n -> assertThat(n.link()).isEqualTo(link));
		assertThat(notifications.of(fixtures.caller("b.director"), 100)).noneSatisfy(n -> assertThat(n.link()).isEqualTo(link));

		rectifications.reschedule(fixtures.caller("a.director"), task, today().plusDays(4), "等配件到货");
		assertThat(overdueIds(security)).doesNotContain(task);
		clock.advance(Duration.ofDays(10));
		overdue.notifyOverdue();
		assertThat(notices(link)).as("a missed new deadline is told again").isEqualTo(4);
	}

	@Test
	void templatesAreEditedAndRetiredWithoutChangingPastInspections() {
		Caller admin = fixtures.caller("t.admin");
		Caller officer = fixtures.caller("t1.officer");
		long village = villageWithCommittee("IN5");
		ChecklistTemplates.Template school = template("学校" + village, "门卫登记", "护学岗", "食堂留样");
		long id = inspections.record(officer, new NewInspection(village, school.id(), "村小学", null, today(), "治保主任", null,
				null, school.items().stream().map(i -> NewInspection.Answer.of(i.id(), true, null)).toList()), Map.of());

		templates.update(admin, school.id(), 1, "学校安全检查" + village, List.of("门卫值守、外来人员登记", "护学岗", "校车无超员"));
		ChecklistTemplates.Template edited = templates.get(admin, school.id());
		assertThat(edited.revision()).isEqualTo(2);
		assertThat(edited.items()).extracting(InspectionSheet.Item::wording).containsExactly("门卫值守、外来人员登记", "护学岗",
				"校车无超员");
		assertThat(edited.items().get(1).id()).as("an unchanged item keeps its identity").isEqualTo(school.items().get(1).id());
		InspectionQueries.Detail past = queries.get(officer, id);
		assertThat(past.items()).extracting(InspectionQueries.Item::wording).containsExactly("门卫登记", "护学岗", "食堂留样");
		assertThat(past.inspection().templateRevision()).isEqualTo(1);

		assertRefusal(() -> templates.update(admin, school.id(), 1, "x", List.of("y")), "error.checklist.changed", "刚被别人修改");
		assertRefusal(() -> templates.update(admin, school.id(), 2, "x", List.of("同一项", " 同一项 ")),
				"error.checklist.duplicate-item", "重复");
		assertRefusal(() -> templates.create(admin, ChecklistKind.OTHER, "空表", List.of(" ", "")), "error.checklist.no-items",
				"至少");
		assertRefusal(() -> templates.create(admin, ChecklistKind.OTHER, "<b>表</b>", List.of("a")), "error.text.markup", "名称");
		assertThatThrownBy(() -> templates.create(fixtures.caller("a.director"), ChecklistKind.OTHER, "村里的表", List.of("a")))
			.isInstanceOf(ForbiddenException.class);

		templates.retire(admin, school.id());
		assertThat(templates.list(officer, false)).extracting(ChecklistTemplates.Template::id).doesNotContain(school.id());
		assertThat(templates.list(officer, true)).extracting(ChecklistTemplates.Template::id).contains(school.id());
		assertThat(queries.get(officer, id).items()).hasSize(3);
	}

	@Test
	void everyCountyStartsWithTheDefaultChecklistsOnlyOnce() {
		long county = fixtures.id("county");
		List<String> names = jdbc.sql("select name from checklist_template where county_id = :c and updated_by = :by")
			.param("c", county).param("by", DefaultChecklists.BY).query(String.class).list();
		assertThat(names).containsExactlyInAnyOrder("消防安全检查表", "重点场所安全检查表", "出租房屋安全检查表",
				"学校（幼儿园）安全检查表", "集贸市场安全检查表");
		long before = jdbc.sql("select count(*) from checklist_template where county_id = :c").param("c", county)
			.query(Long.class).single();
		defaults.apply(county);
		assertThat(jdbc.sql("select count(*) from checklist_template where county_id = :c").param("c", county)
			.query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aVillageWithoutAnOrganizationOwningInspectionsIsToldSo() {
		long village = fixtures.newVillage("IN6" + System.nanoTime() % 100000);
		ChecklistTemplates.Template t = template("无主" + village, "一项");
		assertRefusal(() -> inspections.record(fixtures.caller("t1.officer"), new NewInspection(village, t.id(), "某处", null,
				today(), "检查人", null, null, List.of(NewInspection.Answer.of(item(t, 0), true, null))), Map.of()),
				"error.inspection.no-owner", "本村还没有负责安全检查的组织");
	}

	@Test
	void theRegistersFilterAndCountByMonth() {
		Caller officer = fixtures.caller("t1.officer");
		long village = villageWithCommittee("IN7");
		ChecklistTemplates.Template market = templates.get(officer, templates.create(fixtures.caller("t.admin"),
				ChecklistKind.MARKET, "市场" + village, List.of("通道畅通")));
		LocalDate lastMonth = today().minusMonths(1);
		oneHazard(officer, village, "农贸市场", today(), null);
		inspections.record(officer, new NewInspection(village, market.id(), "周末集市", null, today(), "治保主任", null, null,
				List.of(NewInspection.Answer.of(item(market, 0), true, null))), Map.of());
		inspections.record(officer, new NewInspection(village, market.id(), "周末集市", null, lastMonth, "治保主任", null, null,
				List.of(NewInspection.Answer.of(item(market, 0), true, null))), Map.of());

		assertThat(queries.list(officer, new InspectionQueries.Filter(village, null, null, null, null))).hasSize(3);
		assertThat(queries.list(officer, new InspectionQueries.Filter(village, null, null, null, true)))
			.extracting(InspectionQueries.Row::placeName).containsExactly("农贸市场");
		assertThat(queries.list(officer, new InspectionQueries.Filter(village, ChecklistKind.MARKET, null, null, false)))
			.hasSize(2);
		assertThat(queries.list(officer, new InspectionQueries.Filter(village, null, lastMonth, lastMonth, null))).hasSize(1);
		assertThat(queries.list(officer, new InspectionQueries.Filter(village, null, null, null, null)).getFirst()
			.inspectedOn()).as("newest first").isEqualTo(today());

		List<InspectionQueries.Month> months = queries.months(officer, new InspectionQueries.Filter(village, null, null, null,
				null));
		assertThat(months).hasSize(12);
		assertThat(months.getLast()).isEqualTo(new InspectionQueries.Month(YearMonth.from(today()), 2, 1));
		assertThat(months.get(10)).isEqualTo(new InspectionQueries.Month(YearMonth.from(lastMonth), 1, 0));
		assertThat(tasks.months(officer, village).getLast()).isEqualTo(new RectificationQueries.Month(YearMonth.from(today()), 1, 0));
		assertThat(tasks.list(officer, new RectificationQueries.Filter(RectificationStatus.OPEN, false, village))).hasSize(1);
		assertThat(tasks.list(officer, new RectificationQueries.Filter(RectificationStatus.CLOSED, false, village))).isEmpty();
	}

	@Test
	void callersOfAnotherVillageSeeNothingOfItAndChangeNothing() {
		Caller other = fixtures.caller("b.director");
		long inspection = fixtures.id("inspectionA");
		long task = fixtures.id("rectificationA");
		assertThatThrownBy(() -> queries.get(other, inspection)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> tasks.get(other, task)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> rectifications.reschedule(other, task, today().plusDays(30), "x"))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> inspections.addPhoto(fixtures.caller("t2.officer"), inspection, 1,
				new Upload("x.png", Fixtures.png()))).isInstanceOf(NotFoundException.class);
		assertThat(queries.list(other, InspectionQueries.Filter.all())).extracting(InspectionQueries.Row::id)
			.doesNotContain(inspection);
		assertThat(tasks.list(other, RectificationQueries.Filter.all())).extracting(RectificationQueries.Row::id)
			.doesNotContain(task);
		assertThat(queries.list(fixtures.caller("t.admin"), InspectionQueries.Filter.all())).extracting(InspectionQueries.Row::id)
			.contains(inspection);
	}

	/** A village of township T1 with its security committee. */
	private long villageWithCommittee(String code) {
		long village = fixtures.newVillage(code + System.nanoTime() % 100000);
		organizations.create(fixtures.caller("t1.officer"), new NewOrganization(village, OrganizationType.SECURITY_COMMITTEE,
				"测试村" + code + "治保会", LocalDate.of(2026, 1, 1), List.of()));
		return village;
	}

	private ChecklistTemplates.Template template(String name, String... items) {
		Caller admin = fixtures.caller("t.admin");
		return templates.get(admin, templates.create(admin, ChecklistKind.FIRE_SAFETY, name, List.of(items)));
	}

	/** An inspection with one failed item; the id of its task. */
	private long oneHazard(Caller caller, long village, String place, LocalDate day, LocalDate deadline) {
		ChecklistTemplates.Template t = template("单项" + village + place, "安全出口畅通");
		long id = inspections.record(caller, new NewInspection(village, t.id(), place, null, day, "治保主任", "负责人", deadline,
				List.of(NewInspection.Answer.of(item(t, 0), false, null))), Map.of());
		return queries.get(caller, id).tasks().getFirst().id();
	}

	private List<Long> overdueIds(Caller caller) {
		return tasks.list(caller, new RectificationQueries.Filter(null, true, null)).stream()
			.map(RectificationQueries.Row::id).toList();
	}

	private long notices(String link) {
		return jdbc.sql("select count(*) from notification where link = :l and message_key = :k").param("l", link)
			.param("k", OverdueRectifications.NOTICE).query(Long.class).single();
	}

	private long[] counts() {
		return new long[] { count("inspection"), count("inspection_item"), count("rectification"), count("rectification_step"),
				count("inspection_photo"), count("attachment") };
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private LocalDate today() {
		return LocalDate.now(appClock.withZone(SHANGHAI));
	}

	private static long item(ChecklistTemplates.Template template, int index) {
		return template.items().get(index).id();
	}

	private void refused(Caller caller, NewInspection form, String key, String chinese) {
		assertRefusal(() -> inspections.record(caller, form, Map.of()), key, chinese);
	}

	private void assertRefusal(Runnable action, String key, String chinese) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(RefusalException.class, e -> {
			assertThat(e).isInstanceOf(DomainException.class);
			assertThat(e.messageKey()).isEqualTo(key);
			assertThat(messages.getMessage(e.messageKey(), e.arguments(), Locale.SIMPLIFIED_CHINESE)).contains(chinese);
			assertThat(messages.getMessage(e.messageKey(), e.arguments(), Locale.ENGLISH)).doesNotContain("{0}");
		});
	}

	/** A copy of the form with some fields changed. */
	private static NewInspection with(NewInspection form, Consumer<Builder> change) {
		Builder b = new Builder(form);
		change.accept(b);
		return new NewInspection(b.villageId, b.templateId, b.placeName, b.groupId, b.inspectedOn, b.inspectors, b.responsible,
				b.deadline, b.answers);
	}

	private static final class Builder {

		Long villageId;
		Long templateId;
		String placeName;
		Long groupId;
		LocalDate inspectedOn;
		String inspectors;
		String responsible;
		LocalDate deadline;
		List<NewInspection.Answer> answers;

		Builder(NewInspection f) {
			villageId = f.villageId();
			templateId = f.templateId();
			placeName = f.placeName();
			groupId = f.groupId();
			inspectedOn = f.inspectedOn();
			inspectors = f.inspectors();
			responsible = f.responsible();
			deadline = f.deadline();
			answers = new ArrayList<>(f.answers());
		}
	}
}
