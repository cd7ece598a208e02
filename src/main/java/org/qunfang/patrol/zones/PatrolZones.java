package org.qunfang.patrol.zones;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.qunfang.identity.Audited;
import org.qunfang.identity.Caller;
import org.qunfang.identity.ScopeFilter;
import org.qunfang.organization.AdminUnit;
import org.qunfang.organization.registry.VillageScope;
import org.qunfang.patrol.PatrolPermissions;
import org.qunfang.patrol.PatrolZone;
import org.qunfang.platform.ConflictException;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.IdGenerator;
import org.qunfang.platform.NotFoundException;
import org.qunfang.platform.text.PlainText;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A village's patrol zones (巡逻区域), which zones touch, and the checkpoints (巡逻点) in them with their
 * signed QR codes.
 */
@Service
public class PatrolZones {

	private final JdbcClient jdbc;
	private final VillageScope villages;
	private final CheckpointTokens tokens;
	private final IdGenerator ids;
	private final Clock clock;

	PatrolZones(JdbcClient jdbc, VillageScope villages, CheckpointTokens tokens, IdGenerator ids, Clock clock) {
		this.jdbc = jdbc;
		this.villages = villages;
		this.tokens = tokens;
		this.ids = ids;
		this.clock = clock;
	}

	/** Adds a zone to a village; its name is unique there. Coordinates of its centre are optional. */
	@Transactional
	@Audited(value = "patrol.zone.create", target = "patrol-zone", targetId = "#result")
	public long createZone(Caller caller, long villageId, String name, String description, Double centerLat,
			Double centerLon) {
		caller.require(PatrolPermissions.ZONE_MANAGE);
		AdminUnit village = villages.village(caller, villageId);
		return insertZone(village, PlainText.required("patrol.zone.name", name, 100),
				PlainText.optional("patrol.zone.description", description, 500), centerLat, centerLon);
	}

	/** Stores a zone without a caller: for setting up a county (demo data). */
	public long insertZone(AdminUnit village, String name, String description, Double centerLat, Double centerLon) {
		if ((centerLat == null) != (centerLon == null) || (centerLat != null
				&& (centerLat < -90 || centerLat > 90 || centerLon < -180 || centerLon > 180))) {
			throw new DomainException("error.patrol.coordinates");
		}
		long id = ids.next();
		try {
			jdbc.sql("""
					insert into patrol_zone (id, county_id, village_id, scope_path, name, description, center_lat, center_lon,
					  active, created_at)
					values (:id, :c, :v, :path, :name, :d, :lat, :lon, true, :now)""")
				.param("id", id).param("c", village.countyId()).param("v", village.id()).param("path", village.scopePath())
				.param("name", name).param("d", description).param("lat", centerLat).param("lon", centerLon)
				.param("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)).update();
		}
		catch (DuplicateKeyException taken) {
			throw new ConflictException("error.patrol.zone-name-taken", name);
		}
		return id;
	}

	/** Records that two zones touch (both directions); both must lie inside the caller's jurisdiction. */
	@Transactional
	@Audited(value = "patrol.zone.adjacent", target = "patrol-zone", targetId = "#zoneId")
	public void connect(Caller caller, long zoneId, long otherZoneId) {
		caller.require(PatrolPermissions.ZONE_MANAGE);
		PatrolZone a = zone(caller, zoneId);
		PatrolZone b = zone(caller, otherZoneId);
		if (a.id() == b.id()) {
			throw new DomainException("error.patrol.zone-self");
		}
		link(a.countyId(), a.id(), b.id());
	}

	/** Records that two zones touch, without a caller (demo data). */
	public void link(long countyId, long zoneId, long otherZoneId) {
		for (long[] pair : new long[][] { { zoneId, otherZoneId }, { otherZoneId, zoneId } }) {
			jdbc.sql("""
					insert into patrol_zone_adjacent (zone_id, adjacent_id, county_id) select :a, :b, :c
					where not exists (select 1 from patrol_zone_adjacent where zone_id = :a and adjacent_id = :b)""")
				.param("a", pair[0]).param("b", pair[1]).param("c", countyId).update();
		}
	}

	/** A zone inside the caller's jurisdiction. */
	@Transactional(readOnly = true)
	public PatrolZone zone(Caller caller, long zoneId) {
		caller.require(PatrolPermissions.VIEW);
		ScopeFilter scope = caller.jurisdiction().where("z");
		return zones(scope, "z.id = :id", Map.of("id", zoneId)).stream().findFirst().orElseThrow(NotFoundException::new);
	}

	/** The zones of a village inside the caller's jurisdiction, by name. */
	@Transactional(readOnly = true)
	public List<PatrolZone> zonesOf(Caller caller, long villageId) {
		caller.require(PatrolPermissions.VIEW);
		AdminUnit village = villages.village(caller, villageId);
		return zonesOfVillage(village.countyId(), village.id());
	}

	/** The active zones of a village, without a caller (for the solver and the jobs). */
	public List<PatrolZone> zonesOfVillage(long countyId, long villageId) {
		return zones(null, "z.county_id = :c and z.village_id = :v and z.active = true", Map.of("c", countyId, "v", villageId));
	}

	private List<PatrolZone> zones(ScopeFilter scope, String where, Map<String, Object> params) {
		Map<String, Object> all = new HashMap<>(params);
		String sql = "select z.id, z.county_id, z.village_id, z.scope_path, z.name, z.center_lat, z.center_lon from patrol_zone z where "
				+ where + (scope == null ? "" : " and " + scope.sql()) + " order by z.name";
		if (scope != null) {
			all.putAll(scope.params());
		}
		record Row(long id, long countyId, long villageId, String path, String name, Double lat, Double lon) {
		}
		List<Row> rows = jdbc.sql(sql).params(all).query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3),
				rs.getString(4), rs.getString(5), (Double) rs.getObject(6), (Double) rs.getObject(7))).list();
		List<PatrolZone> zones = new ArrayList<>();
		for (Row r : rows) {
			List<Long> adjacent = jdbc.sql("select adjacent_id from patrol_zone_adjacent where zone_id = :z and county_id = :c order by adjacent_id")
				.param("z", r.id()).param("c", r.countyId()).query(Long.class).list();
			zones.add(new PatrolZone(r.id(), r.countyId(), r.villageId(), r.path(), r.name(), r.lat(), r.lon(), adjacent));
		}
		return zones;
	}

	/** Adds a checkpoint to a zone; its QR code is valid from now on. */
	@Transactional
	@Audited(value = "patrol.checkpoint.create", target = "patrol-checkpoint", targetId = "#result")
	public long addCheckpoint(Caller caller, long zoneId, String name, Double latitude, Double longitude) {
		caller.require(PatrolPermissions.ZONE_MANAGE);
		PatrolZone zone = zone(caller, zoneId);
		return insertCheckpoint(zone, PlainText.required("patrol.checkpoint.name", name, 100), latitude, longitude);
	}

	/** Stores a checkpoint without a caller (demo data). */
	public long insertCheckpoint(PatrolZone zone, String name, Double latitude, Double longitude) {
		if ((latitude == null) != (longitude == null)) {
			throw new DomainException("error.patrol.coordinates");
		}
		long id = ids.next();
		try {
			jdbc.sql("""
					insert into patrol_checkpoint (id, county_id, village_id, scope_path, zone_id, name, latitude, longitude,
					  token_version, active, created_at)
					values (:id, :c, :v, :path, :z, :name, :lat, :lon, 1, true, :now)""")
				.param("id", id).param("c", zone.countyId()).param("v", zone.villageId()).param("path", zone.scopePath())
				.param("z", zone.id()).param("name", name).param("lat", latitude).param("lon", longitude)
				.param("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)).update();
		}
		catch (DuplicateKeyException taken) {
			throw new ConflictException("error.patrol.checkpoint-name-taken", name);
		}
		return id;
	}

	/** Revokes every QR code printed for a checkpoint so far; a new sheet must be printed. */
	@Transactional
	@Audited(value = "patrol.checkpoint.revoke", target = "patrol-checkpoint", targetId = "#checkpointId")
	public void revokeCodes(Caller caller, long checkpointId) {
		caller.require(PatrolPermissions.ZONE_MANAGE);
		Checkpoint checkpoint = checkpoint(caller, checkpointId);
		jdbc.sql("update patrol_checkpoint set token_version = token_version + 1 where id = :id and county_id = :c")
			.param("id", checkpoint.id()).param("c", checkpoint.countyId()).update();
	}

	/** A checkpoint inside the caller's jurisdiction. */
	@Transactional(readOnly = true)
	public Checkpoint checkpoint(Caller caller, long checkpointId) {
		caller.require(PatrolPermissions.VIEW);
		ScopeFilter scope = caller.jurisdiction().where("k");
		return checkpoints(scope.sql() + " and k.id = :id", merge(scope.params(), Map.of("id", checkpointId))).stream()
			.findFirst().orElseThrow(NotFoundException::new);
	}

	/** The checkpoints of a village inside the caller's jurisdiction, by zone and name. */
	@Transactional(readOnly = true)
	public List<Checkpoint> checkpointsOf(Caller caller, long villageId) {
		caller.require(PatrolPermissions.VIEW);
		AdminUnit village = villages.village(caller, villageId);
		return checkpointsOfVillage(village.countyId(), village.id());
	}

	/** The active checkpoints of a village, without a caller (for runs and the missed-patrol job). */
	public List<Checkpoint> checkpointsOfVillage(long countyId, long villageId) {
		return checkpoints("k.county_id = :c and k.village_id = :v and k.active = true", Map.of("c", countyId, "v", villageId));
	}

	/** The checkpoint a scanned token names, if the token is genuine, current and the checkpoint active. */
	public Optional<Checkpoint> byToken(String token) {
		return tokens.verify(token).flatMap(claim -> checkpoints("k.id = :id", Map.of("id", claim.checkpointId())).stream()
			.filter(k -> k.active() && k.tokenVersion() == claim.version()).findFirst());
	}

	/** The token to print on a checkpoint's QR code now. */
	public String token(Checkpoint checkpoint) {
		return tokens.sign(checkpoint.id(), checkpoint.tokenVersion());
	}

	private List<Checkpoint> checkpoints(String where, Map<String, Object> params) {
		return jdbc.sql("""
				select k.id, k.county_id, k.village_id, k.scope_path, k.zone_id, z.name, k.name, k.latitude, k.longitude,
				  k.token_version, k.active
				from patrol_checkpoint k join patrol_zone z on z.id = k.zone_id where\s""" + where + " order by z.name, k.name")
			.params(params)
			.query((rs, n) -> new Checkpoint(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getLong(5),
					rs.getString(6), rs.getString(7), (Double) rs.getObject(8), (Double) rs.getObject(9), rs.getInt(10),
					rs.getBoolean(11)))
			.list();
	}

	private static Map<String, Object> merge(Map<String, Object> a, Map<String, Object> b) {
		Map<String, Object> all = new HashMap<>(a);
		all.putAll(b);
		return all;
	}
}
