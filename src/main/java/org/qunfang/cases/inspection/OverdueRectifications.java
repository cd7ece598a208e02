package org.qunfang.cases.inspection;

import java.time.LocalDate;
import java.util.List;

import org.qunfang.identity.Notifications;
import org.qunfang.identity.Role;
import org.qunfang.organization.AdminUnit;
import org.qunfang.organization.AdminUnits;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tells the village's director and security director, and the township's officers, when a
 * rectification task becomes overdue: once for each deadline missed (a task given a new deadline that
 * it misses again is told again). Runs every {@code qunfang.inspection.overdue-interval} (a day by
 * default) on every node with scheduling; a task is claimed by a conditional update, so it is told once
 * even when nodes run it together.
 */
@Component
public class OverdueRectifications {

	static final String NOTICE = "rectification.notice.overdue";

	private record Due(long id, long countyId, String scopePath, long villageId, String placeName, String hazard,
			LocalDate deadline) {
	}

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(OverdueRectifications.class);

	private final JdbcClient jdbc;
	private final Notifications notifications;
	private final AdminUnits units;
	private final InspectionCalendar calendar;
	private final org.springframework.transaction.support.TransactionTemplate transactions;

	OverdueRectifications(JdbcClient jdbc, Notifications notifications, AdminUnits units, InspectionCalendar calendar,
			org.springframework.transaction.support.TransactionTemplate transactions) {
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.notifications = notifications;
		this.units = units;
		this.calendar = calendar;
	}

	/**
	 * Sends the notices of tasks that became overdue since the last run, each task in its own transaction
	 * (claimed and told together), so one that fails is logged and tried again next time without holding
	 * up the others.
	 *
	 * @return how many tasks were told about
	 */
	@Scheduled(fixedDelayString = "${qunfang.inspection.overdue-interval:P1D}",
			initialDelayString = "${qunfang.inspection.overdue-initial-delay:PT2M}")
	public int notifyOverdue() {
		LocalDate today = calendar.today();
		int told = 0;
		for (AdminUnit county : units.counties()) {
			for (Due due : due(county.id(), today)) {
				try {
					told += transactions.execute(tx -> claimAndTell(due));
				}
				catch (RuntimeException failed) {
					log.warn("Could not send the overdue notice of rectification task {}", due.id(), failed);
				}
			}
		}
		return told;
	}

	private int claimAndTell(Due due) {
		boolean claimed = jdbc.sql("""
				update rectification set overdue_notified_at = :now
				where id = :id and county_id = :c and overdue_notified_at is null""")
			.param("now", InspectionStore.utc(calendar.now())).param("id", due.id()).param("c", due.countyId())
			.update() == 1;
		if (!claimed) {
			return 0;
		}
		tell(due);
		return 1;
	}

	private List<Due> due(long countyId, LocalDate today) {
		return jdbc.sql("""
				select r.id, r.county_id, r.scope_path, r.village_id, i.place_name, r.hazard, r.deadline
				from rectification r join inspection i on i.id = r.inspection_id
				where r.county_id = :c and r.status <> 'CLOSED' and r.deadline < :today and r.overdue_notified_at is null
				order by r.deadline, r.id""")
			.param("c", countyId).param("today", today)
			.query((rs, n) -> new Due(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5),
					rs.getString(6), rs.getObject(7, LocalDate.class)))
			.list();
	}

	private void tell(Due due) {
		AdminUnit village = units.find(due.villageId()).orElseThrow();
		String hazard = due.hazard().length() > 60 ? due.hazard().substring(0, 60) + "…" : due.hazard();
		List<String> arguments = List.of(Notifications.unit(village.id()), due.placeName(), hazard, due.deadline().toString());
		String link = "/rectifications/" + due.id();
		notifications.send(due.countyId(), due.scopePath(), List.of(Role.VILLAGE_DIRECTOR, Role.SECURITY_DIRECTOR), NOTICE,
				arguments, link);
		units.find(village.parentId()).ifPresent(township -> notifications.send(due.countyId(), township.scopePath(),
				List.of(Role.TOWNSHIP_OFFICER), NOTICE, arguments, link));
	}
}
