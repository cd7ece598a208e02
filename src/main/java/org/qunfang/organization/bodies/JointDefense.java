package org.qunfang.organization.bodies;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.qunfang.identity.Audited;
import org.qunfang.identity.Caller;
import org.qunfang.organization.OrganizationPermissions;
import org.qunfang.organization.OrganizationRef;
import org.qunfang.organization.OrganizationType;
import org.qunfang.platform.ConflictException;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.IdGenerator;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 十户联防 — a ten-household joint defense group: about ten neighboring households, each naming the
 * person who stands duty and substitutes in order; the households take turns in a fixed rotation, one
 * a day from the day the group was set up; a swap moves a day's duty to another household and is kept.
 */
@Service
public class JointDefense {

	/** At most this many households in one group ("about ten"). */
	public static final int MAX_HOUSEHOLDS = 15;

	/** A household of the group in its place in the rotation. */
	public record Member(long householdId, String householdNo, int order, long dutyResidentId, String dutyName,
			List<String> substitutes, List<Long> substituteIds) {
	}

	/** A recorded swap of a day's duty. */
	public record Swap(LocalDate day, String fromHousehold, String toHousehold, String reason, String recordedBy) {
	}

	private final JdbcClient jdbc;
	private final PreventionOrganizations organizations;
	private final IdGenerator ids;
	private final Clock clock;

	JointDefense(JdbcClient jdbc, PreventionOrganizations organizations, IdGenerator ids, Clock clock) {
		this.jdbc = jdbc;
		this.organizations = organizations;
		this.ids = ids;
		this.clock = clock;
	}

	/** Adds a household at the end of the rotation, with the resident who stands its duty. */
	@Transactional
	@Audited(value = "organization.joint-defense.add", target = "organization", targetId = "#orgId")
	public void addHousehold(Caller caller, long orgId, long householdId, long dutyResidentId) {
		caller.require(OrganizationPermissions.ORG_MANAGE);
		OrganizationRef group = group(caller, orgId);
		long village = villageOf(householdId, group.countyId());
		if (village != group.villageId()) {
			throw new DomainException("error.joint-defense.household-elsewhere");
		}
		requireResidentOf(dutyResidentId, householdId);
		jdbc.sql("select id from prevention_org where id = :o for update").param("o", orgId).query(Long.class).single();
		int size = members(caller, orgId).size();
		if (size >= MAX_HOUSEHOLDS) {
			throw new DomainException("error.joint-defense.full", MAX_HOUSEHOLDS);
		}
		try {
			jdbc.sql("""
					insert into joint_defense_household (org_id, household_id, county_id, rotation_order, duty_resident_id)
					values (:o, :h, :c, :n, :r)""")
				.param("o", orgId).param("h", householdId).param("c", group.countyId()).param("n", size + 1)
				.param("r", dutyResidentId).update();
		}
		catch (DuplicateKeyException elsewhere) {
			throw new ConflictException("error.joint-defense.household-taken");
		}
	}

	/** Names the substitutes of a household, in the order they step in. */
	@Transactional
	@Audited(value = "organization.joint-defense.substitutes", target = "household", targetId = "#householdId")
	public void setSubstitutes(Caller caller, long orgId, long householdId, List<Long> residentIds) {
		caller.require(OrganizationPermissions.ORG_MANAGE);
		OrganizationRef group = group(caller, orgId);
		requireMember(orgId, householdId);
		jdbc.sql("delete from joint_defense_substitute where org_id = :o and household_id = :h")
			.param("o", orgId).param("h", householdId).update();
		int rank = 1;
		for (long resident : residentIds.stream().distinct().toList()) {
			requireResidentOf(resident, householdId);
			jdbc.sql("""
					insert into joint_defense_substitute (org_id, household_id, resident_id, county_id, rank)
					values (:o, :h, :r, :c, :rank)""")
				.param("o", orgId).param("h", householdId).param("r", resident).param("c", group.countyId())
				.param("rank", rank++).update();
		}
	}

	/** Records that on a day another household stands duty instead of the one whose turn it is. */
	@Transactional
	@Audited(value = "organization.joint-defense.swap", target = "organization", targetId = "#orgId")
	public void recordSwap(Caller caller, long orgId, LocalDate day, long toHouseholdId, String reason) {
		caller.require(OrganizationPermissions.ORG_MANAGE);
		OrganizationRef group = group(caller, orgId);
		if (reason == null || reason.isBlank() || reason.length() > 300) {
			throw new DomainException("error.joint-defense.swap-reason");
		}
		requireMember(orgId, toHouseholdId);
		long from = onDuty(caller, orgId, day).orElseThrow(() -> new DomainException("error.joint-defense.empty"));
		if (from == toHouseholdId) {
			throw new DomainException("error.joint-defense.swap-same");
		}
		jdbc.sql("""
				insert into joint_defense_swap (id, county_id, org_id, scope_path, duty_date, from_household, to_household,
				  reason, recorded_by, recorded_at)
				values (:id, :c, :o, :path, :day, :from, :to, :reason, :by, :now)""")
			.param("id", ids.next()).param("c", group.countyId()).param("o", orgId).param("path", group.scopePath())
			.param("day", day).param("from", from).param("to", toHouseholdId).param("reason", reason.strip())
			.param("by", caller.username()).param("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
			.update();
	}

	/** The household on duty on a day: its turn in the rotation, unless a swap moved the day. */
	@Transactional(readOnly = true)
	public Optional<Long> onDuty(Caller caller, long orgId, LocalDate day) {
		group(caller, orgId);
		Optional<Long> swapped = jdbc.sql("select to_household from joint_defense_swap where org_id = :o and duty_date = :d"
				+ " order by recorded_at desc, id desc").param("o", orgId).param("d", day).query(Long.class).list().stream()
			.findFirst();
		if (swapped.isPresent()) {
			return swapped;
		}
		List<Long> order = jdbc.sql("select household_id from joint_defense_household where org_id = :o order by rotation_order")
			.param("o", orgId).query(Long.class).list();
		if (order.isEmpty()) {
			return Optional.empty();
		}
		LocalDate start = jdbc.sql("select established_on from prevention_org where id = :o").param("o", orgId)
			.query(LocalDate.class).single();
		long days = ChronoUnit.DAYS.between(start, day);
		return Optional.of(order.get((int) Math.floorMod(days, order.size())));
	}

	@Transactional(readOnly = true)
	public List<Member> members(Caller caller, long orgId) {
		group(caller, orgId);
		return jdbc.sql("""
				select j.household_id, h.household_no, j.rotation_order, j.duty_resident_id, r.name
				from joint_defense_household j join household h on h.id = j.household_id
				join resident r on r.id = j.duty_resident_id where j.org_id = :o order by j.rotation_order""")
			.param("o", orgId)
			.query((rs, n) -> {
				List<java.util.Map<String, Object>> substitutes = jdbc.sql("select r.id, r.name from joint_defense_substitute s"
						+ " join resident r on r.id = s.resident_id where s.org_id = :o and s.household_id = :h order by s.rank")
					.param("o", orgId).param("h", rs.getLong(1)).query().listOfRows();
				return new Member(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getLong(4), rs.getString(5),
						substitutes.stream().map(s -> (String) s.get("name")).toList(),
						substitutes.stream().map(s -> ((Number) s.get("id")).longValue()).toList());
			})
			.list();
	}

	@Transactional(readOnly = true)
	public List<Swap> swaps(Caller caller, long orgId) {
		group(caller, orgId);
		return jdbc.sql("""
				select s.duty_date, f.household_no, t.household_no, s.reason, s.recorded_by from joint_defense_swap s
				join household f on f.id = s.from_household join household t on t.id = s.to_household
				where s.org_id = :o order by s.duty_date desc""")
			.param("o", orgId)
			.query((rs, n) -> new Swap(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list();
	}

	private OrganizationRef group(Caller caller, long orgId) {
		OrganizationRef org = organizations.get(caller, orgId);
		if (org.type() != OrganizationType.TEN_HOUSEHOLD) {
			throw new DomainException("error.joint-defense.not-a-group");
		}
		return org;
	}

	private long villageOf(long householdId, long countyId) {
		return jdbc.sql("select village_id from household where id = :h and county_id = :c").param("h", householdId)
			.param("c", countyId).query(Long.class).optional()
			.orElseThrow(() -> new DomainException("error.joint-defense.household-elsewhere"));
	}

	private void requireMember(long orgId, long householdId) {
		if (jdbc.sql("select count(*) from joint_defense_household where org_id = :o and household_id = :h")
			.param("o", orgId).param("h", householdId).query(Long.class).single() == 0) {
			throw new DomainException("error.joint-defense.not-member");
		}
	}

	private void requireResidentOf(long residentId, long householdId) {
		if (jdbc.sql("select count(*) from resident where id = :r and household_id = :h").param("r", residentId)
			.param("h", householdId).query(Long.class).single() == 0) {
			throw new DomainException("error.joint-defense.resident-elsewhere");
		}
	}
}
