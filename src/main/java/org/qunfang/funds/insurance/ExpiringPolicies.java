package org.qunfang.funds.insurance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.qunfang.identity.Notifications;
import org.qunfang.identity.Role;
import org.qunfang.organization.AdminUnit;
import org.qunfang.organization.AdminUnits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds the village director and the township finance office, in-app, that a policy is about to end:
 * {@code qunfang.funds.insurance.reminder-days} before its last day (30 by default; a list such as
 * {@code 30,7} reminds at each), once per policy and threshold. A policy whose end date changes is
 * reminded again; an ended one never. Runs every {@code qunfang.funds.insurance.reminder-interval} (a day
 * by default) on every node with scheduling; each reminder is claimed by a conditional update, so it is
 * sent once even when nodes run together.
 */
@Component
public class ExpiringPolicies {

	static final String NOTICE = "funds.insurance.notice.expiring.";

	private record Due(long id, long countyId, String scopePath, long villageId, String kind, String insurer,
			String policyNo, LocalDate endsOn, int threshold) {
	}

	private static final Logger log = LoggerFactory.getLogger(ExpiringPolicies.class);

	private final JdbcClient jdbc;
	private final Notifications notifications;
	private final AdminUnits units;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final ZoneId zone;
	private final List<Integer> thresholds;

	ExpiringPolicies(JdbcClient jdbc, Notifications notifications, AdminUnits units, TransactionTemplate transactions,
			Clock clock, ZoneId displayZone, @Value("${qunfang.funds.insurance.reminder-days:30}") List<Integer> days) {
		this.jdbc = jdbc;
		this.notifications = notifications;
		this.units = units;
		this.transactions = transactions;
		this.clock = clock;
		this.zone = displayZone;
		this.thresholds = days.stream().filter(d -> d != null && d > 0).distinct().sorted().toList();
		if (thresholds.isEmpty()) {
			throw new IllegalArgumentException("qunfang.funds.insurance.reminder-days needs a positive number of days");
		}
	}

	/** How many days before its end a policy counts as expiring (the earliest reminder). */
	public int windowDays() {
		return thresholds.getLast();
	}

	/**
	 * Sends the reminders due today, each policy in its own transaction (claimed and told together), so one
	 * that fails is logged and tried again next time without holding up the others.
	 *
	 * @return how many reminders were sent
	 */
	@Scheduled(fixedDelayString = "${qunfang.funds.insurance.reminder-interval:P1D}",
			initialDelayString = "${qunfang.funds.insurance.reminder-initial-delay:PT3M}")
	public int remind() {
		LocalDate today = LocalDate.now(clock.withZone(zone));
		int told = 0;
		for (AdminUnit county : units.counties()) {
			for (Due due : due(county.id(), today)) {
				try {
					told += transactions.execute(tx -> claimAndTell(due));
				}
				catch (RuntimeException failed) {
					log.warn("Could not send the expiry reminder of insurance policy {}", due.id(), failed);
				}
			}
		}
		return told;
	}

	private List<Due> due(long countyId, LocalDate today) {
		List<Due> due = new ArrayList<>();
		jdbc.sql("""
				select id, county_id, scope_path, village_id, kind, insurer, policy_no, ends_on, reminded_days
				from fund_insurance_policy
				where county_id = :c and ended_on is null and ends_on between :today and :horizon
				order by ends_on, id""").param("c", countyId).param("today", today)
			.param("horizon", today.plusDays(windowDays())).query((rs, n) -> {
				LocalDate end = rs.getObject("ends_on", LocalDate.class);
				long left = ChronoUnit.DAYS.between(today, end);
				int threshold = thresholds.stream().filter(d -> left <= d).findFirst().orElseThrow();
				Integer reminded = (Integer) rs.getObject("reminded_days", Integer.class);
				if (reminded == null || reminded > threshold) {
					due.add(new Due(rs.getLong("id"), rs.getLong("county_id"), rs.getString("scope_path"),
							rs.getLong("village_id"), rs.getString("kind"), rs.getString("insurer"), rs.getString("policy_no"),
							end, threshold));
				}
				return end;
			}).list();
		return due;
	}

	private int claimAndTell(Due due) {
		boolean claimed = jdbc.sql("""
				update fund_insurance_policy set reminded_days = :t
				where id = :id and county_id = :c and ends_on = :end and ended_on is null
				  and (reminded_days is null or reminded_days > :t)""")
			.param("t", due.threshold()).param("id", due.id()).param("c", due.countyId()).param("end", due.endsOn())
			.update() == 1;
		if (!claimed) {
			return 0;
		}
		LocalDate today = LocalDate.now(clock.withZone(zone));
		List<String> arguments = List.of(Notifications.unit(due.villageId()), due.insurer(), due.policyNo(),
				due.endsOn().toString(), Long.toString(ChronoUnit.DAYS.between(today, due.endsOn())));
		String key = NOTICE + due.kind();
		String link = "/funds/insurance/" + due.id();
		notifications.send(due.countyId(), due.scopePath(), List.of(Role.VILLAGE_DIRECTOR), key, arguments, link);
		units.find(due.villageId()).flatMap(v -> units.find(v.parentId())).ifPresent(township -> notifications
			.send(due.countyId(), township.scopePath(), List.of(Role.FINANCE_OFFICER), key, arguments, link));
		return 1;
	}
}
