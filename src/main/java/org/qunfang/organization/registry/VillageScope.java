package org.qunfang.organization.registry;

import org.qunfang.identity.Caller;
import org.qunfang.organization.AdminUnit;
import org.qunfang.organization.AdminUnits;
import org.qunfang.organization.UnitLevel;
import org.qunfang.platform.NotFoundException;
import org.springframework.stereotype.Component;

/** Finds a village the caller may see; anything else (or another level) reads as not found. */
@Component
public class VillageScope {

	/** A village group (村民小组) as a place: no people, so no registry permission is needed to see it. */
	public record GroupPlace(long id, String code, String name) {
	}

	private final AdminUnits units;
	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	VillageScope(AdminUnits units, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		this.units = units;
		this.jdbc = jdbc;
	}

	/** The groups of a village the caller may see, by code. */
	public java.util.List<GroupPlace> groups(Caller caller, long villageId) {
		AdminUnit village = village(caller, villageId);
		return jdbc.sql("select id, code, name from village_group where village_id = :v and county_id = :c order by code")
			.param("v", village.id()).param("c", village.countyId())
			.query((rs, n) -> new GroupPlace(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
	}

	public AdminUnit village(Caller caller, long villageId) {
		return units.find(villageId)
			.filter(u -> u.level() == UnitLevel.VILLAGE)
			.filter(u -> caller.jurisdiction().covers(u.countyId(), u.scopePath()))
			.orElseThrow(NotFoundException::new);
	}

	/**
	 * The resident of a village whose phone has the given blind index (the same key as users'), if exactly
	 * one has it: how a signed-in patrol member is matched to the person on the duty roster.
	 */
	public java.util.Optional<Long> residentByPhoneIndex(long countyId, long villageId, String index) {
		java.util.List<Long> found = jdbc.sql("""
				select r.id from resident r
				where r.county_id = :c and r.village_id = :v and r.phone_index = :i""")
			.param("c", countyId).param("v", villageId).param("i", index).query(Long.class).list();
		return found.size() == 1 ? java.util.Optional.of(found.get(0)) : java.util.Optional.empty();
	}

	/** The names of residents of a county by id (for rosters that show who was on duty). */
	public java.util.Map<Long, String> residentNames(long countyId, java.util.Collection<Long> ids) {
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		if (!ids.isEmpty()) {
			jdbc.sql("select id, name from resident where county_id = :c and id in (:ids)").param("c", countyId)
				.param("ids", java.util.List.copyOf(ids)).query((rs, n) -> names.put(rs.getLong(1), rs.getString(2))).list();
		}
		return names;
	}

	/** Every village the caller may see, by code. */
	public java.util.List<AdminUnit> all(Caller caller) {
		return units.villages(caller.jurisdiction());
	}
}
