package org.qunfang.patrol.runs;

import java.util.List;

import org.qunfang.patrol.zones.Checkpoint;
import org.qunfang.patrol.zones.PatrolZones;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What a shift asks of a run: the checkpoints it should visit and the organization it belongs to. */
@Component
class RunFacts {

	private final JdbcClient jdbc;
	private final PatrolZones zones;

	RunFacts(JdbcClient jdbc, PatrolZones zones) {
		this.jdbc = jdbc;
		this.zones = zones;
	}

	/** The checkpoints of the shift's zone, or of the whole village for a shift without one or no shift. */
	List<Long> plannedCheckpoints(long countyId, long villageId, Long shiftId) {
		Long zoneId = shiftId == null ? null
				: jdbc.sql("select zone_id from patrol_shift where id = :s and county_id = :c").param("s", shiftId)
					.param("c", countyId).query((rs, n) -> (Long) rs.getObject(1)).optional().orElse(null);
		return zones.checkpointsOfVillage(countyId, villageId).stream().filter(k -> zoneId == null || k.zoneId() == zoneId)
			.map(Checkpoint::id).toList();
	}

	/** The organization whose schedule holds the shift, or {@code null} for no shift. */
	Long orgOfShift(Long shiftId) {
		return shiftId == null ? null
				: jdbc.sql("select sc.org_id from patrol_shift s join patrol_schedule sc on sc.id = s.schedule_id where s.id = :s")
					.param("s", shiftId).query(Long.class).optional().orElse(null);
	}
}
