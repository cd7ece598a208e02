package org.qunfang.patrol.runs;

import static org.qunfang.patrol.runs.DutyRoster.utc;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.qunfang.identity.Caller;
import org.qunfang.organization.OrganizationPermissions;
import org.qunfang.organization.bodies.NewContract;
import org.qunfang.organization.bodies.SecurityContracts;
import org.qunfang.organization.bodies.SecurityContracts.ContractView;
import org.qunfang.patrol.PatrolPermissions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 治安承包 evidence (A5): for each security contract, the patrols its contractors did in its area in each
 * payment period against what the contract asks (patrols per week, prorated to the period), and whether
 * the period's payment is earned. A patrol counts when a contractor ended a run on a shift of the contract's
 * organization (whose patterns cover the contract's zones) and checked in at least once on it; a shift
 * counts once however many runs it had. Runs ended without a single check-in are shown beside, not
 * counted. A period runs from the contract's start (or the previous payment's due day) to the day before
 * its payment is due; a contract without payments is looked at month by month.
 */
@Service
public class ContractEvidence {

	/** Whether a period's payment is earned: yes, no, or not yet decided (the period is not over). */
	public enum Verdict {
		EARNED, NOT_EARNED, IN_PROGRESS
	}

	/**
	 * One period of a contract: its days, what was required, what was done, and the runs ended without a
	 * check-in (not counted as done).
	 */
	public record Period(LocalDate from, LocalDate to, Long amountFen, long required, long done, long unverified,
			Verdict verdict) {
	}

	/** A contract with its periods. */
	public record Evidence(ContractView contract, List<Period> periods) {
	}

	private final SecurityContracts contracts;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final ZoneId zone;

	ContractEvidence(SecurityContracts contracts, JdbcClient jdbc, Clock clock, ZoneId zone) {
		this.contracts = contracts;
		this.jdbc = jdbc;
		this.clock = clock;
		this.zone = zone;
	}

	/** The evidence of the contracts inside the caller's jurisdiction (none without the registry permission). */
	@Transactional(readOnly = true)
	public List<Evidence> of(Caller caller) {
		caller.require(PatrolPermissions.VIEW);
		if (!caller.has(OrganizationPermissions.REGISTRY_VIEW)) {
			return List.of();
		}
		LocalDate today = LocalDate.now(clock.withZone(zone));
		return contracts.list(caller, null).stream().filter(c -> !c.periodStart().isAfter(today))
			.map(c -> new Evidence(c, periods(c, today))).toList();
	}

	List<Period> periods(ContractView contract, LocalDate today) {
		List<Period> periods = new ArrayList<>();
		LocalDate start = contract.periodStart();
		if (contract.payments().isEmpty()) {
			for (LocalDate from = start; !from.isAfter(contract.periodEnd()) && !from.isAfter(today); from = from.plusMonths(1)) {
				LocalDate to = from.plusMonths(1).minusDays(1);
				periods.add(period(contract, from, to.isAfter(contract.periodEnd()) ? contract.periodEnd() : to, null, today));
			}
			return periods;
		}
		for (NewContract.Payment payment : contract.payments().stream()
			.sorted(java.util.Comparator.comparing(NewContract.Payment::dueOn)).toList()) {
			LocalDate to = payment.dueOn().minusDays(1);
			if (!to.isBefore(start) && !start.isAfter(today)) {
				periods.add(period(contract, start, to, payment.amountFen(), today));
			}
			start = payment.dueOn();
		}
		return periods;
	}

	private Period period(ContractView contract, LocalDate from, LocalDate to, Long amount, LocalDate today) {
		long days = ChronoUnit.DAYS.between(from, to) + 1;
		long required = (long) Math.ceil(days * contract.patrolsPerWeek() / 7.0);
		long done = 0;
		long unverified = 0;
		if (!contract.contractorIds().isEmpty()) {
			String runs = """
					from patrol_run r join patrol_shift s on s.id = r.shift_id join patrol_schedule sc on sc.id = s.schedule_id
					where sc.org_id = :org and r.status = 'ENDED' and r.resident_id in (:contractors)
					  and r.started_at >= :from and r.started_at < :to
					  and %s exists (select 1 from patrol_checkin c where c.run_id = r.id)""";
			java.time.OffsetDateTime start = utc(from.atStartOfDay(zone).toInstant());
			java.time.OffsetDateTime end = utc(to.plusDays(1).atStartOfDay(zone).toInstant());
			done = jdbc.sql("select count(distinct r.shift_id) " + runs.formatted("")).param("org", contract.orgId())
				.param("contractors", contract.contractorIds()).param("from", start).param("to", end).query(Long.class).single();
			unverified = jdbc.sql("select count(*) " + runs.formatted("not")).param("org", contract.orgId())
				.param("contractors", contract.contractorIds()).param("from", start).param("to", end).query(Long.class).single();
		}
		Verdict verdict = done >= required ? Verdict.EARNED : to.isBefore(today) ? Verdict.NOT_EARNED : Verdict.IN_PROGRESS;
		return new Period(from, to, amount, required, done, unverified, verdict);
	}
}
