package org.qunfang.funds.levy;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.qunfang.funds.FundsPermissions;
import org.qunfang.funds.fees.ChargeRules;
import org.qunfang.funds.fees.ChargeSettings;
import org.qunfang.funds.fees.ChargeStatus;
import org.qunfang.funds.fees.Exemption;
import org.qunfang.identity.Caller;
import org.qunfang.organization.AdminUnit;
import org.qunfang.organization.AdminUnits;
import org.qunfang.organization.registry.HouseholdRoll;
import org.qunfang.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A levy as its page and the API show it: the proposal, the meeting, the rules checked, the exemptions, the decision. */
@Service
public class LevyQueries {

	/** A levy with its rules checked as it stands. */
	public record LevyView(long id, long villageId, String villageZh, String villageEn, int year, String purpose,
			String title, long totalFen, long perPersonFen, ChargeStatus status, Meeting meeting, String proposedName,
			Instant proposedAt, String decidedName, Instant decidedAt, String decisionNote, List<LevyRule.Check> checks,
			boolean approvable, List<ExemptionView> exemptions, boolean billed) {

		public String village(Locale locale) {
			return "en".equals(locale.getLanguage()) ? villageEn : villageZh;
		}
	}

	/** A resident marked exempt. */
	public record ExemptionView(long residentId, String name, String householdNo, Exemption reason, String note) {
	}

	/** A resident the village may mark exempt. */
	public record ResidentChoice(long residentId, String name, String householdNo) {
	}

	private final LevyStore store;
	private final ChargeSettings settings;
	private final AdminUnits units;
	private final HouseholdRoll roll;

	LevyQueries(LevyStore store, ChargeSettings settings, AdminUnits units, HouseholdRoll roll) {
		this.store = store;
		this.settings = settings;
		this.units = units;
		this.roll = roll;
	}

	@Transactional(readOnly = true)
	public LevyView levy(Caller caller, long levyId) {
		caller.require(FundsPermissions.VIEW);
		LevyStore.StoredLevy l = load(caller, levyId);
		AdminUnit village = units.find(l.villageId()).orElseThrow();
		ChargeRules rules = settings.rules(l.countyId());
		List<LevyRule.Check> checks = LevyRule.check(l.meeting(), l.perPersonFen(),
				store.othersPerPerson(l.countyId(), l.villageId(), l.year(), l.id()), rules);
		Map<Long, ResidentChoice> residents = residents(l).stream()
			.collect(Collectors.toMap(ResidentChoice::residentId, Function.identity()));
		List<ExemptionView> exemptions = store.exemptions(l).stream().map(e -> {
			ResidentChoice r = residents.get(e.residentId());
			return new ExemptionView(e.residentId(), r == null ? "" : r.name(), r == null ? "" : r.householdNo(), e.reason(),
					e.note());
		}).toList();
		return new LevyView(l.id(), l.villageId(), village.nameZh(), village.nameEn(), l.year(), l.purpose(), l.title(),
				l.totalFen(), l.perPersonFen(), l.status(), l.meeting(), l.proposedName(), l.proposedAt(), l.decidedName(),
				l.decidedAt(), l.decisionNote(), checks, checks.stream().allMatch(LevyRule.Check::met), exemptions,
				store.billed(l.id()));
	}

	/** The residents of the levy's village, by household, for marking exemptions. */
	@Transactional(readOnly = true)
	public List<ResidentChoice> residents(Caller caller, long levyId) {
		caller.require(FundsPermissions.VIEW);
		return residents(load(caller, levyId));
	}

	/** The reasons the county lets a village mark a resident with. */
	public List<Exemption> markableReasons(long countyId) {
		return settings.rules(countyId).exemptReasons().stream().sorted().toList();
	}

	private LevyStore.StoredLevy load(Caller caller, long levyId) {
		return store.find(caller.jurisdiction().where("c"), levyId).orElseThrow(NotFoundException::new);
	}

	private List<ResidentChoice> residents(LevyStore.StoredLevy l) {
		return roll.of(l.countyId(), l.villageId()).stream()
			.flatMap(h -> h.members().stream().map(m -> new ResidentChoice(m.residentId(), m.name(), h.householdNo())))
			.toList();
	}
}
