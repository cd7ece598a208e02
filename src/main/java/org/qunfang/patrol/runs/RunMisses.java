package org.qunfang.patrol.runs;

import static org.qunfang.patrol.runs.DutyRoster.utc;

import java.time.Instant;
import java.util.List;

import org.qunfang.identity.Caller;
import org.qunfang.identity.ScopeFilter;
import org.qunfang.patrol.PatrolPermissions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the missed-patrol job recorded, for the pages. */
@Service
public class RunMisses {

	/** A recorded miss: the shift's start, what was missed and, for a checkpoint, its name. */
	public record Miss(long id, long villageId, long shiftId, Instant shiftStart, String kind, String checkpointName,
			Long runId, Instant detectedAt) {
	}

	private final JdbcClient jdbc;

	RunMisses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The misses inside the caller's jurisdiction detected in the interval, newest first. */
	@Transactional(readOnly = true)
	public List<Miss> of(Caller caller, Instant from, Instant to) {
		caller.require(PatrolPermissions.VIEW);
		ScopeFilter scope = caller.jurisdiction().where("m");
		return scope.bind(jdbc.sql("""
				select m.id, m.village_id, m.shift_id, s.starts_at, m.kind, k.name, m.run_id, m.detected_at
				from patrol_miss m join patrol_shift s on s.id = m.shift_id
				left join patrol_checkpoint k on k.id = m.checkpoint_id
				where\s""" + scope.sql() + " and m.detected_at >= :from and m.detected_at < :to order by m.detected_at desc, m.id limit 500"))
			.param("from", utc(from)).param("to", utc(to))
			.query((rs, n) -> new Miss(rs.getLong(1), rs.getLong(2), rs.getLong(3), RunStore.instant(rs, 4), rs.getString(5),
					rs.getString(6), (Long) rs.getObject(7), RunStore.instant(rs, 8)))
			.list();
	}
}
