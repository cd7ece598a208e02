package org.qunfang.patrol.zones;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.qunfang.organization.AdminUnit;
import org.qunfang.patrol.PatrolZone;
import org.qunfang.platform.ConflictException;
import org.qunfang.platform.IdGenerator;
import org.qunfang.platform.text.PlainText;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rows of zones and checkpoints: what is written, with a name already taken (by a zone in use or a
 * retired one) refused by name rather than by the database's constraint.
 */
@Component
class ZoneStore {

	private final JdbcClient jdbc;
	private final IdGenerator ids;
	private final Clock clock;

	ZoneStore(JdbcClient jdbc, IdGenerator ids, Clock clock) {
		this.jdbc = jdbc;
		this.ids = ids;
		this.clock = clock;
	}

	long insertZone(AdminUnit village, ZoneDraft draft) {
		ZoneDraft zone = draft.checked();
		nameFree(Names.ZONE, village.countyId(), village.id(), zone.name(), 0);
		long id = ids.next();
		return write(Names.ZONE, zone.name(), () -> jdbc.sql("""
				insert into patrol_zone (id, county_id, village_id, scope_path, name, description, outline, center_lat,
				  center_lon, active, created_at)
				values (:id, :c, :v, :path, :name, :d, :outline, :lat, :lon, true, :now)""")
			.param("id", id).param("c", village.countyId()).param("v", village.id()).param("path", village.scopePath())
			.param("name", zone.name()).param("d", zone.description()).param("outline", json(zone.outline()))
			.param("lat", zone.centerLat()).param("lon", zone.centerLon()).param("now", now()).update(), id);
	}

	void updateZone(PatrolZone zone, ZoneDraft draft) {
		ZoneDraft changed = draft.checked();
		nameFree(Names.ZONE, zone.countyId(), zone.villageId(), changed.name(), zone.id());
		write(Names.ZONE, changed.name(), () -> jdbc.sql("""
				update patrol_zone set name = :name, description = :d, outline = :outline, center_lat = :lat,
				  center_lon = :lon
				where id = :id and county_id = :c""")
			.param("name", changed.name()).param("d", changed.description()).param("outline", json(changed.outline()))
			.param("lat", changed.centerLat()).param("lon", changed.centerLon()).param("id", zone.id())
			.param("c", zone.countyId()).update(), zone.id());
	}

	long insertCheckpoint(PatrolZone zone, String name, Double latitude, Double longitude) {
		String checked = checkpointName(name, latitude, longitude);
		nameFree(Names.CHECKPOINT, zone.countyId(), zone.id(), checked, 0);
		long id = ids.next();
		return write(Names.CHECKPOINT, checked, () -> jdbc.sql("""
				insert into patrol_checkpoint (id, county_id, village_id, scope_path, zone_id, name, latitude, longitude,
				  token_version, active, created_at)
				values (:id, :c, :v, :path, :z, :name, :lat, :lon, 1, true, :now)""")
			.param("id", id).param("c", zone.countyId()).param("v", zone.villageId()).param("path", zone.scopePath())
			.param("z", zone.id()).param("name", checked).param("lat", latitude).param("lon", longitude)
			.param("now", now()).update(), id);
	}

	/** Renames or moves a checkpoint; its printed codes stay valid (they name its id, not its name). */
	void updateCheckpoint(Checkpoint checkpoint, String name, Double latitude, Double longitude) {
		String checked = checkpointName(name, latitude, longitude);
		nameFree(Names.CHECKPOINT, checkpoint.countyId(), checkpoint.zoneId(), checked, checkpoint.id());
		write(Names.CHECKPOINT, checked, () -> jdbc.sql("""
				update patrol_checkpoint set name = :name, latitude = :lat, longitude = :lon
				where id = :id and county_id = :c""")
			.param("name", checked).param("lat", latitude).param("lon", longitude).param("id", checkpoint.id())
			.param("c", checkpoint.countyId()).update(), checkpoint.id());
	}

	void activeZone(PatrolZone zone, boolean active) {
		jdbc.sql("update patrol_zone set active = :a where id = :id and county_id = :c").param("a", active)
			.param("id", zone.id()).param("c", zone.countyId()).update();
	}

	void activeCheckpoint(Checkpoint checkpoint, boolean active) {
		jdbc.sql("update patrol_checkpoint set active = :a where id = :id and county_id = :c").param("a", active)
			.param("id", checkpoint.id()).param("c", checkpoint.countyId()).update();
	}

	boolean isActive(PatrolZone zone) {
		return jdbc.sql("select active from patrol_zone where id = :id and county_id = :c").param("id", zone.id())
			.param("c", zone.countyId()).query(Boolean.class).single();
	}

	void revokeCodes(Checkpoint checkpoint) {
		jdbc.sql("update patrol_checkpoint set token_version = token_version + 1 where id = :id and county_id = :c")
			.param("id", checkpoint.id()).param("c", checkpoint.countyId()).update();
	}

	/** Where a name must be unique, and the refusals when it is taken. */
	private enum Names {

		ZONE("select active from patrol_zone where county_id = :c and village_id = :within and name = :name and id <> :id",
				"error.patrol.zone-name-taken", "error.patrol.zone-name-retired"),
		CHECKPOINT("select active from patrol_checkpoint where county_id = :c and zone_id = :within and name = :name and id <> :id",
				"error.patrol.checkpoint-name-taken", "error.patrol.checkpoint-name-retired");

		final String holders;
		final String taken;
		final String retired;

		Names(String holders, String taken, String retired) {
			this.holders = holders;
			this.taken = taken;
			this.retired = retired;
		}
	}

	private void nameFree(Names names, long countyId, long withinId, String name, long exceptId) {
		List<Boolean> holders = jdbc.sql(names.holders).param("c", countyId).param("within", withinId).param("name", name)
			.param("id", exceptId).query(Boolean.class).list();
		if (!holders.isEmpty()) {
			throw new ConflictException(holders.getFirst() ? names.taken : names.retired, name);
		}
	}

	/** Runs a write; a name taken meanwhile (the unique constraint) is refused as taken. */
	private static long write(Names names, String name, Runnable statement, long id) {
		try {
			statement.run();
		}
		catch (DuplicateKeyException taken) {
			throw new ConflictException(names.taken, name);
		}
		return id;
	}

	private static String checkpointName(String name, Double latitude, Double longitude) {
		String checked = PlainText.required("patrol.checkpoint.name", name, 100);
		Coordinates.check(latitude, longitude);
		return checked;
	}

	private static String json(Outline outline) {
		return outline == null ? null : outline.toJson();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
	}
}
