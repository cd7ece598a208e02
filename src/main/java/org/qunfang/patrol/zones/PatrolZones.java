package org.qunfang.patrol.zones;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.qunfang.identity.Audited;
import org.qunfang.identity.Caller;
import org.qunfang.identity.ScopeFilter;
import org.qunfang.organization.AdminUnit;
import org.qunfang.organization.registry.VillageScope;
import org.qunfang.patrol.PatrolPermissions;
import org.qunfang.patrol.PatrolZone;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A village's patrol zones (巡逻区域), which zones touch, and the checkpoints (巡逻点) in them with their
 * signed QR codes. Zones and checkpoints are retired (停用), never deleted: a retired one keeps its name in
 * the history, but is neither planned, offered nor checked in at; a retired zone's checkpoints count as
 * retired with it.
 */
@Service
public class PatrolZones {

	private final JdbcClient jdbc;
	private final VillageScope villages;
	private final CheckpointTokens tokens;
	private final ZoneStore store;

	PatrolZones(JdbcClient jdbc, VillageScope villages, CheckpointTokens tokens, ZoneStore store) {
		this.jdbc = jdbc;
		this.villages = villages;
		this.tokens = tokens;
		this.store = store;
	}

	/** Adds a zone to a village; its name is unique there. Centre and outline are optional. */
	@Transactional
	@Audited(value = "patrol.zone.create", target = "patrol-zone", targetId = "#result")
	public long createZone(Caller caller, long villageId, ZoneDraft draft) {
		caller.require(PatrolPermissions.ZONE_MANAGE);
		return store.insertZone(villages.village(caller, villageId), draft);
	}

	/** Adds a zone without an outline to a village. */
	@Transactional
	@Audited(value = "patrol.zone.create", target = "patrol-zone", targetId = "#result")
	public long createZone(Caller caller, long villageId, String name, String description, Double centerLat,
			Double centerLon) {
		return createZone(caller, villageId, new ZoneDraft(name, description, centerLat, centerLon, null));
	}

	/** Stores a zone without a caller: for setting up a county (demo data). */
	public long insertZone(AdminUnit village, String name, String description, Double centerLat, Double centerLon) {
		return store.insertZone(village, new ZoneDraft(name, description, centerLat, centerLon, null));
	}

	/** Records that two zones in use touch (both directions); both must lie inside the caller's jurisdiction. */
	@Transactional
	@Audited(value = "patrol.zone.adjacent", target = "patrol-zone", targetId = "#zoneId")
	public void connect(Caller caller, long zoneId, long otherZoneId) {
		caller.require(PatrolPermissions.ZONE_MANAGE);
		PatrolZone a = inUse(zone(caller, zoneId));
		PatrolZone b = inUse(zone(caller, otherZoneId));
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

	/** A zone inside the caller's jurisdiction, in use or retired (a retired zone still names its history). */
	@Transactional(readOnly = true)
	public PatrolZone zone(Caller caller, long zoneId) {
		caller.require(PatrolPermissions.VIEW);
		ScopeFilter scope = caller.jurisdiction().where("z");
		return zones(scope, "z.id = :id", Map.of("id", zoneId)).stream().findFirst().orElseThrow(NotFoundException::new);
	}

	/** The zones in use of a village inside the caller's jurisdiction, by name: those to choose from. */
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
		String sql = "select z.id, z.county_id, z.village_id, z.scope_path, z.name, z.center_lat, z.center_lon, z.outline from patrol_zone z where "
				+ where + (scope == null ? "" : " and " + scope.sql()) + " order by z.name";
		if (scope != null) {
			all.putAll(scope.params());
		}
		record Row(long id, long countyId, long villageId, String path, String name, Double lat, Double lon, String outline) {
		}
		List<Row> rows = jdbc.sql(sql).params(all).query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3),
				rs.getString(4), rs.getString(5), (Double) rs.getObject(6), (Double) rs.getObject(7), rs.getString(8))).list();
		List<PatrolZone> zones = new ArrayList<>();
		for (Row r : rows) {
			List<Long> adjacent = jdbc.sql("select adjacent_id from patrol_zone_adjacent where zone_id = :z and county_id = :c order by adjacent_id")
				.param("z", r.id()).param("c", r.countyId()).query(Long.class).list();
			Outline outline = Outline.parse(r.outline());
			zones.add(new PatrolZone(r.id(), r.countyId(), r.villageId(), r.path(), r.name(), r.lat(), r.lon(), adjacent,
					outline == null ? List.of() : outline.points().stream().map(p -> new double[] { p.lat(), p.lon() }).toList()));
		}
		return zones;
	}

	/**
	 * The zones of a village inside the caller's jurisdiction as their keepers see them, by name: with
	 * outline and checkpoints, retired zones and checkpoints included (after those in use) when asked.
	 */
	@Transactional(readOnly = true)
	public List<ZoneDetail> details(Caller caller, long villageId, boolean withRetired) {
		caller.require(PatrolPermissions.VIEW);
		AdminUnit village = villages.village(caller, villageId);
		return details(caller, "z.county_id = :c and z.village_id = :v" + (withRetired ? "" : " and z.active = true"),
				Map.of("c", village.countyId(), "v", village.id()), withRetired);
	}

	/** A zone inside the caller's jurisdiction as its keepers see it, retired or not. */
	@Transactional(readOnly = true)
	public ZoneDetail detail(Caller caller, long zoneId) {
		caller.require(PatrolPermissions.VIEW);
		return details(caller, "z.id = :id", Map.of("id", zoneId), true).stream().findFirst()
			.orElseThrow(NotFoundException::new);
	}

	private List<ZoneDetail> details(Caller caller, String where, Map<String, Object> params, boolean withRetired) {
		ScopeFilter scope = caller.jurisdiction().where("z");
		record Row(long id, long countyId, long villageId, String name, String description, Double lat, Double lon,
				String outline, boolean active) {
		}
		List<Row> rows = jdbc.sql("""
				select z.id, z.county_id, z.village_id, z.name, z.description, z.center_lat, z.center_lon, z.outline, z.active
				from patrol_zone z where\s""" + where + " and " + scope.sql() + " order by z.active desc, z.name")
			.params(merge(params, scope.params()))
			.query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
					(Double) rs.getObject(6), (Double) rs.getObject(7), rs.getString(8), rs.getBoolean(9)))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.stream().map(Row::id).toList();
		Map<Long, List<Checkpoint>> checkpoints = checkpoints(
				"k.county_id = :c and k.zone_id in (:ids)" + (withRetired ? "" : " and k.active = true"),
				Map.of("c", rows.getFirst().countyId(), "ids", ids)).stream().collect(Collectors.groupingBy(Checkpoint::zoneId));
		Map<Long, List<ZoneDetail.Neighbour>> neighbours = neighbours(caller, ids);
		return rows.stream().map(r -> new ZoneDetail(r.id(), r.countyId(), r.villageId(), r.name(), r.description(), r.lat(),
				r.lon(), Outline.fromJson(r.outline()), r.active(), neighbours.getOrDefault(r.id(), List.of()),
				checkpoints.getOrDefault(r.id(), List.of()))).toList();
	}

	/** The zones next to each of some zones, those inside the caller's jurisdiction, by name. */
	private Map<Long, List<ZoneDetail.Neighbour>> neighbours(Caller caller, List<Long> zoneIds) {
		ScopeFilter scope = caller.jurisdiction().where("n");
		Map<Long, List<ZoneDetail.Neighbour>> neighbours = new HashMap<>();
		jdbc.sql("""
				select a.zone_id, n.id, n.name, n.active from patrol_zone_adjacent a join patrol_zone n on n.id = a.adjacent_id
				where a.county_id = :c and a.zone_id in (:ids) and\s""" + scope.sql() + " order by n.name")
			.params(merge(Map.of("c", caller.jurisdiction().countyId(), "ids", zoneIds), scope.params()))
			.query((rs, n) -> neighbours.computeIfAbsent(rs.getLong(1), z -> new ArrayList<>())
				.add(new ZoneDetail.Neighbour(rs.getLong(2), rs.getString(3), rs.getBoolean(4))))
			.list();
		return neighbours;
	}

	/** Adds a checkpoint to a zone in use; its QR code is valid from now on. */
	@Transactional
	@Audited(value = "patrol.checkpoint.create", target = "patrol-checkpoint", targetId = "#result")
	public long addCheckpoint(Caller caller, long zoneId, String name, Double latitude, Double longitude) {
		caller.require(PatrolPermissions.ZONE_MANAGE);
		return store.insertCheckpoint(inUse(zone(caller, zoneId)), name, latitude, longitude);
	}

	/** Stores a checkpoint without a caller (demo data). */
	public long insertCheckpoint(PatrolZone zone, String name, Double latitude, Double longitude) {
		return store.insertCheckpoint(zone, name, latitude, longitude);
	}

	/** A zone that is in use; a retired one is refused by name. */
	PatrolZone inUse(PatrolZone zone) {
		if (!store.isActive(zone)) {
			throw new DomainException("error.patrol.zone-retired", zone.name());
		}
		return zone;
	}

	/** Revokes every QR code printed for a checkpoint so far; a new sheet must be printed. */
	@Transactional
	@Audited(value = "patrol.checkpoint.revoke", target = "patrol-checkpoint", targetId = "#checkpointId")
	public void revokeCodes(Caller caller, long checkpointId) {
		caller.require(PatrolPermissions.ZONE_MANAGE);
		store.revokeCodes(checkpoint(caller, checkpointId));
	}

	/** A checkpoint inside the caller's jurisdiction, in use or retired. */
	@Transactional(readOnly = true)
	public Checkpoint checkpoint(Caller caller, long checkpointId) {
		caller.require(PatrolPermissions.VIEW);
		ScopeFilter scope = caller.jurisdiction().where("k");
		return checkpoints(scope.sql() + " and k.id = :id", merge(scope.params(), Map.of("id", checkpointId))).stream()
			.findFirst().orElseThrow(NotFoundException::new);
	}

	/** The checkpoints in use of a village inside the caller's jurisdiction, by zone and name (the QR sheet). */
	@Transactional(readOnly = true)
	public List<Checkpoint> checkpointsOf(Caller caller, long villageId) {
		caller.require(PatrolPermissions.VIEW);
		AdminUnit village = villages.village(caller, villageId);
		return checkpointsOfVillage(village.countyId(), village.id());
	}

	/**
	 * The checkpoints in use of a village (active, in an active zone), without a caller (for runs and the
	 * missed-patrol job).
	 */
	public List<Checkpoint> checkpointsOfVillage(long countyId, long villageId) {
		return checkpoints("k.county_id = :c and k.village_id = :v and k.active = true and z.active = true",
				Map.of("c", countyId, "v", villageId));
	}

	/**
	 * The checkpoint a scanned token names, if the token is genuine and current and the checkpoint in use
	 * (neither it nor its zone retired).
	 */
	public Optional<Checkpoint> byToken(String token) {
		return tokens.verify(token).flatMap(claim -> checkpoints("k.id = :id and k.active = true and z.active = true",
				Map.of("id", claim.checkpointId())).stream().filter(k -> k.tokenVersion() == claim.version()).findFirst());
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
