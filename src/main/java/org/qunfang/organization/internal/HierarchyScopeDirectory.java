package org.qunfang.organization.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.qunfang.identity.Jurisdiction;
import org.qunfang.identity.ScopeDirectory;
import org.qunfang.identity.ScopeLevel;
import org.qunfang.identity.ScopeUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The places users act for, read from the hierarchy: counties, townships and villages by their scope
 * paths, and police stations by the paths of the townships they cover. Units are looked up on every
 * request, so they are cached briefly.
 */
@Component
class HierarchyScopeDirectory implements ScopeDirectory {

	private static final long TTL_NANOS = 60_000_000_000L;

	private record Cached(Optional<ScopeUnit> unit, long at) {
	}

	private final JdbcClient jdbc;
	private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

	HierarchyScopeDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<ScopeUnit> find(long unitId) {
		Cached cached = cache.get(unitId);
		if (cached == null || System.nanoTime() - cached.at > TTL_NANOS) {
			Optional<ScopeUnit> unit = load(unitId);
			cached = new Cached(unit, System.nanoTime());
			cache.put(unitId, cached);
		}
		return cached.unit;
	}

	@Override
	public List<ScopeUnit> within(Jurisdiction jurisdiction) {
		var scope = jurisdiction.where("a");
		List<ScopeUnit> units = new ArrayList<>(scope.bind(jdbc.sql("select * from admin_unit a where " + scope.sql()
				+ " order by a.scope_path")).query((rs, n) -> unit(rs)).list());
		if (jurisdiction.level() == ScopeLevel.COUNTY) {
			jdbc.sql("select id from police_station where county_id = :c order by code")
				.param("c", jurisdiction.countyId()).query(Long.class).list()
				.forEach(id -> find(id).ifPresent(units::add));
		}
		return units;
	}

	@Override
	public List<ScopeUnit> counties() {
		return jdbc.sql("select * from admin_unit where level = 'COUNTY' order by code").query((rs, n) -> unit(rs)).list();
	}

	@Override
	public Optional<ScopeUnit> byCode(long countyId, String code) {
		Optional<ScopeUnit> unit = jdbc.sql("select * from admin_unit where county_id = :c and code = :code")
			.param("c", countyId).param("code", code).query((rs, n) -> unit(rs)).optional();
		if (unit.isPresent()) {
			return unit;
		}
		return jdbc.sql("select id from police_station where county_id = :c and code = :code")
			.param("c", countyId).param("code", code).query(Long.class).optional().flatMap(this::find);
	}

	private Optional<ScopeUnit> load(long id) {
		Optional<ScopeUnit> unit = jdbc.sql("select * from admin_unit where id = :id").param("id", id)
			.query((rs, n) -> unit(rs)).optional();
		if (unit.isPresent()) {
			return unit;
		}
		return jdbc.sql("select id, county_id, name_zh, name_en from police_station where id = :id").param("id", id)
			.query((rs, n) -> {
				long county = rs.getLong("county_id");
				List<String> paths = jdbc.sql("""
						select a.scope_path from police_station_township t join admin_unit a on a.id = t.township_id
						where t.station_id = :id and t.county_id = :c order by a.scope_path""")
					.param("id", id).param("c", county).query(String.class).list();
				String home = "/" + county + "/ps" + id + "/";
				List<String> covered = new ArrayList<>(paths);
				covered.add(home);
				return new ScopeUnit(id, county, ScopeLevel.POLICE_STATION, rs.getString("name_zh"),
						rs.getString("name_en"), home, covered);
			})
			.optional();
	}

	private static ScopeUnit unit(java.sql.ResultSet rs) throws java.sql.SQLException {
		String path = rs.getString("scope_path");
		return new ScopeUnit(rs.getLong("id"), rs.getLong("county_id"), ScopeLevel.valueOf(rs.getString("level")),
				rs.getString("name_zh"), rs.getString("name_en"), path, List.of(path));
	}
}
