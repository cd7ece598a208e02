package org.qunfang.funds.approval;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.qunfang.funds.ledger.FundSource;
import org.qunfang.funds.ledger.Ledger;
import org.qunfang.identity.Caller;
import org.qunfang.identity.CallerDirectory;
import org.qunfang.platform.Money;
import org.qunfang.platform.demo.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A year of money for 东山村 and 西河村 of 桃源镇, dated back from today: the township's quarterly basic
 * guarantee, a company's donation and the defense fee as income; monthly patrol wages, lost-work
 * subsidies, office costs, tools (one above the threshold, approved by the leader), a reward and an
 * insurance premium as expenses proposed by the village and booked by the finance office; one expense
 * booked wrong, reversed and booked again; the books closed through two months ago; reconciliations; and
 * proposals still waiting.
 */
@Component
class DemoFunds implements DemoData {

	private static final Logger log = LoggerFactory.getLogger(DemoFunds.class);

	private static final Set<String> BASIC = Set.of("PATROL_WAGES", "LOST_WORK", "OFFICE", "TOOLS", "INSURANCE");

	/** One thing that happened to a village's money. */
	private record Event(LocalDate on, Runnable action) {
	}

	private final Ledger ledger;
	private final Proposals proposals;
	private final CallerDirectory callers;
	private final JdbcClient jdbc;

	DemoFunds(Ledger ledger, Proposals proposals, CallerDirectory callers, JdbcClient jdbc) {
		this.ledger = ledger;
		this.proposals = proposals;
		this.callers = callers;
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "funds.ledger";
	}

	@Override
	public int order() {
		return 700;
	}

	@Override
	public void load() {
		Optional<Caller> finance = callers.of("taoyuan.finance");
		Optional<Caller> leader = callers.of("taoyuan.leader");
		Optional<Caller> dongshan = callers.of("dongshan.director");
		Optional<Caller> xihe = callers.of("xihe.security");
		if (finance.isEmpty() || leader.isEmpty() || dongshan.isEmpty() || xihe.isEmpty()) {
			log.info("Demo funds skipped: the demo accounts are missing");
			return;
		}
		LocalDate today = ledger.today();
		YearMonth first = YearMonth.from(today).minusMonths(11);
		List<Event> events = new ArrayList<>();
		village(events, finance.get(), leader.get(), dongshan.get(), "东山村", first, today, 600_000);
		village(events, finance.get(), leader.get(), xihe.get(), "西河村", first, today, 450_000);
		events.sort(Comparator.comparing(Event::on));
		events.forEach(e -> e.action().run());

		long township = finance.get().jurisdiction().unitId();
		ledger.closePeriod(finance.get(), township, YearMonth.from(today).minusMonths(2));
		for (Caller village : List.of(dongshan.get(), xihe.get())) {
			long id = village.jurisdiction().unitId();
			LocalDate monthEnd = YearMonth.from(today).minusMonths(2).atEndOfMonth();
			long books = bankBalance(id, monthEnd);
			ledger.reconcile(finance.get(), id, monthEnd, Money.fen(books), "与农商行对账单一致");
		}
		long ds = dongshan.get().jurisdiction().unitId();
		ledger.reconcile(finance.get(), ds, today, Money.fen(bankBalance(ds, today) - 1_200), "银行扣收账户管理费 12 元，待入账");
		waiting(finance.get(), dongshan.get(), xihe.get());
	}

	private void village(List<Event> events, Caller finance, Caller leader, Caller proposer, String name, YearMonth first,
			LocalDate today, long quarterly) {
		long village = proposer.jurisdiction().unitId();
		for (int q = 0; q < 4; q++) {
			LocalDate on = first.plusMonths(3L * q).atDay(5);
			events.add(new Event(on, () -> income(finance, village, name + "乡镇财政保障经费", FundSource.TOWNSHIP_FINANCE, BASIC,
					quarterly, on, "桃源镇财政所", "乡镇财政拨付第" + quarterOf(on) + "季度群防群治保障经费")));
		}
		LocalDate donation = first.plusMonths(2).atDay(18);
		events.add(new Event(donation, () -> income(finance, village, name + "爱心企业捐助", FundSource.DONATION,
				Set.of("REWARDS", "TOOLS"), 300_000, donation, "桃源农机合作社", "企业捐助见义勇为奖励和巡逻器材")));
		LocalDate fee = first.plusMonths(1).atDay(28);
		events.add(new Event(fee, () -> income(finance, village, name + "治安防范费", FundSource.DEFENSE_FEE,
				Set.of("PATROL_WAGES", "LOST_WORK"), 864_000, fee, "村委会代收", "收取本年度治安防范费（按户汇总入账）")));
		for (int m = 0; m < 12; m++) {
			YearMonth month = first.plusMonths(m);
			LocalDate payday = month.atDay(25);
			if (payday.isAfter(today)) {
				continue;
			}
			events.add(new Event(payday, () -> expense(finance, null, proposer, village, "PATROL_WAGES", name + "巡逻队", 120_000,
					month.getMonthValue() + "月巡逻队员工资", payday)));
			if (m % 2 == 1) {
				events.add(new Event(payday.plusDays(1), () -> expense(finance, null, proposer, village, "LOST_WORK",
						name + "护村队员", 30_000, month.getMonthValue() + "月夜间值守误工补贴", payday.plusDays(1))));
			}
			if (m % 3 == 2) {
				events.add(new Event(payday.minusDays(10), () -> expense(finance, null, proposer, village, "OFFICE", "桃源镇文具店",
						15_000, "巡逻登记簿、值班表打印", payday.minusDays(10))));
			}
		}
		LocalDate tools = first.plusMonths(4).atDay(12);
		events.add(new Event(tools, () -> expense(finance, leader, proposer, village, "TOOLS", "县五金交电公司", 248_000,
				"强光手电 20 支、反光背心 20 件、对讲机 4 部", tools)));
		LocalDate reward = first.plusMonths(6).atDay(9);
		events.add(new Event(reward, () -> expense(finance, null, proposer, village, "REWARDS", "见义勇为村民 刘某", 50_000,
				"协助抓获盗窃嫌疑人奖励", reward)));
		LocalDate premium = first.plusMonths(3).atDay(20);
		events.add(new Event(premium, () -> expense(finance, null, proposer, village, "INSURANCE", "中国人寿桃源营销服务部",
				96_000, "治保主任、巡逻队长意外伤害保险保费", premium)));
		LocalDate wrong = first.plusMonths(8).atDay(3);
		events.add(new Event(wrong, () -> {
			long entry = expense(finance, null, proposer, village, "OFFICE", "桃源镇文具店", 81_000, "村警务室打印机墨盒", wrong);
			ledger.reverse(finance, entry, wrong.plusDays(2), "金额录错（应为 81 元），冲销后重记");
			expense(finance, null, proposer, village, "OFFICE", "桃源镇文具店", 8_100, "村警务室打印机墨盒（更正）", wrong.plusDays(2));
		}));
	}

	private void waiting(Caller finance, Caller dongshan, Caller xihe) {
		propose(dongshan, "TOOLS", "县五金交电公司", 38_000, "巡逻用雨衣 10 套");
		long large = propose(dongshan, "PATROL_WAGES", "东山村巡逻队", 260_000,
				"冬季夜巡加班工资（12 月至次年 2 月）");
		proposals.approve(finance, large, null, "已核对排班表", null);
		propose(xihe, "LOST_WORK", "西河村护村队员", 24_000, "汛期河堤夜间巡查误工补贴");
	}

	private long income(Caller finance, long village, String fund, FundSource source, Set<String> purposes, long fen,
			LocalDate on, String payer, String description) {
		Long existing = jdbc.sql("select id from fund where village_id = :v and name = :n").param("v", village)
			.param("n", fund).query(Long.class).optional().orElse(null);
		return ledger.bookIncome(finance, village, new Ledger.Income(existing, fund, source, purposes, Money.fen(fen), on,
				payer, description));
	}

	private long expense(Caller finance, Caller leader, Caller proposer, long village, String purpose, String payee, long fen,
			String description, LocalDate on) {
		long id = propose(proposer, purpose, payee, fen, description);
		if (leader == null) {
			proposals.approve(finance, id, null, null, on);
		}
		else {
			proposals.approve(finance, id, null, "价格已比对三家", null);
			proposals.approveAsLeader(leader, id, "同意购置");
			proposals.book(finance, id, null, on);
		}
		backdate(id, on);
		return jdbc.sql("select entry_id from fund_proposal where id = :p").param("p", id).query(Long.class).single();
	}

	private long propose(Caller proposer, String purpose, String payee, long fen, String description) {
		return proposals.propose(proposer, proposer.jurisdiction().unitId(), new Proposals.NewProposal(ProposalKind.EXPENSE,
				purpose, payee, Money.fen(fen), description, null), List.of());
	}

	/** Dates a demo proposal's history to the days before it was paid, as if proposed and approved then. */
	private void backdate(long proposal, LocalDate paid) {
		var at = paid.minusDays(3).atTime(9, 30).atZone(ZoneId.of("Asia/Shanghai")).toOffsetDateTime();
		jdbc.sql("update fund_proposal set proposed_at = :at where id = :p").param("at", at).param("p", proposal).update();
		int hour = 0;
		for (Long step : jdbc.sql("select id from fund_proposal_step where proposal_id = :p order by acted_at, id")
			.param("p", proposal).query(Long.class).list()) {
			jdbc.sql("update fund_proposal_step set acted_at = :at where id = :s").param("at", at.plusDays(hour == 0 ? 0 : 1)
				.plusHours(hour++)).param("s", step).update();
		}
	}

	private long bankBalance(long village, LocalDate asOf) {
		return jdbc.sql("""
				select coalesce(sum(debit - credit), 0) from ledger_line
				where village_id = :v and account = 'BANK' and booked_on <= :d""").param("v", village).param("d", asOf)
			.query(Long.class).single();
	}

	private static int quarterOf(LocalDate on) {
		return (on.getMonthValue() - 1) / 3 + 1;
	}
}
