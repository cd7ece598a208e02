package org.qunfang.funds.insurance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.qunfang.funds.FundsPermissions;
import org.qunfang.funds.approval.ProposalStatus;
import org.qunfang.identity.Caller;
import org.qunfang.identity.ScopeFilter;
import org.qunfang.organization.AdminUnit;
import org.qunfang.organization.AdminUnits;
import org.qunfang.platform.Money;
import org.qunfang.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reading the insurance register (保险台账) within the caller's jurisdiction: the policies of a village or
 * of all villages, those in force first and the soonest to end first, and a policy with its premiums.
 */
@Service
public class InsuranceQueries {

	/**
	 * A policy as listed: who is insured and in which post, the terms, where it stands today, how many days
	 * are left, and how many of its policy years' premiums are booked or proposed.
	 */
	public record PolicyView(long id, long villageId, String villageZh, String villageEn, long residentId,
			String insuredName, String orgName, String postCode, InsuranceKind kind, String insurer, String policyNo,
			LocalDate startsOn, LocalDate endsOn, Money yearlyPremium, LocalDate endedOn, String endReason,
			PolicyStatus status, long daysLeft, int years, int premiumsBooked, int premiumsOpen) {

		public String village(Locale locale) {
			return "en".equals(locale.getLanguage()) ? villageEn : villageZh;
		}
	}

	/** A premium proposed for a policy, with where its proposal stands. */
	public record PremiumView(long proposalId, ProposalStatus status, Money amount, String description,
			String proposedName, Instant proposedAt, Long entryId) {
	}

	/** A policy with its premiums, the newest first. */
	public record Detail(PolicyView policy, List<PremiumView> premiums) {
	}

	private static final String SELECT = """
			select p.*,
			  (select count(*) from fund_insurance_premium i join fund_proposal f on f.id = i.proposal_id
			    where i.policy_id = p.id and f.status = 'BOOKED') as booked,
			  (select count(*) from fund_insurance_premium i join fund_proposal f on f.id = i.proposal_id
			    where i.policy_id = p.id and f.status in ('PENDING', 'AWAITING_LEADER', 'APPROVED')) as pending
			from fund_insurance_policy p where\s""";

	private final JdbcClient jdbc;
	private final AdminUnits units;
	private final ExpiringPolicies reminders;
	private final Clock clock;
	private final ZoneId zone;

	InsuranceQueries(JdbcClient jdbc, AdminUnits units, ExpiringPolicies reminders, Clock clock, ZoneId displayZone) {
		this.jdbc = jdbc;
		this.units = units;
		this.reminders = reminders;
		this.clock = clock;
		this.zone = displayZone;
	}

	/** The policies of one village of the caller's jurisdiction, or of all its villages when none is given. */
	public List<PolicyView> list(Caller caller, Long villageId) {
		caller.require(FundsPermissions.VIEW);
		ScopeFilter scope = caller.jurisdiction().where("p");
		LocalDate today = today();
		var spec = scope.bind(jdbc.sql(SELECT + scope.sql() + (villageId == null ? "" : " and p.village_id = :v")
				+ " order by case when p.ended_on is null and p.ends_on >= :today then 0 else 1 end, p.ends_on, p.id"))
			.param("today", today);
		if (villageId != null) {
			spec = spec.param("v", villageId);
		}
		Map<Long, AdminUnit> villages = new HashMap<>();
		return spec.query((rs, n) -> view(rs, villages, today)).list();
	}

	/** A policy of the caller's jurisdiction with its premiums. */
	public Detail policy(Caller caller, long id) {
		caller.require(FundsPermissions.VIEW);
		ScopeFilter scope = caller.jurisdiction().where("p");
		PolicyView view = scope.bind(jdbc.sql(SELECT + scope.sql() + " and p.id = :id")).param("id", id)
			.query((rs, n) -> view(rs, new HashMap<>(), today())).optional().orElseThrow(NotFoundException::new);
		List<PremiumView> premiums = jdbc.sql("""
				select f.id, f.status, f.amount, f.description, f.proposed_name, f.proposed_at, f.entry_id
				from fund_insurance_premium i join fund_proposal f on f.id = i.proposal_id
				where i.policy_id = :p and i.county_id = :c order by f.proposed_at desc, f.id desc""").param("p", id)
			.param("c", caller.jurisdiction().countyId())
			.query((rs, n) -> new PremiumView(rs.getLong(1), ProposalStatus.valueOf(rs.getString(2)), Money.fen(rs.getLong(3)),
					rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant(),
					(Long) rs.getObject(7, Long.class)))
			.list();
		return new Detail(view, premiums);
	}

	/** How many days before its end a policy is shown as expiring. */
	public int windowDays() {
		return reminders.windowDays();
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(zone));
	}

	private PolicyView view(ResultSet rs, Map<Long, AdminUnit> villages, LocalDate today) throws SQLException {
		AdminUnit village = villages.computeIfAbsent(rs.getLong("village_id"), v -> units.find(v).orElseThrow());
		LocalDate start = rs.getObject("starts_on", LocalDate.class);
		LocalDate end = rs.getObject("ends_on", LocalDate.class);
		LocalDate ended = rs.getObject("ended_on", LocalDate.class);
		PolicyTerms terms = new PolicyTerms(InsuranceKind.valueOf(rs.getString("kind")), rs.getString("insurer"),
				rs.getString("policy_no"), start, end, Money.fen(rs.getLong("premium")));
		return new PolicyView(rs.getLong("id"), village.id(), village.nameZh(), village.nameEn(), rs.getLong("resident_id"),
				rs.getString("insured_name"), rs.getString("org_name"), rs.getString("post_code"), terms.kind(),
				terms.insurer(), terms.policyNo(), start, end, terms.yearlyPremium(), ended, rs.getString("end_reason"),
				PolicyStatus.of(start, end, ended, today, windowDays()), ChronoUnit.DAYS.between(today, end), terms.years(),
				rs.getInt("booked"), rs.getInt("pending"));
	}
}
