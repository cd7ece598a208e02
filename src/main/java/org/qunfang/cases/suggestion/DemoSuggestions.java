package org.qunfang.cases.suggestion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.qunfang.identity.ScopeDirectory;
import org.qunfang.organization.AdminUnit;
import org.qunfang.organization.AdminUnits;
import org.qunfang.platform.demo.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo county's suggestion books over the last months, dated back from the demo clock: replies that
 * were given, matters resolved and one closed without a solution (with its reason), a reopened writing,
 * tips and complaints (never public), and replies never given — escalated to the township, or just past
 * their deadline for the escalation job to find. 东山村's answered opinion about the patrol opens with the
 * tracking code {@value #DEMO_CODE}.
 */
@Component
class DemoSuggestions implements DemoData {

	static final String DEMO_CODE = "YXDS2-6ABCD";
	/** No township officer account exists for 石桥乡 in the demo; the name such an officer would have. */
	private static final String OVERSEER = "shiqiao.officer";

	private static final Logger log = LoggerFactory.getLogger(DemoSuggestions.class);

	private final SuggestionIntake intake;
	private final Suggestions suggestions;
	private final SuggestionNotices notices;
	private final AdminUnits units;
	private final ScopeDirectory places;
	private final Clock clock;

	DemoSuggestions(SuggestionIntake intake, Suggestions suggestions, SuggestionNotices notices, AdminUnits units,
			ScopeDirectory places, Clock clock) {
		this.intake = intake;
		this.suggestions = suggestions;
		this.notices = notices;
		this.units = units;
		this.places = places;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "cases.suggestions";
	}

	@Override
	public int order() {
		return 520;
	}

	@Override
	public void load() {
		Optional<AdminUnit> county = units.counties().stream().filter(c -> c.code().equals("YX")).findFirst();
		if (county.isEmpty()) {
			return;
		}
		long c = county.get().id();
		AdminUnit dongshan = village(c, "YX-TY-DS");
		resolved(submit(dongshan, SuggestionKind.SUGGESTION, "村东头的路灯坏了三盏，晚上走路看不清，老人孩子不安全，建议尽快修好。",
				null, null, 80, null), 3, "dongshan.security", "已联系村电工，本周内更换灯泡和线路。", 6, "三盏路灯已全部修好。");
		answered(submit(dongshan, SuggestionKind.OPINION, "巡逻队晚上十点以后就看不到人了，后半夜最需要巡逻。", null, null, 60,
				DEMO_CODE), 2, "dongshan.security", "已调整排班：每晚增加 22:00 至 24:00 一班，由护村队配合。");
		answered(submit(dongshan, SuggestionKind.TIP, "最近几天夜里有一辆外地面包车在村西仓库附近来回转，像是踩点。", null, null, 20,
				null), 1, "dongshan.security", "已转告驻村民警，夜间巡逻已加上仓库一带。");
		closed(submit(dongshan, SuggestionKind.COMPLAINT, "邻居在公共巷道里堆放柴草，有火灾隐患，劝了几次都不听。", "刘德明", "13907310021",
				40), 4, "dongshan.director", "已两次上门劝说，当事人暂不同意清理。", 10,
				"当事人不同意清理，已转村调委会调解，同时报乡镇安全办检查。");
		Suggestion schoolRoad = answered(submit(dongshan, SuggestionKind.SUGGESTION, "村小学门口的坑洼路请修一下，下雨天孩子走不了。",
				null, null, 30, null), 5, "dongshan.director", "已安排用碎石填平。");
		step(schoolRoad.reopen(ago(5), intake.replyDays(c)), SuggestionStatus.REOPENED.name(), null,
				"只填了一半，靠近校门的那一段还是坑。", ago(5));
		escalated(submit(dongshan, SuggestionKind.SUGGESTION, "希望在文化广场装一个监控探头，晚上常有人在那里喝酒闹事。", null, null,
				10, null), dongshan);
		submit(dongshan, SuggestionKind.OPINION, "调解委员会调解邻里纠纷很耐心，值得表扬。", null, null, 2, null);

		AdminUnit xihe = village(c, "YX-TY-XH");
		resolved(submit(xihe, SuggestionKind.SUGGESTION, "河堤边没有护栏，夏天孩子下河游泳很危险，建议装护栏、立警示牌。", null, null,
				45, null), 4, "xihe.security", "警示牌已立，护栏已报乡镇申请资金。", 30, "护栏已装好。");
		submit(xihe, SuggestionKind.TIP, "有人在河边偷偷电鱼，一般在凌晨四五点。", null, null, 8, null);

		AdminUnit shiqiao = village(c, "YX-SQ-SQ");
		escalated(submit(shiqiao, SuggestionKind.OPINION, "治保会好久没开会了，村里有事都不知道找谁。", null, null, 25, null), shiqiao);
		escalated(submit(shiqiao, SuggestionKind.COMPLAINT, "村里的小卖部晚上卖酒给未成年人。", "陈秀兰", null, 15), shiqiao);

		AdminUnit xinghua = village(c, "YX-TY-XHC");
		resolved(submit(xinghua, SuggestionKind.SUGGESTION, "果园片区夜里没人看，建议承包巡逻队多去几趟。", null, null, 100, null), 2,
				"taoyuan.officer", "已请承包人每晚到果园巡查一次。", 20, "近两个月果园未再发生偷盗。");
		resolved(submit(xinghua, SuggestionKind.OPINION, "村务公开栏的内容好久没换了。", null, null, 150, null), 6,
				"taoyuan.officer", "已督促村委会每月更新。", 15, "已更新，并定为每月 5 日更新。");

		AdminUnit baisha = village(c, "YX-SQ-BS");
		closed(submit(baisha, SuggestionKind.SUGGESTION, "进村的路太窄，会车困难，建议拓宽。", null, null, 70), 6, OVERSEER,
				"已报乡镇。", 20, "拓宽道路须县交通运输局立项，今年未能列入计划；已报乡镇争取明年立项。");
		log.info("Demo suggestion book: the tracking code {} opens an answered opinion of 东山村", DEMO_CODE);
	}

	private Suggestion submit(AdminUnit village, SuggestionKind kind, String content, String name, String phone, int daysAgo) {
		return submit(village, kind, content, name, phone, daysAgo, null);
	}

	private Suggestion submit(AdminUnit village, SuggestionKind kind, String content, String name, String phone,
			int daysAgo, String code) {
		Instant at = ago(daysAgo).plus(Duration.ofHours(9 + daysAgo % 10));
		return intake.receive(village, kind, content, name, phone, code == null ? TrackingCodes.generate() : code, at);
	}

	private Suggestion answered(Suggestion s, int afterDays, String by, String reply) {
		Instant at = s.submittedAt().plus(Duration.ofDays(afterDays));
		return step(s.answer(reply, by, at), SuggestionStatus.ANSWERED.name(), by, reply, at);
	}

	private void resolved(Suggestion s, int afterDays, String by, String reply, int thenDays, String note) {
		Suggestion answered = answered(s, afterDays, by, reply);
		Instant at = answered.repliedAt().plus(Duration.ofDays(thenDays));
		step(answered.resolve(note, at), SuggestionStatus.RESOLVED.name(), by, note, at);
	}

	private void closed(Suggestion s, int afterDays, String by, String reply, int thenDays, String reason) {
		Suggestion answered = answered(s, afterDays, by, reply);
		Instant at = answered.repliedAt().plus(Duration.ofDays(thenDays));
		step(answered.closeUnresolved(reason, at), SuggestionStatus.CLOSED_UNRESOLVED.name(), by, reason, at);
	}

	private void escalated(Suggestion s, AdminUnit village) {
		Instant at = s.dueAt().plus(Duration.ofMinutes(15));
		notices.overdue(step(s.escalate(at), SuggestionStep.ESCALATED, null, null, at), village);
	}

	/** Saves the suggestion as this step left it, and the step. */
	private Suggestion step(Suggestion s, String step, String actor, String note, Instant at) {
		Suggestion saved = suggestions.update(s);
		suggestions.addStep(saved, step, actor, note, at);
		return saved;
	}

	private Instant ago(int days) {
		return clock.instant().minus(Duration.ofDays(days)).truncatedTo(ChronoUnit.DAYS);
	}

	private AdminUnit village(long countyId, String code) {
		return places.byCode(countyId, code).flatMap(u -> units.find(u.id())).orElseThrow();
	}
}
