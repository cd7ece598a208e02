package org.qunfang.patrol.patterns;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.qunfang.identity.Audited;
import org.qunfang.identity.Caller;
import org.qunfang.identity.ScopeFilter;
import org.qunfang.organization.OrganizationRef;
import org.qunfang.organization.OrganizationStatus;
import org.qunfang.organization.bodies.PreventionOrganizations;
import org.qunfang.patrol.PatrolPermissions;
import org.qunfang.patrol.PatrolZone;
import org.qunfang.patrol.zones.PatrolZones;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.IdGenerator;
import org.qunfang.platform.NotFoundException;
import org.qunfang.platform.text.PlainText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping an organization's shift patterns: adding, changing and retiring them. A schedule copies its
 * shifts' times, zone and staff from the patterns when it is built, so a change or a retirement applies
 * to schedules built afterwards and leaves those already built as they are.
 */
@Service
public class ShiftPatterns {

	/**
	 * What a person enters for a pattern, new or changed. Missing weekdays or zones are none; zones named
	 * twice count once.
	 */
	public record NewPattern(long orgId, Long partnerOrgId, String name, ShiftKind kind, LocalTime summerStart,
			LocalTime summerEnd, LocalTime winterStart, LocalTime winterEnd, Set<DayOfWeek> weekdays, int minStaff,
			boolean leaderRequired, List<Long> zoneIds) {

		public NewPattern {
			weekdays = weekdays == null ? Set.of()
					: weekdays.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
			zoneIds = zoneIds == null ? List.of() : zoneIds.stream().filter(Objects::nonNull).distinct().toList();
		}

		/** The pattern as it stands, as a form to check again. */
		static NewPattern of(ShiftPattern p) {
			return new NewPattern(p.orgId(), p.partnerOrgId(), p.name(), p.kind(), p.summerStart(), p.summerEnd(),
					p.winterStart(), p.winterEnd(), p.weekdays(), p.minStaff(), p.leaderRequired(), p.zoneIds());
		}
	}

	private final JdbcClient jdbc;
	private final PreventionOrganizations organizations;
	private final PatrolZones zones;
	private final IdGenerator ids;
	private final Clock clock;

	ShiftPatterns(JdbcClient jdbc, PreventionOrganizations organizations, PatrolZones zones, IdGenerator ids, Clock clock) {
		this.jdbc = jdbc;
		this.organizations = organizations;
		this.zones = zones;
		this.ids = ids;
		this.clock = clock;
	}

	@Transactional
	@Audited(value = "patrol.pattern.create", target = "patrol-pattern", targetId = "#result")
	public long create(Caller caller, NewPattern form) {
		caller.require(PatrolPermissions.SCHEDULE_PLAN);
		return insert(checked(caller, form), form);
	}

	/**
	 * Changes a pattern inside the caller's jurisdiction, checked as a new one is; retired or not, it stays
	 * so. Schedules already built keep their shifts. The organization and a joint patrol's partner stay
	 * what they are (their members staff the shifts already built): to change them, retire the pattern and
	 * add another.
	 */
	@Transactional
	@Audited(value = "patrol.pattern.update", target = "patrol-pattern", targetId = "#patternId")
	public void update(Caller caller, long patternId, NewPattern form) {
		ShiftPattern current = changeable(caller, patternId);
		if (form.orgId() != current.orgId() || !Objects.equals(form.partnerOrgId(), current.partnerOrgId())) {
			throw new DomainException("error.patrol.pattern-owner-fixed");
		}
		checked(caller, form);
		bindFields(jdbc.sql("""
				update patrol_pattern set name = :name, kind = :kind, summer_start = :ss, summer_end = :se,
				  winter_start = :ws, winter_end = :we, weekdays = :days, min_staff = :staff, leader_required = :leader
				where id = :id"""), form).param("id", patternId).update();
		jdbc.sql("delete from patrol_pattern_zone where pattern_id = :p").param("p", patternId).update();
		insertZones(patternId, form.zoneIds());
	}

	/** Retires a pattern: schedules built afterwards have none of its shifts; those already built keep them. */
	@Transactional
	@Audited(value = "patrol.pattern.retire", target = "patrol-pattern", targetId = "#patternId")
	public void retire(Caller caller, long patternId) {
		if (!changeable(caller, patternId).active()) {
			throw new DomainException("error.patrol.pattern-already-retired");
		}
		setActive(patternId, false);
	}

	/** Takes a retired pattern up again, if it would be accepted as a new one: schedules built afterwards staff it. */
	@Transactional
	@Audited(value = "patrol.pattern.reactivate", target = "patrol-pattern", targetId = "#patternId")
	public void reactivate(Caller caller, long patternId) {
		ShiftPattern pattern = changeable(caller, patternId);
		if (pattern.active()) {
			throw new DomainException("error.patrol.pattern-already-active");
		}
		checked(caller, NewPattern.of(pattern));
		setActive(patternId, true);
	}

	/**
	 * Whether the caller may change the pattern: a joint patrol staffs two villages, so only a caller whose
	 * jurisdiction holds the partner organization too.
	 */
	public boolean changeableBy(Caller caller, ShiftPattern pattern) {
		if (pattern.partnerOrgId() == null) {
			return true;
		}
		try {
			organizations.get(caller, pattern.partnerOrgId());
			return true;
		}
		catch (NotFoundException outside) {
			return false;
		}
	}

	/** A pattern inside the caller's jurisdiction that the caller may change. */
	private ShiftPattern changeable(Caller caller, long patternId) {
		caller.require(PatrolPermissions.SCHEDULE_PLAN);
		ShiftPattern pattern = get(caller, patternId);
		if (!changeableBy(caller, pattern)) {
			throw new DomainException("error.patrol.pattern-joint-jurisdiction");
		}
		return pattern;
	}

	/** Stores a pattern without a caller (demo data); the organization must be working. */
	public long insert(OrganizationRef org, NewPattern form) {
		JdbcClient.StatementSpec insert = bindFields(jdbc.sql("""
				insert into patrol_pattern (id, county_id, village_id, scope_path, org_id, partner_org_id, name, kind,
				  summer_start, summer_end, winter_start, winter_end, weekdays, min_staff, leader_required, active, created_at)
				values (:id, :c, :v, :path, :org, :partner, :name, :kind, :ss, :se, :ws, :we, :days, :staff, :leader, true, :now)"""),
				form);
		long id = ids.next();
		insert.param("id", id).param("c", org.countyId()).param("v", org.villageId()).param("path", org.scopePath())
			.param("org", org.id()).param("partner", form.partnerOrgId())
			.param("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)).update();
		insertZones(id, form.zoneIds());
		return id;
	}

	/** The patterns of an organization inside the caller's jurisdiction, retired ones too. */
	@Transactional(readOnly = true)
	public List<ShiftPattern> ofOrganization(Caller caller, long orgId) {
		caller.require(PatrolPermissions.VIEW);
		OrganizationRef org = organizations.get(caller, orgId);
		return allOfOrganization(org.countyId(), org.id());
	}

	/** The active patterns of an organization, without a caller (for the solver). */
	public List<ShiftPattern> ofOrganization(long countyId, long orgId) {
		return query("p.county_id = :c and p.org_id = :o and p.active = true", Map.of("c", countyId, "o", orgId));
	}

	/** The patterns of an organization, retired ones too, without a caller (for schedules already built). */
	public List<ShiftPattern> allOfOrganization(long countyId, long orgId) {
		return query("p.county_id = :c and p.org_id = :o", Map.of("c", countyId, "o", orgId));
	}

	/** Every pattern inside the caller's jurisdiction, retired ones too. */
	@Transactional(readOnly = true)
	public List<ShiftPattern> inJurisdiction(Caller caller) {
		caller.require(PatrolPermissions.VIEW);
		ScopeFilter scope = caller.jurisdiction().where("p");
		return query(scope.sql(), scope.params());
	}

	/** A pattern inside the caller's jurisdiction. */
	@Transactional(readOnly = true)
	public ShiftPattern get(Caller caller, long patternId) {
		caller.require(PatrolPermissions.VIEW);
		ScopeFilter scope = caller.jurisdiction().where("p");
		Map<String, Object> params = new HashMap<>(scope.params());
		params.put("id", patternId);
		return query("p.id = :id and " + scope.sql(), params).stream().findFirst().orElseThrow(NotFoundException::new);
	}

	private static final String SELECT = """
			select p.id, p.county_id, p.village_id, p.scope_path, p.org_id, p.partner_org_id, p.name, p.kind, p.summer_start,
			  p.summer_end, p.winter_start, p.winter_end, p.weekdays, p.min_staff, p.leader_required, p.active
			from patrol_pattern p""";

	/** The patterns that match {@code where}, by name, each with its zones. */
	private List<ShiftPattern> query(String where, Map<String, Object> params) {
		List<ShiftPattern> found = jdbc.sql(SELECT + " where " + where + " order by p.name, p.id").params(params)
			.query((rs, n) -> row(rs)).list();
		if (found.isEmpty()) {
			return found;
		}
		Map<Long, List<Long>> zoneIds = new HashMap<>();
		jdbc.sql("select pattern_id, zone_id from patrol_pattern_zone where pattern_id in (:p) order by zone_id")
			.param("p", found.stream().map(ShiftPattern::id).toList())
			.query((rs, n) -> zoneIds.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2))).list();
		return found.stream().map(p -> new ShiftPattern(p.id(), p.countyId(), p.villageId(), p.scopePath(), p.orgId(),
				p.partnerOrgId(), p.name(), p.kind(), p.summerStart(), p.summerEnd(), p.winterStart(), p.winterEnd(),
				p.weekdays(), p.minStaff(), p.leaderRequired(), zoneIds.getOrDefault(p.id(), List.of()), p.active())).toList();
	}

	private static ShiftPattern row(java.sql.ResultSet rs) throws java.sql.SQLException {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		Arrays.stream(rs.getString(13).split(",")).map(Integer::parseInt).map(DayOfWeek::of).forEach(days::add);
		return new ShiftPattern(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getLong(5),
				(Long) rs.getObject(6), rs.getString(7), ShiftKind.valueOf(rs.getString(8)), rs.getObject(9, LocalTime.class),
				rs.getObject(10, LocalTime.class), rs.getObject(11, LocalTime.class), rs.getObject(12, LocalTime.class), days,
				rs.getInt(14), rs.getBoolean(15), List.of(), rs.getBoolean(16));
	}

	/**
	 * The pattern's organization, once the organizations and zones of the form pass the checks of every new
	 * or changed pattern: both organizations working, the partner of another village, the zones in the
	 * village of the one or the other.
	 */
	private OrganizationRef checked(Caller caller, NewPattern form) {
		OrganizationRef org = working(organizations.get(caller, form.orgId()));
		Long partnerVillage = null;
		if (form.partnerOrgId() != null) {
			OrganizationRef partner = working(organizations.get(caller, form.partnerOrgId()));
			if (partner.villageId() == org.villageId()) {
				throw new DomainException("error.patrol.partner-same-village");
			}
			partnerVillage = partner.villageId();
		}
		for (long zoneId : form.zoneIds()) {
			PatrolZone zone = zones.zone(caller, zoneId);
			if (zone.villageId() != org.villageId() && !Long.valueOf(zone.villageId()).equals(partnerVillage)) {
				throw new DomainException("error.patrol.zone-other-village", zone.name());
			}
			if (!zones.detail(caller, zoneId).active()) {
				throw new DomainException("error.patrol.pattern.zone-retired", zone.name());
			}
		}
		return org;
	}

	/**
	 * Binds the pattern's own fields (name, kind, hours, weekdays, staff, leader) to a statement, once they
	 * pass the checks of every new or changed pattern.
	 */
	private static JdbcClient.StatementSpec bindFields(JdbcClient.StatementSpec statement, NewPattern form) {
		String name = PlainText.required("patrol.pattern.name", form.name(), 100);
		if (form.kind() == null || form.summerStart() == null || form.summerEnd() == null || form.winterStart() == null
				|| form.winterEnd() == null) {
			throw new DomainException("error.patrol.pattern-times");
		}
		if (form.summerStart().equals(form.summerEnd()) || form.winterStart().equals(form.winterEnd())) {
			throw new DomainException("error.patrol.pattern-times");
		}
		if (form.weekdays().isEmpty()) {
			throw new DomainException("error.patrol.pattern-weekdays");
		}
		if (form.minStaff() < 1 || form.minStaff() > 20) {
			throw new DomainException("error.patrol.pattern-staff");
		}
		return statement.param("name", name).param("kind", form.kind().name()).param("ss", form.summerStart())
			.param("se", form.summerEnd()).param("ws", form.winterStart()).param("we", form.winterEnd())
			.param("days", form.weekdays().stream().map(d -> Integer.toString(d.getValue())).sorted().collect(Collectors.joining(",")))
			.param("staff", form.minStaff()).param("leader", form.leaderRequired());
	}

	private void insertZones(long patternId, List<Long> zoneIds) {
		for (long zoneId : zoneIds) {
			jdbc.sql("insert into patrol_pattern_zone (pattern_id, zone_id) values (:p, :z)").param("p", patternId)
				.param("z", zoneId).update();
		}
	}

	private void setActive(long patternId, boolean active) {
		jdbc.sql("update patrol_pattern set active = :a where id = :id").param("a", active).param("id", patternId).update();
	}

	private static OrganizationRef working(OrganizationRef org) {
		if (org.status() == OrganizationStatus.DISSOLVED) {
			throw new DomainException("error.patrol.org-dissolved", org.name());
		}
		return org;
	}
}
