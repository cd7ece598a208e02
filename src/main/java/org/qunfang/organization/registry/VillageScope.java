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

	/** Every village the caller may see, by code. */
	public java.util.List<AdminUnit> all(Caller caller) {
		return units.villages(caller.jurisdiction());
	}
}
