package org.qunfang.organization;

import java.util.List;
import java.util.Optional;

import org.qunfang.identity.CountySetup;
import org.qunfang.organization.bodies.RegistryDefaults;
import org.qunfang.platform.ConflictException;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.IdGenerator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Setting up and reading the hierarchy of a county. */
@Service
public class AdminUnits {

	private final JdbcClient jdbc;
	private final IdGenerator ids;

	private final CountySetup countySetup;
	private final RegistryDefaults registryDefaults;

	private final ApplicationEventPublisher events;

	AdminUnits(JdbcClient jdbc, IdGenerator ids, CountySetup countySetup, RegistryDefaults registryDefaults,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
		this.ids = ids;
		this.countySetup = countySetup;
		this.registryDefaults = registryDefaults;
	}

	/** A new county, with the default role permissions prepared for its first users. */
	@Transactional
	public AdminUnit createCounty(String code, String nameZh, String nameEn) {
		long id = ids.next();
		AdminUnit county = new AdminUnit(id, id, null, UnitLevel.COUNTY, code, nameZh, nameEn, "/" + id + "/");
		insert(county);
		countySetup.prepare(id);
		registryDefaults.apply(id);
		events.publishEvent(new CountyCreated(id));
		return county;
	}

	@Transactional
	public AdminUnit createTownship(long countyId, String code, String nameZh, String nameEn) {
		return createChild(countyId, UnitLevel.COUNTY, UnitLevel.TOWNSHIP, code, nameZh, nameEn);
	}

	@Transactional
	public AdminUnit createVillage(long townshipId, String code, String nameZh, String nameEn) {
		return createChild(townshipId, UnitLevel.TOWNSHIP, UnitLevel.VILLAGE, code, nameZh, nameEn);
	}

	/** A police station of a county and the townships it covers. */
	@Transactional
	public long createPoliceStation(long countyId, String code, String nameZh, String nameEn, List<Long> townshipIds) {
		long id = ids.next();
		jdbc.sql("insert into police_station (id, county_id, code, name_zh, name_en) values (:id, :c, :code, :zh, :en)")
			.param("id", id).param("c", countyId).param("code", code).param("zh", nameZh).param("en", nameEn).update();
		for (long township : townshipIds) {
			AdminUnit unit = find(township).filter(u -> u.level() == UnitLevel.TOWNSHIP && u.countyId() == countyId)
				.orElseThrow(() -> new DomainException("error.unit.not-a-township"));
			jdbc.sql("insert into police_station_township (station_id, township_id, county_id) values (:s, :t, :c)")
				.param("s", id).param("t", unit.id()).param("c", countyId).update();
		}
		return id;
	}

	public Optional<AdminUnit> find(long id) {
		return jdbc.sql("select * from admin_unit where id = :id").param("id", id).query(AdminUnit.class).optional();
	}

	/** The villages inside a jurisdiction, by code. */
	public List<AdminUnit> villages(org.qunfang.identity.Jurisdiction jurisdiction) {
		var scope = jurisdiction.where("");
		return scope.bind(jdbc.sql("select * from admin_unit where level = 'VILLAGE' and " + scope.sql() + " order by code"))
			.query(AdminUnit.class).list();
	}

	public List<AdminUnit> counties() {
		return jdbc.sql("select * from admin_unit where level = 'COUNTY' order by code").query(AdminUnit.class).list();
	}

	private AdminUnit createChild(long parentId, UnitLevel parentLevel, UnitLevel level, String code, String nameZh,
			String nameEn) {
		AdminUnit parent = find(parentId).filter(p -> p.level() == parentLevel)
			.orElseThrow(() -> new DomainException("error.unit.parent-level"));
		long id = ids.next();
		AdminUnit unit = new AdminUnit(id, parent.countyId(), parent.id(), level, code, nameZh, nameEn,
				parent.scopePath() + id + "/");
		insert(unit);
		return unit;
	}

	private void insert(AdminUnit unit) {
		boolean taken = jdbc.sql("select count(*) from admin_unit where county_id = :c and code = :code")
			.param("c", unit.countyId()).param("code", unit.code()).query(Long.class).single() > 0;
		if (taken) {
			throw new ConflictException("error.unit.code-taken", unit.code());
		}
		jdbc.sql("""
				insert into admin_unit (id, county_id, parent_id, level, code, name_zh, name_en, scope_path)
				values (:id, :county, :parent, :level, :code, :zh, :en, :path)""")
			.param("id", unit.id()).param("county", unit.countyId()).param("parent", unit.parentId())
			.param("level", unit.level().name()).param("code", unit.code()).param("zh", unit.nameZh())
			.param("en", unit.nameEn()).param("path", unit.scopePath())
			.update();
	}
}
