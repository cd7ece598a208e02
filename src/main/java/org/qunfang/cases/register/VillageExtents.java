package org.qunfang.cases.register;

import java.util.Optional;

import org.qunfang.cases.CasesPermissions;
import org.qunfang.identity.Audited;
import org.qunfang.identity.Caller;
import org.qunfang.organization.AdminUnit;
import org.qunfang.organization.registry.VillageScope;
import org.qunfang.platform.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 村界 — a village's extent as a box of latitude and longitude, where the township has drawn one. A
 * place given with coordinates must lie inside its village's extent.
 */
@Service
public class VillageExtents {

	/** The box, WGS-84 degrees. */
	public record Extent(double minLat, double maxLat, double minLon, double maxLon) {

		public Extent {
			if (!(minLat >= -90 && maxLat <= 90 && minLon >= -180 && maxLon <= 180 && minLat < maxLat && minLon < maxLon)) {
				throw new DomainException("error.extent.invalid");
			}
		}

		public boolean contains(double lat, double lon) {
			return lat >= minLat && lat <= maxLat && lon >= minLon && lon <= maxLon;
		}

		public double centerLat() {
			return (minLat + maxLat) / 2;
		}

		public double centerLon() {
			return (minLon + maxLon) / 2;
		}
	}

	private final JdbcClient jdbc;
	private final VillageScope villages;

	VillageExtents(JdbcClient jdbc, VillageScope villages) {
		this.jdbc = jdbc;
		this.villages = villages;
	}

	public Optional<Extent> of(long countyId, long villageId) {
		return jdbc.sql("""
				select min_lat, max_lat, min_lon, max_lon from village_extent where county_id = :c and village_id = :v""")
			.param("c", countyId).param("v", villageId)
			.query((rs, n) -> new Extent(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4))).optional();
	}

	/** The extents drawn for villages inside the caller's jurisdiction, by village id. */
	public java.util.Map<Long, Extent> within(Caller caller) {
		var scope = caller.jurisdiction().where("e");
		java.util.Map<Long, Extent> extents = new java.util.HashMap<>();
		scope.bind(jdbc.sql("select e.village_id, e.min_lat, e.max_lat, e.min_lon, e.max_lon from village_extent e where "
				+ scope.sql())).query(rs -> {
					extents.put(rs.getLong(1), new Extent(rs.getDouble(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5)));
				});
		return extents;
	}

	/** Draws (or redraws) a village's extent. */
	@Transactional
	@Audited(value = "cases.village-extent.set", target = "village", targetId = "#villageId")
	public void set(Caller caller, long villageId, Extent extent) {
		caller.require(CasesPermissions.SETTINGS_EDIT);
		AdminUnit village = villages.village(caller, villageId);
		store(village, extent);
	}

	/** Stores an extent without a caller: for setting up a county (demo data). */
	public void store(AdminUnit village, Extent extent) {
		jdbc.sql("delete from village_extent where village_id = :v").param("v", village.id()).update();
		jdbc.sql("""
				insert into village_extent (village_id, county_id, scope_path, min_lat, max_lat, min_lon, max_lon)
				values (:v, :c, :path, :a, :b, :x, :y)""")
			.param("v", village.id()).param("c", village.countyId()).param("path", village.scopePath())
			.param("a", extent.minLat()).param("b", extent.maxLat()).param("x", extent.minLon()).param("y", extent.maxLon())
			.update();
	}

	/** Refuses coordinates outside the village's extent (or half a pair, or impossible degrees). */
	void requireInside(AdminUnit village, Double lat, Double lon) {
		if (lat == null && lon == null) {
			return;
		}
		if (lat == null || lon == null || lat < -90 || lat > 90 || lon < -180 || lon > 180 || lat.isNaN() || lon.isNaN()) {
			throw new DomainException("error.case.coordinates");
		}
		of(village.countyId(), village.id()).filter(e -> !e.contains(lat, lon)).ifPresent(e -> {
			throw new DomainException("error.case.outside-village");
		});
	}
}
