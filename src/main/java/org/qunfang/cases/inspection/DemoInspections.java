package org.qunfang.cases.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.qunfang.identity.Jurisdiction;
import org.qunfang.identity.ScopeDirectory;
import org.qunfang.identity.ScopeLevel;
import org.qunfang.identity.ScopeUnit;
import org.qunfang.organization.OrganizationRef;
import org.qunfang.organization.bodies.DutyScopes;
import org.qunfang.platform.demo.DemoData;
import org.springframework.stereotype.Component;

/**
 * A year of security inspections in every village of the demo county: one or two a month, most places
 * in order, some hazards. Hazards whose deadline is long past were mostly put right and closed after a
 * re-check (a few only after a failed one); some are still open and overdue, some wait for their re-check,
 * and the recent ones are open within their deadline. Drawn from a seeded {@link Random}; dates follow the
 * clock's today.
 */
@Component
class DemoInspections implements DemoData {

	private static final long SEED = 20_260_510L;
	private static final Map<ChecklistKind, String[]> PLACES = Map.of(
			ChecklistKind.FIRE_SAFETY, new String[] { "村委会办公楼", "便民超市", "农家乐饭店", "村卫生室", "养殖场" },
			ChecklistKind.KEY_PLACE, new String[] { "村文化礼堂", "宗祠", "加油站", "废品收购站" },
			ChecklistKind.RENTAL_HOUSING, new String[] { "王家出租屋", "李家出租屋", "村东出租楼", "陈家出租屋" },
			ChecklistKind.SCHOOL, new String[] { "村完全小学", "中心幼儿园" },
			ChecklistKind.MARKET, new String[] { "农贸市场", "周末集市" });
	private static final String[] RESPONSIBLE = { "经营者", "房东", "管理员", "负责人", "校长" };
	private static final String[] INSPECTORS = { "治保主任、巡逻队长", "治保会委员二人", "包村干部、治保主任",
			"驻村民警、治保主任" };
	private static final String[] PROOF = { "已整改完毕，见现场照片", "已更换并重新检查", "已清理通道并设置警示标志",
			"已登记并报送派出所" };
	private static final String DEMO_ACTOR = "治保主任";

	private final ScopeDirectory scopes;
	private final DutyScopes duties;
	private final ChecklistTemplates templates;
	private final InspectionStore store;
	private final InspectionCalendar calendar;

	DemoInspections(ScopeDirectory scopes, DutyScopes duties, ChecklistTemplates templates, InspectionStore store,
			InspectionCalendar calendar) {
		this.scopes = scopes;
		this.duties = duties;
		this.templates = templates;
		this.store = store;
		this.calendar = calendar;
	}

	@Override
	public String name() {
		return "cases.inspections";
	}

	@Override
	public int order() {
		return 510;
	}

	@Override
	public void load() {
		ScopeUnit county = scopes.counties().stream().filter(c -> scopes.byCode(c.countyId(), "YX-TY-DS").isPresent())
			.findFirst().orElse(null);
		if (county == null) {
			return;
		}
		List<ChecklistTemplates.Template> active = templates.of(county.countyId(), false);
		Random random = new Random(SEED);
		LocalDate today = calendar.today();
		for (ScopeUnit village : scopes.within(Jurisdiction.of(county))) {
			if (village.level() != ScopeLevel.VILLAGE) {
				continue;
			}
			OrganizationRef owner = duties.ownerOf(village.id(), Inspections.MATTER).orElse(null);
			for (int back = 12; owner != null && back >= 0; back--) {
				int count = 1 + random.nextInt(2);
				for (int k = 0; k < count; k++) {
					LocalDate day = today.minusDays(back * 28L + random.nextInt(28));
					inspect(random, village, owner, active.get(random.nextInt(active.size())), day, today);
				}
			}
		}
	}

	private void inspect(Random random, ScopeUnit village, OrganizationRef owner, ChecklistTemplates.Template template,
			LocalDate day, LocalDate today) {
		List<NewInspection.Answer> answers = new ArrayList<>();
		for (InspectionSheet.Item item : template.items()) {
			boolean passed = random.nextInt(100) >= 9;
			answers.add(NewInspection.Answer.of(item.id(), passed, passed ? null : "现场发现，已当场指出"));
		}
		String[] places = PLACES.get(template.kind());
		String place = village.nameZh() + places[random.nextInt(places.length)];
		InspectionSheet sheet = InspectionSheet.fill(template.items(), answers, day, today,
				RESPONSIBLE[random.nextInt(RESPONSIBLE.length)], null, 15);
		InspectionStore.Recorded recorded = store.insert(new InspectionStore.Header(village.countyId(), village.homePath(),
				village.id(), owner.id(), owner.name(), template, place, null, null, day,
				INSPECTORS[random.nextInt(INSPECTORS.length)], DEMO_ACTOR), sheet, calendar.at(day, 10));
		recorded.tasks().values().forEach(task -> work(random, village, task, day, today));
	}

	/** Works a task as a village would have by today: proof, re-check, sometimes a failed one first. */
	private void work(Random random, ScopeUnit village, long id, LocalDate found, LocalDate today) {
		InspectionStore.StoredTask stored = store.task(Jurisdiction.of(village).where("r"), id).orElseThrow();
		Rectification task = stored.task();
		int chance = random.nextInt(100);
		LocalDate proofDay = found.plusDays(3 + random.nextInt(10));
		boolean longPast = task.deadline().isBefore(today.minusDays(20));
		boolean proofIn = longPast ? chance < 90 : chance < 45;
		if (!proofIn || proofDay.isAfter(today)) {
			return;
		}
		String proof = PROOF[random.nextInt(PROOF.length)];
		task.submitProof(proof, "现场复查确认，未留存照片", 0);
		store.step(id, village.countyId(), village.homePath(), RectificationStep.PROOF, proof, null, DEMO_ACTOR,
				calendar.at(proofDay, 15));
		LocalDate checkDay = proofDay.plusDays(1 + random.nextInt(3));
		boolean checked = longPast || chance < 25;
		if (checked && !checkDay.isAfter(today)) {
			boolean failedFirst = chance % 10 == 0;
			if (failedFirst) {
				task.recheck(false, "复查发现整改不到位", null, checkDay);
				store.step(id, village.countyId(), village.homePath(), RectificationStep.FAILED, "复查发现整改不到位", null,
						"包村干部", calendar.at(checkDay, 11));
				checkDay = checkDay.plusDays(4);
				task.submitProof("已按复查意见再次整改", "现场复查确认，未留存照片", 0);
				store.step(id, village.countyId(), village.homePath(), RectificationStep.PROOF, "已按复查意见再次整改", null,
						DEMO_ACTOR, calendar.at(checkDay, 9));
			}
			if (!checkDay.isAfter(today)) {
				task.recheck(true, "复查合格", null, checkDay);
				store.step(id, village.countyId(), village.homePath(), RectificationStep.PASSED, "复查合格", null, "包村干部",
						calendar.at(checkDay, 16));
			}
		}
		store.save(stored);
	}
}
