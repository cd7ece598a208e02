package org.qunfang.patrol.runs;

import static org.qunfang.patrol.runs.DutyRoster.utc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.qunfang.identity.Jurisdiction;
import org.qunfang.identity.Role;
import org.qunfang.identity.ScopeLevel;
import org.qunfang.identity.UserDirectory;
import org.qunfang.identity.UserDirectory.UserSummary;
import org.qunfang.platform.IdGenerator;
import org.qunfang.platform.demo.DemoData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo township's patrols of the last two weeks: for the shifts the schedules planned, most were
 * patrolled (recorded by the village's patrol leader for the team, most checkpoints checked in, the run
 * ended), some were missed or left open, which the missed-patrol job then finds. Without shifts it does
 * nothing.
 */
@Component
class DemoPatrolRuns implements DemoData {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoPatrolRuns.class);
	private static final long SEED = 610;

	private record Shift(long id, long countyId, long villageId, String scopePath, Instant start, Instant end,
			Long residentId) {
	}

	private final JdbcClient jdbc;
	private final RunStore store;
	private final RunFacts facts;
	private final UserDirectory users;
	private final org.qunfang.organization.registry.VillageScope villages;
	private final MissedPatrols missed;
	private final IdGenerator ids;
	private final Clock clock;

	DemoPatrolRuns(JdbcClient jdbc, RunStore store, RunFacts facts, UserDirectory users,
			org.qunfang.organization.registry.VillageScope villages, MissedPatrols missed, IdGenerator ids,
			Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.facts = facts;
		this.users = users;
		this.villages = villages;
		this.missed = missed;
		this.ids = ids;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "patrol.runs";
	}

	@Override
	public int order() {
		return 610;
	}

	@Override
	public void load() {
		Instant now = clock.instant();
		onDutyTonight("dongshan.patrol", now);
		List<Shift> shifts = jdbc.sql("""
				select s.id, s.county_id, s.village_id, s.scope_path, s.starts_at, s.ends_at,
				  (select min(a.resident_id) from patrol_assignment a where a.shift_id = s.id)
				from patrol_shift s
				where s.ends_at <= :now and s.starts_at >= :from
				and exists (select 1 from patrol_assignment a where a.shift_id = s.id)
				and not exists (select 1 from patrol_run r where r.shift_id = s.id)
				order by s.starts_at, s.id""")
			.param("now", utc(now)).param("from", utc(now.minus(Duration.ofDays(14))))
			.query((rs, n) -> new Shift(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), RunStore.instant(rs, 5),
					RunStore.instant(rs, 6), (Long) rs.getObject(7)))
			.list();
		int runs = 0;
		for (Shift shift : shifts) {
			Random random = new Random(SEED ^ shift.id());
			Optional<UserSummary> recorder = recorder(shift);
			if (recorder.isEmpty() || random.nextDouble() < 0.12) {
				continue;
			}
			patrol(shift, recorder.get(), random);
			runs++;
		}
		int found = shifts.isEmpty() ? 0 : missed.detect();
		log.info("Demo patrol runs: {} runs for {} past shifts, {} missed patrols found", runs, shifts.size(), found);
	}

	private void patrol(Shift shift, UserSummary recorder, Random random) {
		long runId = ids.next();
		Instant started = shift.start().plus(Duration.ofMinutes(random.nextInt(20)));
		store.insertRun(runId, shift.countyId(), shift.villageId(), shift.scopePath(), shift.id(), recorder.id(),
				shift.residentId(), "demo-run-" + shift.id(), started, started, null);
		PatrolRun run = store.run(shift.countyId(), runId).orElseThrow();
		List<Long> checkpoints = facts.plannedCheckpoints(shift.countyId(), shift.villageId(), shift.id());
		long span = Math.max(1, Duration.between(started, shift.end()).toMinutes());
		int i = 0;
		for (long checkpoint : checkpoints) {
			i++;
			if (random.nextDouble() < 0.1) {
				continue;
			}
			Instant at = started.plus(Duration.ofMinutes(span * i / (checkpoints.size() + 1)));
			Instant received = random.nextDouble() < 0.15 ? at.plus(Duration.ofMinutes(5 + random.nextInt(40))) : at;
			store.insertCheckin(ids.next(), run, checkpoint, recorder.id(), "demo-checkin-" + shift.id() + "-" + checkpoint, at,
					received, null, null, null);
		}
		if (random.nextDouble() < 0.95) {
			Instant ended = shift.end().plus(Duration.ofMinutes(random.nextInt(30) - 15));
			store.end(shift.countyId(), runId, ended, ended, null);
		}
	}

	/** Who records the village's patrols in the demo: its patrol leader, else its security director. */
	private Optional<UserSummary> recorder(Shift shift) {
		Jurisdiction village = new Jurisdiction(shift.countyId(), ScopeLevel.VILLAGE, shift.villageId(), List.of(shift.scopePath()));
		for (Role role : List.of(Role.PATROL_LEADER, Role.SECURITY_DIRECTOR, Role.PATROL_MEMBER)) {
			Optional<UserSummary> found = users.withRole(village, role).stream().filter(u -> u.scopeUnitId() == shift.villageId())
				.findFirst();
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	/**
	 * Puts a demo patrol member on tonight's night patrol of their team (an extra seat, recorded as a
	 * manual change), so that signing in as them on a phone shows a shift to start.
	 */
	private void onDutyTonight(String username, Instant now) {
		users.findByUsername(username).ifPresent(user -> users.phoneIndex(user.id())
			.flatMap(index -> villages.residentByPhoneIndex(user.countyId(), user.scopeUnitId(), index))
			.ifPresent(resident -> jdbc.sql("""
					select s.id, s.scope_path from patrol_shift s join patrol_pattern p on p.id = s.pattern_id
					where s.county_id = :c and p.kind = 'NIGHT_PATROL' and s.ends_at > :now and s.starts_at < :horizon
					and s.schedule_id in (select s2.schedule_id from patrol_assignment a2 join patrol_shift s2 on s2.id = a2.shift_id
					                      where a2.resident_id = :r)
					and not exists (select 1 from patrol_assignment a where a.shift_id = s.id and a.resident_id = :r)
					order by s.starts_at, s.id""")
				.param("c", user.countyId()).param("now", utc(now)).param("horizon", utc(now.plus(Duration.ofHours(20))))
				.param("r", resident).query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) }).list().stream().findFirst()
				.ifPresent(shift -> jdbc.sql("""
						insert into patrol_assignment (id, shift_id, county_id, scope_path, resident_id, leader, pinned, source)
						values (:id, :s, :c, :path, :r, false, true, 'MANUAL')""")
					.param("id", ids.next()).param("s", shift[0]).param("c", user.countyId()).param("path", shift[1])
					.param("r", resident).update())));
	}
}
