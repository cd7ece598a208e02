package org.qunfang.organization.registry;

import java.util.List;
import java.util.Optional;

import org.qunfang.identity.Audited;
import org.qunfang.identity.Caller;
import org.qunfang.identity.Jurisdiction;
import org.qunfang.identity.Role;
import org.qunfang.identity.ScopeLevel;
import org.qunfang.identity.UserDirectory;
import org.qunfang.identity.UserDirectory.UserSummary;
import org.qunfang.organization.AdminUnit;
import org.qunfang.organization.AdminUnits;
import org.qunfang.organization.OrganizationPermissions;
import org.qunfang.platform.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For each village, the township leader in charge (包村领导) and the police liaison (驻村民警): who they
 * are, and who may be named (a township leader of the village's township; a police liaison whose
 * station covers it).
 */
@Service
public class VillageContacts {

	/** A village's contacts. */
	public record Contacts(Optional<UserSummary> leader, Optional<UserSummary> liaison) {
	}

	private final JdbcClient jdbc;
	private final VillageScope villages;
	private final AdminUnits units;
	private final UserDirectory users;
	private final org.qunfang.identity.ScopeDirectory scopes;

	VillageContacts(JdbcClient jdbc, VillageScope villages, AdminUnits units, UserDirectory users,
			org.qunfang.identity.ScopeDirectory scopes) {
		this.scopes = scopes;
		this.jdbc = jdbc;
		this.villages = villages;
		this.units = units;
		this.users = users;
	}

	@Transactional(readOnly = true)
	public Contacts of(Caller caller, long villageId) {
		villages.village(caller, villageId);
		var row = jdbc.sql("select leader_user_id, police_liaison_user_id from admin_unit where id = :id")
			.param("id", villageId).query().singleRow();
		return new Contacts(user(row.get("leader_user_id")), user(row.get("police_liaison_user_id")));
	}

	/** The township leaders who may be in charge of the village. */
	public List<UserSummary> leaderCandidates(Caller caller, long villageId) {
		AdminUnit village = villages.village(caller, villageId);
		AdminUnit township = units.find(village.parentId()).orElseThrow();
		return users.withRole(new Jurisdiction(township.countyId(), ScopeLevel.TOWNSHIP, township.id(),
				List.of(township.scopePath())), Role.TOWNSHIP_LEADER);
	}

	/** The police liaisons whose jurisdiction (their station's townships, or the village) covers the village. */
	public List<UserSummary> liaisonCandidates(Caller caller, long villageId) {
		AdminUnit village = villages.village(caller, villageId);
		return users.withRole(new Jurisdiction(village.countyId(), ScopeLevel.COUNTY, village.countyId(),
				List.of("/" + village.countyId() + "/")), Role.POLICE_LIAISON).stream()
			.filter(u -> scopes.find(u.scopeUnitId()).map(Jurisdiction::of)
				.filter(j -> j.covers(village.countyId(), village.scopePath())).isPresent())
			.toList();
	}

	@Transactional
	@Audited(value = "organization.village.contacts", target = "village", targetId = "#villageId")
	public void assign(Caller caller, long villageId, Long leaderUserId, Long liaisonUserId) {
		caller.require(OrganizationPermissions.VILLAGE_ASSIGN);
		villages.village(caller, villageId);
		if (leaderUserId != null && leaderCandidates(caller, villageId).stream().noneMatch(u -> u.id() == leaderUserId)) {
			throw new DomainException("error.village.leader");
		}
		if (liaisonUserId != null && liaisonCandidates(caller, villageId).stream().noneMatch(u -> u.id() == liaisonUserId)) {
			throw new DomainException("error.village.liaison");
		}
		jdbc.sql("update admin_unit set leader_user_id = :l, police_liaison_user_id = :p where id = :id")
			.param("l", leaderUserId).param("p", liaisonUserId).param("id", villageId).update();
	}

	private Optional<UserSummary> user(Object id) {
		return id == null ? Optional.empty() : users.find(((Number) id).longValue());
	}
}
