package org.qunfang.disclosure;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.qunfang.disclosure.publication.Period;
import org.qunfang.disclosure.publication.Publications;
import org.qunfang.funds.approval.ProposalKind;
import org.qunfang.funds.approval.Proposals;
import org.qunfang.funds.ledger.FundSource;
import org.qunfang.funds.ledger.Ledger;
import org.qunfang.identity.Caller;
import org.qunfang.identity.Role;
import org.qunfang.organization.AdminUnit;
import org.qunfang.organization.AdminUnits;
import org.qunfang.platform.Money;
import org.qunfang.support.Fixtures;
import org.qunfang.support.MutableClock;

/**
 * A township of its own in the test county, with its finance officer, for tests of publication: no other
 * test closes its books, so months past can still be booked by moving the clock back.
 */
final class Township {

	/** A village of the township, with its director. */
	record Village(long id, String nameZh, Caller director) {
	}

	final AdminUnit unit;
	final Caller finance;
	private final Fixtures fixtures;
	private final MutableClock clock;

	Township(Fixtures fixtures, MutableClock clock) {
		this.fixtures = fixtures;
		this.clock = clock;
		long n = System.nanoTime() % 1_000_000;
		this.unit = fixtures.bean(AdminUnits.class).createTownship(fixtures.id("county"), "PT" + n, "公开镇" + n,
				"Disclosure Town " + n);
		this.finance = fixtures.account("fin.pt" + n, "公开镇财政所", Role.FINANCE_OFFICER, unit.id());
	}

	Village village(String name) {
		long n = System.nanoTime() % 1_000_000;
		AdminUnit v = fixtures.bean(AdminUnits.class).createVillage(unit.id(), "PV" + n, name, "Village " + n);
		return new Village(v.id(), name, fixtures.account("dir.pv" + n, name + "主任", Role.VILLAGE_DIRECTOR, v.id()));
	}

	/**
	 * Books a month that is over, {@code monthsBack} months before this one: income into a patrol fund and,
	 * proposed by the village and approved by the township, an expense on patrol wages.
	 */
	Period bookMonth(Village v, int monthsBack, long incomeFen, long wagesFen, String payee) {
		YearMonth month = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(monthsBack);
		clock.advance(Duration.between(LocalDate.now(ZoneId.of("Asia/Shanghai")).atStartOfDay(),
				month.atDay(15).atStartOfDay()));
		try {
			fixtures.bean(Ledger.class).bookIncome(finance, v.id(), new Ledger.Income(null, v.nameZh() + "巡逻经费",
					FundSource.TOWNSHIP_FINANCE, Set.of("PATROL_WAGES", "TOOLS"), Money.fen(incomeFen), null, "公开镇财政所",
					"拨付巡逻经费"));
			if (wagesFen > 0) {
				Proposals proposals = fixtures.bean(Proposals.class);
				long id = proposals.propose(v.director(), v.id(), new Proposals.NewProposal(ProposalKind.EXPENSE,
						"PATROL_WAGES", payee, Money.fen(wagesFen), "巡逻工资", null), List.of());
				proposals.approve(finance, id, null, "同意", null);
			}
		}
		finally {
			clock.reset();
		}
		return Period.month(month);
	}

	long publish(Village v, Period period) {
		return fixtures.bean(Publications.class).publish(finance, v.id(), new Publications.NewPublication(period.code(), null,
				null));
	}
}
