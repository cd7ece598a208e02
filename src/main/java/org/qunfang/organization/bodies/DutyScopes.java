package org.qunfang.organization.bodies;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.qunfang.identity.Audited;
import org.qunfang.identity.Caller;
import org.qunfang.organization.OrganizationPermissions;
import org.qunfang.organization.OrganizationRef;
import org.qunfang.organization.OrganizationType;
import org.qunfang.platform.DomainException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Duty scopes (职责范围): which kinds of matters each organization type owns, configured in one table
 * per county, and the answer to "who owns this matter here?" that every later module asks. A kind marked
 * exclusive has exactly one owner in a village, so no two organizations can shirk it onto each other.
 */
@Service
public class DutyScopes {

	private final JdbcClient jdbc;
	private final OrganizationRows rows;

	DutyScopes(JdbcClient jdbc, OrganizationRows rows) {
		this.jdbc = jdbc;
		this.rows = rows;
	}

	/** The matter kinds of a county with their exclusivity. */
	public Map<String, Boolean> matterKinds(long countyId) {
		Map<String, Boolean> kinds = new TreeMap<>();
		jdbc.sql("select code, exclusive from matter_kind where county_id = :c").param("c", countyId)
			.query(rs -> {
				kinds.put(rs.getString(1), rs.getBoolean(2));
			});
		return kinds;
	}

	/** What each organization type owns in a county. */
	public Map<OrganizationType, Set<String>> scopes(long countyId) {
		Map<OrganizationType, Set<String>> scopes = new TreeMap<>();
		for (OrganizationType type : OrganizationType.values()) {
			scopes.put(type, new TreeSet<>());
		}
		jdbc.sql("select org_type, matter_kind from duty_scope where county_id = :c").param("c", countyId)
			.query(rs -> {
				scopes.get(OrganizationType.valueOf(rs.getString(1))).add(rs.getString(2));
			});
		return scopes;
	}

	/** The organization that owns a kind of matter in a village, if one does (exclusive kinds only). */
	@Transactional(readOnly = true)
	public Optional<OrganizationRef> ownerOf(long villageId, String matterKind) {
		List<OrganizationRef> owners = ownersOf(villageId, matterKind);
		return owners.size() == 1 ? Optional.of(owners.getFirst()) : Optional.empty();
	}

	/** Every working organization of a village (or joining it) whose type owns the kind of matter. */
	@Transactional(readOnly = true)
	public List<OrganizationRef> ownersOf(long villageId, String matterKind) {
		return rows.query("""
				where o.status <> 'DISSOLVED'
				and (o.village_id = :v or exists (select 1 from prevention_org_village j where j.org_id = o.id and j.village_id = :v))
				and exists (select 1 from duty_scope d where d.county_id = o.county_id and d.org_type = o.org_type
				            and d.matter_kind = :k)""", Map.of("v", villageId, "k", matterKind));
	}

	/**
	 * Refuses when an organization of this type in these villages would own an exclusive kind of matter
	 * that a working organization there already owns.
	 */
	void requireFreeScope(long countyId, OrganizationType type, List<Long> villageIds, Long exceptOrgId) {
		Map<String, Boolean> kinds = matterKinds(countyId);
		for (String kind : scopes(countyId).get(type)) {
			if (!Boolean.TRUE.equals(kinds.get(kind))) {
				continue;
			}
			for (long village : villageIds) {
				for (OrganizationRef owner : ownersOf(village, kind)) {
					if (exceptOrgId == null || owner.id() != exceptOrgId) {
						throw new DomainException("error.org.scope-taken", owner.name(),
								new DefaultMessageSourceResolvable("matter." + kind));
					}
				}
			}
		}
	}

	/** Replaces the duty scopes of a county, unless that would give some village two owners of a matter. */
	@Transactional
	@Audited(value = "organization.duty-scope.replace", target = "county")
	public void replace(Caller caller, Map<OrganizationType, Set<String>> scopes) {
		caller.require(OrganizationPermissions.DUTY_SCOPE_EDIT);
		long county = caller.jurisdiction().countyId();
		Map<String, Boolean> kinds = matterKinds(county);
		scopes.values().stream().flatMap(Set::stream).filter(k -> !kinds.containsKey(k)).findFirst().ifPresent(k -> {
			throw new DomainException("error.duty-scope.unknown-kind", k);
		});
		jdbc.sql("delete from duty_scope where county_id = :c").param("c", county).update();
		scopes.forEach((type, set) -> set.forEach(kind -> jdbc
			.sql("insert into duty_scope (county_id, org_type, matter_kind) values (:c, :t, :k)")
			.param("c", county).param("t", type.name()).param("k", kind).update()));
		for (String kind : kinds.keySet()) {
			if (!kinds.get(kind)) {
				continue;
			}
			jdbc.sql("""
					select v.village_id, count(*) from (
					  select o.id, o.village_id from prevention_org o where o.county_id = :c and o.status <> 'DISSOLVED'
					  union select o.id, j.village_id from prevention_org o join prevention_org_village j on j.org_id = o.id
					  where o.county_id = :c and o.status <> 'DISSOLVED') v
					join prevention_org o on o.id = v.id
					join duty_scope d on d.county_id = o.county_id and d.org_type = o.org_type and d.matter_kind = :k
					group by v.village_id having count(*) > 1""")
				.param("c", county).param("k", kind).query().listOfRows().stream().findFirst().ifPresent(clash -> {
					throw new DomainException("error.duty-scope.clash", new DefaultMessageSourceResolvable("matter." + kind));
				});
		}
	}
}
