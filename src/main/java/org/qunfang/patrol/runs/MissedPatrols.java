package org.qunfang.patrol.runs;

import static org.qunfang.patrol.runs.DutyRoster.utc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.qunfang.identity.Notifications;
import org.qunfang.identity.Role;
import org.qunfang.patrol.PatrolMissed;
import org.qunfang.platform.IdGenerator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds the patrols that were missed (B5): a shift nobody started within the grace period, a checkpoint of
 * an ended shift no run visited, a run left open past its shift. Each finding is recorded once, in its own
 * transaction, with a notice to the village's patrol leaders and director and a {@link PatrolMissed} event.
 */
@Component
public class MissedPatrols {

	/** What was missed. */
	public enum Kind {
		NOT_STARTED, CHECKPOINT_MISSED, NOT_ENDED
	}

	/** One thing missed on a shift; checkpoint 0 when the finding is about the whole shift. */
	record Finding(long shiftId, long countyId, long villageId, String scopePath, long orgId, Kind kind, long checkpointId,
			Long runId, Instant shiftStart) {
	}

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(MissedPatrols.class);
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm");

	private final JdbcClient jdbc;
	private final RunFacts facts;
	private final Notifications notifications;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final IdGenerator ids;
	private final Clock clock;
	private final ZoneId zone;
	private final Duration grace;
	private final Duration lookback;

	MissedPatrols(JdbcClient jdbc, RunFacts facts, Notifications notifications, ApplicationEventPublisher events,
			TransactionTemplate transactions, IdGenerator ids, Clock clock, ZoneId zone,
			@Value("${qunfang.patrol.missed.grace:PT30M}") Duration grace,
			@Value("${qunfang.patrol.missed.lookback:P2D}") Duration lookback) {
		this.jdbc = jdbc;
		this.facts = facts;
		this.notifications = notifications;
		this.events = events;
		this.transactions = transactions;
		this.ids = ids;
		this.clock = clock;
		this.zone = zone;
		this.grace = grace;
		this.lookback = lookback;
	}

	/**
	 * Looks at the shifts of the look-back period and records what is newly missed.
	 *
	 * @return how many findings were recorded this time
	 */
	@Scheduled(fixedDelayString = "${qunfang.patrol.missed.interval:PT10M}",
			initialDelayString = "${qunfang.patrol.missed.initial-delay:PT3M}")
	public int detect() {
		Instant now = clock.instant();
		List<Finding> findings = new ArrayList<>();
		findings.addAll(notStarted(now));
		findings.addAll(notEnded(now));
		findings.addAll(checkpointsMissed(now));
		int recorded = 0;
		for (Finding finding : findings) {
			try {
				recorded += Boolean.TRUE.equals(transactions.execute(tx -> record(finding, now))) ? 1 : 0;
			}
			catch (DuplicateKeyException alreadyRecorded) {
				log.debug("Missed patrol already recorded: {}", finding);
			}
			catch (RuntimeException failed) {
				log.warn("Could not record the missed patrol {}", finding, failed);
			}
		}
		return recorded;
	}

	private static final String SHIFT = """
			select s.id, s.county_id, s.village_id, s.scope_path, sc.org_id, s.starts_at
			from patrol_shift s join patrol_schedule sc on sc.id = s.schedule_id""";

	private List<Finding> notStarted(Instant now) {
		return jdbc.sql(SHIFT + """
				 where s.starts_at >= :from and s.starts_at <= :late
				and exists (select 1 from patrol_assignment a where a.shift_id = s.id)
				and not exists (select 1 from patrol_run r where r.shift_id = s.id)
				and not exists (select 1 from patrol_miss m where m.shift_id = s.id and m.kind = 'NOT_STARTED')""")
			.param("from", utc(now.minus(lookback))).param("late", utc(now.minus(grace)))
			.query((rs, n) -> new Finding(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getLong(5),
					Kind.NOT_STARTED, 0, null, RunStore.instant(rs, 6)))
			.list();
	}

	private List<Finding> notEnded(Instant now) {
		return jdbc.sql("""
				select s.id, s.county_id, s.village_id, s.scope_path, sc.org_id, s.starts_at, min(r.id)
				from patrol_shift s join patrol_schedule sc on sc.id = s.schedule_id join patrol_run r on r.shift_id = s.id
				where s.ends_at >= :from and s.ends_at <= :late and r.status = 'ACTIVE'
				and not exists (select 1 from patrol_miss m where m.shift_id = s.id and m.kind = 'NOT_ENDED')
				group by s.id, s.county_id, s.village_id, s.scope_path, sc.org_id, s.starts_at""")
			.param("from", utc(now.minus(lookback))).param("late", utc(now.minus(grace)))
			.query((rs, n) -> new Finding(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getLong(5),
					Kind.NOT_ENDED, 0, rs.getLong(7), RunStore.instant(rs, 6)))
			.list();
	}

	private List<Finding> checkpointsMissed(Instant now) {
		List<Finding> shifts = jdbc.sql(SHIFT + """
				 where s.ends_at >= :from and s.ends_at <= :late
				and exists (select 1 from patrol_run r where r.shift_id = s.id)""")
			.param("from", utc(now.minus(lookback))).param("late", utc(now.minus(grace)))
			.query((rs, n) -> new Finding(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getLong(5),
					Kind.CHECKPOINT_MISSED, 0, null, RunStore.instant(rs, 6)))
			.list();
		List<Finding> missed = new ArrayList<>();
		for (Finding shift : shifts) {
			List<Long> visited = jdbc.sql("""
					select distinct c.checkpoint_id from patrol_checkin c join patrol_run r on r.id = c.run_id
					where r.shift_id = :s and r.county_id = :c""")
				.param("s", shift.shiftId()).param("c", shift.countyId()).query(Long.class).list();
			List<Long> recorded = jdbc.sql("select checkpoint_id from patrol_miss where shift_id = :s and kind = 'CHECKPOINT_MISSED'")
				.param("s", shift.shiftId()).query(Long.class).list();
			for (long checkpoint : facts.plannedCheckpoints(shift.countyId(), shift.villageId(), shift.shiftId())) {
				if (!visited.contains(checkpoint) && !recorded.contains(checkpoint)) {
					missed.add(new Finding(shift.shiftId(), shift.countyId(), shift.villageId(), shift.scopePath(), shift.orgId(),
							Kind.CHECKPOINT_MISSED, checkpoint, null, shift.shiftStart()));
				}
			}
		}
		return missed;
	}

	private boolean record(Finding f, Instant now) {
		int inserted = jdbc.sql("""
				insert into patrol_miss (id, county_id, village_id, scope_path, shift_id, run_id, checkpoint_id, kind, detected_at)
				select :id, :c, :v, :path, :s, :run, :k, :kind, :now
				where not exists (select 1 from patrol_miss where shift_id = :s and kind = :kind and checkpoint_id = :k)""")
			.param("id", ids.next()).param("c", f.countyId()).param("v", f.villageId()).param("path", f.scopePath())
			.param("s", f.shiftId()).param("run", f.runId()).param("k", f.checkpointId()).param("kind", f.kind().name())
			.param("now", utc(now)).update();
		if (inserted == 0) {
			return false;
		}
		String checkpoint = f.checkpointId() == 0 ? ""
				: jdbc.sql("select name from patrol_checkpoint where id = :k").param("k", f.checkpointId()).query(String.class)
					.optional().orElse("");
		notifications.send(f.countyId(), f.scopePath(), List.of(Role.PATROL_LEADER, Role.VILLAGE_DIRECTOR),
				"patrol.miss.notice." + f.kind().name(),
				List.of(Notifications.unit(f.villageId()), WHEN.format(f.shiftStart().atZone(zone)), checkpoint), "/patrol/runs");
		events.publishEvent(new PatrolMissed(f.shiftId(), f.countyId(), f.villageId(), f.scopePath(), f.orgId(), f.kind().name(),
				f.checkpointId() == 0 ? null : f.checkpointId(), now));
		return true;
	}
}
