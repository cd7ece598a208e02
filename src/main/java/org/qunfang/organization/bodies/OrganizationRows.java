package org.qunfang.organization.bodies;

import java.util.List;
import java.util.Map;

import org.qunfang.organization.OrganizationRef;
import org.qunfang.organization.OrganizationStatus;
import org.qunfang.organization.OrganizationType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads organizations as {@link OrganizationRef}s; the one place that maps their rows. */
@Component
class OrganizationRows {

	private final JdbcClient jdbc;

	OrganizationRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Organizations matching a condition on {@code o} (a where clause with named parameters). */
	List<OrganizationRef> query(String where, Map<String, ?> params) {
		return jdbc.sql("select o.id, o.county_id, o.village_id, o.scope_path, o.org_type, o.name, o.status"
				+ " from prevention_org o " + where + " order by o.scope_path, o.org_type, o.name")
			.params(params)
			.query((rs, n) -> new OrganizationRef(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
					OrganizationType.valueOf(rs.getString(5)), rs.getString(6), OrganizationStatus.valueOf(rs.getString(7))))
			.list();
	}
}
