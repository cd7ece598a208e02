package org.qunfang.patrol.zones;

import org.qunfang.identity.Audited;
import org.qunfang.identity.Caller;
import org.qunfang.patrol.PatrolPermissions;
import org.qunfang.patrol.PatrolZone;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping a village's zones and checkpoints up to date: editing them, and retiring (停用) and reactivating
 * them. Retiring never deletes: runs and check-ins keep the names, and a reactivated checkpoint's printed
 * codes work again (unless they were revoked).
 */
@Service
public class ZoneUpkeep {

	private final PatrolZones zones;
	private final ZoneStore store;

	ZoneUpkeep(PatrolZones zones, ZoneStore store) {
		this.zones = zones;
		this.store = store;
	}

	/** Changes a zone's name, description, centre and outline (all replaced by the draft's). */
	@Transactional
	@Audited(value = "patrol.zone.update", target = "patrol-zone", targetId = "#zoneId")
	public void updateZone(Caller caller, long zoneId, ZoneDraft draft) {
		caller.require(PatrolPermissions.ZONE_MANAGE);
		store.updateZone(zones.zone(caller, zoneId), draft);
	}

	/** Retires a zone: with it its checkpoints, which no longer check in and are no longer planned. */
	@Transactional
	@Audited(value = "patrol.zone.retire", target = "patrol-zone", targetId = "#zoneId")
	public void retireZone(Caller caller, long zoneId) {
		caller.require(PatrolPermissions.ZONE_MANAGE);
		store.activeZone(zones.zone(caller, zoneId), false);
	}

	/** Puts a retired zone back in use, with those of its checkpoints that were not retired themselves. */
	@Transactional
	@Audited(value = "patrol.zone.reactivate", target = "patrol-zone", targetId = "#zoneId")
	public void reactivateZone(Caller caller, long zoneId) {
		caller.require(PatrolPermissions.ZONE_MANAGE);
		store.activeZone(zones.zone(caller, zoneId), true);
	}

	/** Renames a checkpoint or changes its coordinates; the QR codes printed for it stay valid. */
	@Transactional
	@Audited(value = "patrol.checkpoint.update", target = "patrol-checkpoint", targetId = "#checkpointId")
	public void updateCheckpoint(Caller caller, long checkpointId, String name, Double latitude, Double longitude) {
		caller.require(PatrolPermissions.ZONE_MANAGE);
		store.updateCheckpoint(zones.checkpoint(caller, checkpointId), name, latitude, longitude);
	}

	/** Retires a checkpoint: its QR codes no longer check in and runs no longer plan it. */
	@Transactional
	@Audited(value = "patrol.checkpoint.retire", target = "patrol-checkpoint", targetId = "#checkpointId")
	public void retireCheckpoint(Caller caller, long checkpointId) {
		caller.require(PatrolPermissions.ZONE_MANAGE);
		store.activeCheckpoint(zones.checkpoint(caller, checkpointId), false);
	}

	/** Puts a retired checkpoint back in use; its zone must be in use. */
	@Transactional
	@Audited(value = "patrol.checkpoint.reactivate", target = "patrol-checkpoint", targetId = "#checkpointId")
	public void reactivateCheckpoint(Caller caller, long checkpointId) {
		caller.require(PatrolPermissions.ZONE_MANAGE);
		Checkpoint checkpoint = zones.checkpoint(caller, checkpointId);
		PatrolZone zone = zones.zone(caller, checkpoint.zoneId());
		zones.inUse(zone);
		store.activeCheckpoint(checkpoint, true);
	}
}
