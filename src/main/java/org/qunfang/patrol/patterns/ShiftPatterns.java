package org.qunfang.patrol.patterns;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
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

/** Keeping an organization's shift patterns. */
@Service
public class ShiftPatterns {

	/** What a person enters for a new pattern. */
	public record NewPattern(long orgId, Long partnerOrgId, String name, ShiftKind kind, LocalTime summerStart,
			LocalTime summerEnd, LocalTime winterStart, LocalTime winterEnd, Set<DayOfWeek> weekdays, int minStaff,
			boolean leaderRequired, List<Long> zoneIds) {
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
		OrganizationRef org = working(organizations.get(caller, form.orgId()));
		if (form.partnerOrgId() != null) {
			OrganizationRef partner = working(organizations.get(caller, form.partnerOrgId()));
			if (partner.villageId() == org.villageId()) {
				throw new DomainException("error.patrol.partner-same-village");
			}
		}
		for (long zoneId : form.zoneIds()) {
			PatrolZone zone = zones.zone(caller, zoneId);
			if (zone.villageId() != org.villageId() && (form.partnerOrgId() == null
					|| zone.villageId() != organizations.get(caller, form.partnerOrgId()).villageId())) {
				throw new DomainException("error.patrol.zone-other-village", zone.name());
			}
		}
		return insert(org, form);
	}

	/** Stores a pattern without a caller (demo data); the organization must be working. */
	public long insert(OrganizationRef org, NewPattern form) {
		String name = PlainText.required("patrol.pattern.name", form.name(), 100);
		if (form.kind() == null || form.summerStart() == null || form.summerEnd() == null || form.winterStart() == null
				|| form.winterEnd() == null) {
			throw new DomainException("error.patrol.pattern-times");
		}
		if (form.summerStart().equals(form.summerEnd()) || form.winterStart().equals(form.winterEnd())) {
			throw new DomainException("error.patrol.pattern-times");
		}
		if (form.weekdays() == null || form.weekdays().isEmpty()) {
			throw new DomainException("error.patrol.pattern-weekdays");
		}
		if (form.minStaff() < 1 || form.minStaff() > 20 || (form.leaderRequired() && form.minStaff() < 1)) {
			throw new DomainException("error.patrol.pattern-staff");
		}
		long id = ids.next();
		jdbc.sql("""
				insert into patrol_pattern (id, county_id, village_id, scope_path, org_id, partner_org_id, name, kind,
				  summer_start, summer_end, winter_start, winter_end, weekdays, min_staff, leader_required, active, created_at)
				values (:id, :c, :v, :path, :org, :partner, :name, :kind, :ss, :se, :ws, :we, :days, :staff, :leader, true, :now)""")
			.param("id", id).param("c", org.countyId()).param("v", org.villageId()).param("path", org.scopePath())
			.param("org", org.id()).param("partner", form.partnerOrgId()).param("name", name).param("kind", form.kind().name())
			.param("ss", form.summerStart()).param("se", form.summerEnd()).param("ws", form.winterStart())
			.param("we", form.winterEnd())
			.param("days", form.weekdays().stream().map(d -> Integer.toString(d.getValue())).sorted().collect(Collectors.joining(",")))
			.param("staff", form.minStaff()).param("leader", form.leaderRequired())
			.param("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)).update();
		for (long zoneId : form.zoneIds()) {
			jdbc.sql("insert into patrol_pattern_zone (pattern_id, zone_id) values (:p, :z)").param("p", id).param("z", zoneId)
				.update();
		}
		return id;
	}

	/** The patterns of an organization inside the caller's jurisdiction. */
	@Transactional(readOnly = true)
	public List<ShiftPattern> ofOrganization(Caller caller, long orgId) {
		caller.require(PatrolPermissions.VIEW);
		OrganizationRef org = organizations.get(caller, orgId);
		return ofOrganization(org.countyId(), org.id());
	}

	/** The active patterns of an organization, without a caller (for the solver). */
	public List<ShiftPattern> ofOrganization(long countyId, long orgId) {
		return query("p.county_id = :c and p.org_id = :o and p.active = true", countyId, orgId);
	}

	/** A pattern inside the caller's jurisdiction. */
	@Transactional(readOnly = true)
	public ShiftPattern get(Caller caller, long patternId) {
		caller.require(PatrolPermissions.VIEW);
		ScopeFilter scope = caller.jurisdiction().where("p");
		return jdbc.sql(SELECT + " where p.id = :id and " + scope.sql()).params(scope.params()).param("id", patternId)
			.query((rs, n) -> row(rs)).optional().map(this::withZones).orElseThrow(NotFoundException::new);
	}

	private static final String SELECT = """
			select p.id, p.county_id, p.village_id, p.scope_path, p.org_id, p.partner_org_id, p.name, p.kind, p.summer_start,
			  p.summer_end, p.winter_start, p.winter_end, p.weekdays, p.min_staff, p.leader_required, p.active
			from patrol_pattern p""";

	private List<ShiftPattern> query(String where, long countyId, long orgId) {
		return jdbc.sql(SELECT + " where " + where + " order by p.name").param("c", countyId).param("o", orgId)
			.query((rs, n) -> row(rs)).list().stream().map(this::withZones).toList();
	}

	private ShiftPattern withZones(ShiftPattern p) {
		List<Long> zoneIds = jdbc.sql("select zone_id from patrol_pattern_zone where pattern_id = :p order by zone_id")
			.param("p", p.id()).query(Long.class).list();
		return new ShiftPattern(p.id(), p.countyId(), p.villageId(), p.scopePath(), p.orgId(), p.partnerOrgId(), p.name(),
				p.kind(), p.summerStart(), p.summerEnd(), p.winterStart(), p.winterEnd(), p.weekdays(), p.minStaff(),
				p.leaderRequired(), zoneIds, p.active());
	}

	private static ShiftPattern row(java.sql.ResultSet rs) throws java.sql.SQLException {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		Arrays.stream(rs.getString(13).split(",")).map(Integer::parseInt).map(DayOfWeek::of).forEach(days::add);
		return new ShiftPattern(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getLong(5),
				(Long) rs.getObject(6), rs.getString(7), ShiftKind.valueOf(rs.getString(8)), rs.getObject(9, LocalTime.class),
				rs.getObject(10, LocalTime.class), rs.getObject(11, LocalTime.class), rs.getObject(12, LocalTime.class), days,
				rs.getInt(14), rs.getBoolean(15), List.of(), rs.getBoolean(16));
	}

	private static OrganizationRef working(OrganizationRef org) {
		if (org.status() == OrganizationStatus.DISSOLVED) {
			throw new DomainException("error.patrol.org-dissolved", org.name());
		}
		return org;
	}
}
