package org.qunfang.organization.registry;

import java.util.List;

import org.qunfang.identity.Caller;
import org.qunfang.identity.ScopeFilter;
import org.qunfang.organization.OrganizationPermissions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tree of townships and villages in the caller's jurisdiction, with the size of each register. */
@Service
public class RegistryOverview {

	/** A village with its counts, under its township. */
	public record VillageLine(long townshipId, String townshipZh, String townshipEn, long villageId, String villageZh,
			String villageEn, long households, long residents, long organizations) {
	}

	private final JdbcClient jdbc;

	RegistryOverview(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<VillageLine> villages(Caller caller) {
		caller.require(OrganizationPermissions.REGISTRY_VIEW);
		ScopeFilter scope = caller.jurisdiction().where("v");
		return scope.bind(jdbc.sql("""
				select t.id, t.name_zh, t.name_en, v.id, v.name_zh, v.name_en,
				  (select count(*) from household h where h.village_id = v.id),
				  (select count(*) from resident r where r.village_id = v.id),
				  (select count(*) from prevention_org o where o.village_id = v.id and o.status <> 'DISSOLVED')
				from admin_unit v join admin_unit t on t.id = v.parent_id
				where v.level = 'VILLAGE' and\s""" + scope.sql() + " order by t.code, v.code"))
			.query((rs, n) -> new VillageLine(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
					rs.getString(5), rs.getString(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)))
			.list();
	}
}
