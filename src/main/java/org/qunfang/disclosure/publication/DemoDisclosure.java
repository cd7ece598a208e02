package org.qunfang.disclosure.publication;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.qunfang.identity.Caller;
import org.qunfang.identity.CallerDirectory;
import org.qunfang.platform.demo.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo township's published statements: 东山村's and 西河村's months up to the last closed one, in the
 * county's log; a villager's question on 东山村's latest office costs, answered by the finance office, and
 * one on 西河村's still waiting.
 */
@Component
class DemoDisclosure implements DemoData {

	private static final Logger log = LoggerFactory.getLogger(DemoDisclosure.class);

	private final Publications publications;
	private final StatementQueries statements;
	private final Questions questions;
	private final CallerDirectory callers;

	DemoDisclosure(Publications publications, StatementQueries statements, Questions questions, CallerDirectory callers) {
		this.publications = publications;
		this.statements = statements;
		this.questions = questions;
		this.callers = callers;
	}

	@Override
	public String name() {
		return "disclosure.statements";
	}

	@Override
	public int order() {
		return 720;
	}

	@Override
	public void load() {
		Optional<Caller> finance = callers.of("taoyuan.finance");
		Optional<Caller> dongshan = callers.of("dongshan.director");
		Optional<Caller> xihe = callers.of("xihe.security");
		if (finance.isEmpty() || dongshan.isEmpty() || xihe.isEmpty()) {
			log.info("Demo disclosure skipped: the demo accounts are missing");
			return;
		}
		YearMonth last = YearMonth.from(publications.today()).minusMonths(2);
		for (Caller village : List.of(dongshan.get(), xihe.get())) {
			for (YearMonth month = last.minusMonths(5); !month.isAfter(last); month = month.plusMonths(1)) {
				publications.publish(finance.get(), village.jurisdiction().unitId(),
						new Publications.NewPublication(month.toString(), null, null));
			}
		}
		ask(finance.get(), dongshan.get(), "办公", "打印机墨盒上个月不是刚买过吗？为什么又买？", "刘",
				"上月买的是黑色墨盒，本月买的是彩色墨盒，用于打印巡逻值班表和公示栏材料，发票已存档，可到村委会查看。");
		ask(finance.get(), xihe.get(), "巡逻", "巡逻队每月工资是按几个人发的？", null, null);
	}

	private void ask(Caller finance, Caller village, String about, String question, String name, String answer) {
		PublishedStatement latest = statements.ofVillage(finance, village.jurisdiction().unitId()).getFirst();
		int line = StatementText.lines(latest.text()).stream().filter(l -> (l.label() + l.detail()).contains(about))
			.mapToInt(StatementText.Line::number).findFirst()
			.orElse(StatementText.lines(latest.text()).getLast().number());
		long id = questions.ask(latest.id(), new Questions.Asking(line, question, name));
		if (answer != null) {
			questions.answer(finance, id, answer);
		}
	}
}
