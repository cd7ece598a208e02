package org.qunfang.organization.bodies;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.qunfang.identity.Audited;
import org.qunfang.identity.Caller;
import org.qunfang.identity.ScopeFilter;
import org.qunfang.organization.AdminUnit;
import org.qunfang.organization.AdminUnits;
import org.qunfang.organization.OrganizationPermissions;
import org.qunfang.organization.OrganizationRef;
import org.qunfang.organization.OrganizationStatus;
import org.qunfang.organization.OrganizationType;
import org.qunfang.organization.UnitLevel;
import org.qunfang.organization.registry.VillageScope;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.IdGenerator;
import org.qunfang.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting up a village's prevention organizations and recording whether they work. Creation checks the
 * duty scopes; every change of status keeps its reason in the history, so "in name only" is on record.
 */
@Service
public class PreventionOrganizations {

	/** A change of status, as the history shows it. */
	public record StatusChange(OrganizationStatus from, OrganizationStatus to, String reason, String changedBy,
			java.time.Instant changedAt) {
	}

	private final JdbcClient jdbc;
	private final VillageScope villages;
	private final AdminUnits units;
	private final DutyScopes scopes;
	private final OrganizationRows rows;
	private final IdGenerator ids;
	private final Clock clock;

	PreventionOrganizations(JdbcClient jdbc, VillageScope villages, AdminUnits units, DutyScopes scopes,
			OrganizationRows rows, IdGenerator ids, Clock clock) {
		this.jdbc = jdbc;
		this.villages = villages;
		this.units = units;
		this.scopes = scopes;
		this.rows = rows;
		this.ids = ids;
		this.clock = clock;
	}

	@Transactional
	@Audited(value = "organization.org.create", target = "organization", targetId = "#result")
	public long create(Caller caller, NewOrganization form) {
		caller.require(OrganizationPermissions.ORG_MANAGE);
		AdminUnit village = villages.village(caller, form.villageId());
		List<Long> joint = form.jointVillageIds() == null ? List.of() : form.jointVillageIds().stream().distinct()
			.filter(v -> v != village.id()).toList();
		if (!joint.isEmpty() && form.type() != OrganizationType.FULL_TIME_PATROL
				&& form.type() != OrganizationType.VOLUNTARY_PATROL && form.type() != OrganizationType.VILLAGE_DEFENSE) {
			throw new DomainException("error.org.joint-only-patrols");
		}
		for (long other : joint) {
			AdminUnit neighbor = units.find(other).filter(u -> u.level() == UnitLevel.VILLAGE)
				.filter(u -> u.countyId() == village.countyId())
				.orElseThrow(() -> new DomainException("error.org.joint-village"));
			if (!caller.jurisdiction().covers(neighbor.countyId(), neighbor.scopePath())) {
				throw new DomainException("error.org.joint-village");
			}
		}
		List<Long> all = new ArrayList<>(joint);
		all.addFirst(village.id());
		lockVillages(all);
		scopes.requireFreeScope(village.countyId(), form.type(), all, null);
		long id = ids.next();
		jdbc.sql("""
				insert into prevention_org (id, county_id, village_id, scope_path, org_type, name, status, established_on,
				  created_at, version)
				values (:id, :c, :v, :path, :type, :name, 'ACTIVE', :on, :now, 0)""")
			.param("id", id).param("c", village.countyId()).param("v", village.id()).param("path", village.scopePath())
			.param("type", form.type().name()).param("name", form.name().strip()).param("on", form.establishedOn())
			.param("now", now()).update();
		for (long other : joint) {
			jdbc.sql("insert into prevention_org_village (org_id, village_id, county_id) values (:o, :v, :c)")
				.param("o", id).param("v", other).param("c", village.countyId()).update();
		}
		history(id, village, null, OrganizationStatus.ACTIVE, "established", caller.username());
		return id;
	}

	/** Records that an organization works, barely works, does not work, or is dissolved, and why. */
	@Transactional
	@Audited(value = "organization.org.status", target = "organization", targetId = "#orgId")
	public void changeStatus(Caller caller, long orgId, OrganizationStatus status, String reason) {
		caller.require(OrganizationPermissions.ORG_MANAGE);
		OrganizationRef org = get(caller, orgId);
		if (reason == null || reason.isBlank() || reason.length() > 500) {
			throw new DomainException("error.org.reason-required");
		}
		if (org.status() == status) {
			throw new DomainException("error.org.status-unchanged");
		}
		if (org.status() == OrganizationStatus.DISSOLVED) {
			List<Long> all = new ArrayList<>(jointVillages(orgId));
			all.addFirst(org.villageId());
			lockVillages(all);
			scopes.requireFreeScope(org.countyId(), org.type(), all, orgId);
		}
		jdbc.sql("update prevention_org set status = :s, version = version + 1 where id = :id")
			.param("s", status.name()).param("id", orgId).update();
		AdminUnit village = units.find(org.villageId()).orElseThrow();
		history(orgId, village, org.status(), status, reason.strip(), caller.username());
	}

	@Transactional(readOnly = true)
	public OrganizationRef get(Caller caller, long orgId) {
		caller.require(OrganizationPermissions.REGISTRY_VIEW);
		ScopeFilter scope = caller.jurisdiction().where("o");
		List<OrganizationRef> found = rows.query("where o.id = :id and " + scope.sql(), merge(scope, Map.of("id", orgId)));
		return found.stream().findFirst().orElseThrow(NotFoundException::new);
	}

	/** The organizations in the caller's jurisdiction, of one village or all, optionally of one type. */
	@Transactional(readOnly = true)
	public List<OrganizationRef> list(Caller caller, Long villageId, OrganizationType type) {
		caller.require(OrganizationPermissions.REGISTRY_VIEW);
		ScopeFilter scope = caller.jurisdiction().where("o");
		Map<String, Object> params = merge(scope, Map.of());
		params.put("v", villageId);
		params.put("t", type == null ? null : type.name());
		return rows.query("where " + scope.sql() + " and (cast(:v as bigint) is null or o.village_id = :v)"
				+ " and (cast(:t as varchar) is null or o.org_type = :t)", params);
	}

	@Transactional(readOnly = true)
	public List<StatusChange> history(Caller caller, long orgId) {
		get(caller, orgId);
		return jdbc.sql("select from_status, to_status, reason, changed_by, changed_at from org_status_change"
				+ " where org_id = :o order by changed_at desc, id desc")
			.param("o", orgId)
			.query((rs, n) -> new StatusChange(rs.getString(1) == null ? null : OrganizationStatus.valueOf(rs.getString(1)),
					OrganizationStatus.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
					rs.getObject(5, OffsetDateTime.class).toInstant()))
			.list();
	}

	/** The names of organizations of a county, by id (for other modules' registers). */
	@Transactional(readOnly = true)
	public java.util.Map<Long, String> names(long countyId, java.util.Collection<Long> orgIds) {
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		if (!orgIds.isEmpty()) {
			jdbc.sql("select id, name from prevention_org where county_id = :c and id in (:ids)").param("c", countyId)
				.param("ids", List.copyOf(orgIds)).query(rs -> {
					names.put(rs.getLong(1), rs.getString(2));
				});
		}
		return names;
	}

	/**
	 * The village an organization of the county belongs to, for other modules that hold its id (a joint
	 * patrol's partner); empty for an unknown id or one of another county.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<Long> villageOf(long countyId, long orgId) {
		return jdbc.sql("select village_id from prevention_org where county_id = :c and id = :o").param("c", countyId)
			.param("o", orgId).query(Long.class).optional();
	}

	/** The neighboring villages a joint organization also serves. */
	@Transactional(readOnly = true)
	public List<Long> jointVillages(long orgId) {
		return jdbc.sql("select village_id from prevention_org_village where org_id = :o order by village_id")
			.param("o", orgId).query(Long.class).list();
	}

	/**
	 * Locks the villages' rows for the rest of the transaction, in id order (so two callers never wait on
	 * each other crosswise): the duty-scope check and the insert that relies on it then run one at a time
	 * per village, and two organizations set up at the same moment cannot both take the same matter.
	 */
	private void lockVillages(List<Long> villageIds) {
		for (long village : villageIds.stream().sorted().distinct().toList()) {
			jdbc.sql("select id from admin_unit where id = :id for update").param("id", village).query(Long.class).single();
		}
	}

	private void history(long orgId, AdminUnit village, OrganizationStatus from, OrganizationStatus to, String reason,
			String by) {
		jdbc.sql("""
				insert into org_status_change (id, county_id, org_id, scope_path, from_status, to_status, reason,
				  changed_by, changed_at)
				values (:id, :c, :o, :path, :from, :to, :reason, :by, :now)""")
			.param("id", ids.next()).param("c", village.countyId()).param("o", orgId).param("path", village.scopePath())
			.param("from", from == null ? null : from.name()).param("to", to.name()).param("reason", reason)
			.param("by", by).param("now", now()).update();
	}

	private static Map<String, Object> merge(ScopeFilter scope, Map<String, ?> more) {
		Map<String, Object> all = new java.util.HashMap<>(scope.params());
		all.putAll(more);
		return all;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
	}
}
