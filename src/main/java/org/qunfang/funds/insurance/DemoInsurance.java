package org.qunfang.funds.insurance;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.qunfang.funds.approval.Proposals;
import org.qunfang.funds.ledger.FundVillage;
import org.qunfang.funds.ledger.Ledger;
import org.qunfang.identity.Caller;
import org.qunfang.identity.CallerDirectory;
import org.qunfang.organization.AdminUnits;
import org.qunfang.platform.Money;
import org.qunfang.platform.demo.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo's insurance register: 东山村 insures its security director against accidents (the policy ends in
 * three weeks, so it shows as ending soon and is reminded of) and a long-serving member for an endowment
 * whose first year's premium is booked; 西河村's security director has a new accident policy whose premium
 * waits for the finance office.
 */
@Component
class DemoInsurance implements DemoData {

	private static final Logger log = LoggerFactory.getLogger(DemoInsurance.class);

	private final InsurancePolicies policies;
	private final InsurancePremiums premiums;
	private final InsuredPeople people;
	private final Proposals proposals;
	private final Ledger ledger;
	private final AdminUnits units;
	private final CallerDirectory callers;

	DemoInsurance(InsurancePolicies policies, InsurancePremiums premiums, InsuredPeople people, Proposals proposals,
			Ledger ledger, AdminUnits units, CallerDirectory callers) {
		this.policies = policies;
		this.premiums = premiums;
		this.people = people;
		this.proposals = proposals;
		this.ledger = ledger;
		this.units = units;
		this.callers = callers;
	}

	@Override
	public String name() {
		return "funds.insurance";
	}

	@Override
	public int order() {
		return 710;
	}

	@Override
	public void load() {
		Optional<Caller> finance = callers.of("taoyuan.finance");
		Optional<Caller> dongshan = callers.of("dongshan.director");
		Optional<Caller> xihe = callers.of("xihe.security");
		if (finance.isEmpty() || dongshan.isEmpty() || xihe.isEmpty()) {
			log.info("Demo insurance skipped: the demo accounts are missing");
			return;
		}
		LocalDate today = ledger.today();
		List<InsuredPeople.Candidate> ds = candidates(dongshan.get());
		ds.stream().filter(InsuredPeople.Candidate::securityDirector).findFirst()
			.ifPresent(c -> add(dongshan.get(), c, InsuranceKind.ACCIDENT, "中国人寿桃源营销服务部", "YX-DS-YW-01",
					today.plusDays(21).minusYears(1).plusDays(1), today.plusDays(21), 36_000));
		ds.stream().filter(c -> !c.securityDirector()).findFirst().ifPresent(c -> {
			long policy = add(dongshan.get(), c, InsuranceKind.ENDOWMENT, "桃源镇城乡居民养老保险服务站", "YX-DS-YL-07",
					today.minusMonths(4).withDayOfMonth(1), today.minusMonths(4).withDayOfMonth(1).plusYears(3).minusDays(1),
					120_000);
			long proposal = premiums.propose(dongshan.get(), policy, null, Locale.SIMPLIFIED_CHINESE);
			proposals.approve(finance.get(), proposal, null, "保单及缴费通知单齐全，同意", null);
		});
		candidates(xihe.get()).stream().filter(InsuredPeople.Candidate::securityDirector).findFirst().ifPresent(c -> {
			long policy = add(xihe.get(), c, InsuranceKind.ACCIDENT, "中国人寿桃源营销服务部", "YX-XH-YW-01",
					today.minusMonths(2).withDayOfMonth(10), today.minusMonths(2).withDayOfMonth(10).plusYears(1).minusDays(1),
					36_000);
			premiums.propose(xihe.get(), policy, null, Locale.SIMPLIFIED_CHINESE);
		});
	}

	private List<InsuredPeople.Candidate> candidates(Caller villager) {
		return people.candidates(villager, FundVillage.of(units, villager, villager.jurisdiction().unitId()));
	}

	private long add(Caller caller, InsuredPeople.Candidate who, InsuranceKind kind, String insurer, String number,
			LocalDate start, LocalDate end, long premiumFen) {
		return policies.add(caller, caller.jurisdiction().unitId(), who.residentId(),
				new PolicyTerms(kind, insurer, number, start, end, Money.fen(premiumFen)));
	}
}
