package org.qunfang.patrol.runs;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.qunfang.organization.bodies.PreventionOrganizations;
import org.qunfang.patrol.zones.Checkpoint;
import org.qunfang.patrol.zones.PatrolZones;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a shift asks of a run: the checkpoints it should visit, the villages it patrols and the
 * organization it belongs to.
 */
@Component
class RunFacts {

	private final JdbcClient jdbc;
	private final PatrolZones zones;
	private final PreventionOrganizations organizations;

	RunFacts(JdbcClient jdbc, PatrolZones zones, PreventionOrganizations organizations) {
		this.jdbc = jdbc;
		this.zones = zones;
		this.organizations = organizations;
	}

	private record ShiftPlace(long villageId, Long zoneId, Long zoneVillageId, Long partnerOrgId) {
	}

	private java.util.Optional<ShiftPlace> place(long countyId, long shiftId) {
		return jdbc.sql("""
				select s.village_id, s.zone_id, z.village_id, p.partner_org_id
				from patrol_shift s left join patrol_zone z on z.id = s.zone_id left join patrol_pattern p on p.id = s.pattern_id
				where s.id = :s and s.county_id = :c""")
			.param("s", shiftId).param("c", countyId)
			.query((rs, n) -> new ShiftPlace(rs.getLong(1), (Long) rs.getObject(2), (Long) rs.getObject(3), (Long) rs.getObject(4)))
			.optional();
	}

	/**
	 * The checkpoints of the shift's zone (in whichever village of a joint patrol it lies), or of the whole
	 * village for a shift without one or no shift.
	 */
	List<Long> plannedCheckpoints(long countyId, long villageId, Long shiftId) {
		ShiftPlace place = shiftId == null ? null : place(countyId, shiftId).orElse(null);
		if (place == null || place.zoneId() == null) {
			return zones.checkpointsOfVillage(countyId, villageId).stream().map(Checkpoint::id).toList();
		}
		return zones.checkpointsOfVillage(countyId, place.zoneVillageId()).stream().filter(k -> k.zoneId() == place.zoneId())
			.map(Checkpoint::id).toList();
	}

	/**
	 * The villages a run may check in at: the run's own and, on a joint patrol (联勤联防), the partner
	 * organization's village and the village of the shift's zone.
	 */
	Set<Long> villages(long countyId, long runVillageId, Long shiftId) {
		Set<Long> villages = new TreeSet<>(List.of(runVillageId));
		if (shiftId != null) {
			place(countyId, shiftId).ifPresent(p -> {
				villages.add(p.villageId());
				if (p.zoneVillageId() != null) {
					villages.add(p.zoneVillageId());
				}
				if (p.partnerOrgId() != null) {
					organizations.villageOf(countyId, p.partnerOrgId()).ifPresent(villages::add);
				}
			});
		}
		return villages;
	}

	/** The organization whose schedule holds the shift, or {@code null} for no shift. */
	Long orgOfShift(Long shiftId) {
		return shiftId == null ? null
				: jdbc.sql("select sc.org_id from patrol_shift s join patrol_schedule sc on sc.id = s.schedule_id where s.id = :s")
					.param("s", shiftId).query(Long.class).optional().orElse(null);
	}
}
