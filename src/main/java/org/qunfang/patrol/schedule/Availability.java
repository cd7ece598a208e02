package org.qunfang.patrol.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qunfang.identity.Audited;
import org.qunfang.identity.Caller;
import org.qunfang.organization.OrganizationRef;
import org.qunfang.organization.OrganizationType;
import org.qunfang.organization.bodies.Appointments;
import org.qunfang.organization.bodies.JointDefense;
import org.qunfang.organization.bodies.PreventionOrganizations;
import org.qunfang.patrol.PatrolPermissions;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.IdGenerator;
import org.qunfang.platform.NotFoundException;
import org.qunfang.platform.text.PlainText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When members of an organization cannot be on duty: a regular weekly time (work in town on Wednesdays,
 * evenings at the fields in harvest) or leave for some days. The roster's solver reads both.
 */
@Service
public class Availability {

	/** One entry: weekly (weekday with optional hours) or leave (a date range). */
	public record Entry(long id, long residentId, DayOfWeek weekday, LocalTime fromTime, LocalTime toTime, LocalDate fromDate,
			LocalDate toDate, String reason, boolean preference) {

		public boolean weekly() {
			return weekday != null;
		}
	}

	/** A member with their entries. */
	public record MemberAvailability(long residentId, String name, List<Entry> entries) {
	}

	private final JdbcClient jdbc;
	private final PreventionOrganizations organizations;
	private final Appointments appointments;
	private final JointDefense jointDefense;
	private final IdGenerator ids;

	Availability(JdbcClient jdbc, PreventionOrganizations organizations, Appointments appointments, JointDefense jointDefense,
			IdGenerator ids) {
		this.jdbc = jdbc;
		this.organizations = organizations;
		this.appointments = appointments;
		this.jointDefense = jointDefense;
		this.ids = ids;
	}

	/** The organization's members (and a ten-household group's duty people and substitutes) with their entries. */
	@Transactional(readOnly = true)
	public List<MemberAvailability> of(Caller caller, long orgId) {
		caller.require(PatrolPermissions.VIEW);
		OrganizationRef org = organizations.get(caller, orgId);
		Map<Long, String> members = members(caller, org);
		Map<Long, List<Entry>> entries = new LinkedHashMap<>();
		if (!members.isEmpty()) {
			jdbc.sql("""
					select id, resident_id, weekday, from_time, to_time, from_date, to_date, reason, preference from patrol_unavailable
					where county_id = :c and resident_id in (:r) order by weekday, from_date, id""")
				.param("c", org.countyId()).param("r", List.copyOf(members.keySet()))
				.query((rs, n) -> entries.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new Entry(rs.getLong(1),
						rs.getLong(2), rs.getObject(3) == null ? null : DayOfWeek.of(rs.getInt(3)), rs.getObject(4, LocalTime.class),
						rs.getObject(5, LocalTime.class), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
						rs.getString(8), rs.getBoolean(9))))
				.list();
		}
		return members.entrySet().stream()
			.map(m -> new MemberAvailability(m.getKey(), m.getValue(), entries.getOrDefault(m.getKey(), List.of())))
			.sorted(Comparator.comparing(MemberAvailability::name)).toList();
	}

	/** A weekday a member would rather keep free: the roster avoids it where it can. */
	@Transactional
	@Audited(value = "patrol.availability.preference", target = "organization", targetId = "#orgId")
	public long addPreference(Caller caller, long orgId, long residentId, DayOfWeek weekday, String reason) {
		OrganizationRef org = forPlanning(caller, orgId, residentId);
		if (weekday == null) {
			throw new DomainException("error.patrol.availability.weekday");
		}
		return insert(org, residentId, weekday.getValue(), null, null, null, null, reason, true);
	}

	/** A weekly time a member cannot be on duty; without hours, the whole day. */
	@Transactional
	@Audited(value = "patrol.availability.weekly", target = "organization", targetId = "#orgId")
	public long addWeekly(Caller caller, long orgId, long residentId, DayOfWeek weekday, LocalTime from, LocalTime to,
			String reason) {
		OrganizationRef org = forPlanning(caller, orgId, residentId);
		if (weekday == null) {
			throw new DomainException("error.patrol.availability.weekday");
		}
		if ((from == null) != (to == null) || (from != null && from.equals(to))) {
			throw new DomainException("error.patrol.availability.hours");
		}
		return insert(org, residentId, weekday.getValue(), from, to, null, null, reason, false);
	}

	/** Leave: the member cannot be on duty from one day to another, both included. */
	@Transactional
	@Audited(value = "patrol.availability.leave", target = "organization", targetId = "#orgId")
	public long addLeave(Caller caller, long orgId, long residentId, LocalDate from, LocalDate to, String reason) {
		OrganizationRef org = forPlanning(caller, orgId, residentId);
		if (from == null || to == null || to.isBefore(from)) {
			throw new DomainException("error.patrol.availability.dates");
		}
		return insert(org, residentId, null, null, null, from, to, reason, false);
	}

	/** Removes an entry of one of the organization's members. */
	@Transactional
	@Audited(value = "patrol.availability.remove", target = "organization", targetId = "#orgId")
	public void remove(Caller caller, long orgId, long entryId) {
		caller.require(PatrolPermissions.SCHEDULE_PLAN);
		OrganizationRef org = organizations.get(caller, orgId);
		Map<Long, String> members = members(caller, org);
		int removed = members.isEmpty() ? 0 : jdbc.sql("""
				delete from patrol_unavailable where id = :id and county_id = :c and resident_id in (:r)""")
			.param("id", entryId).param("c", org.countyId()).param("r", List.copyOf(members.keySet())).update();
		if (removed == 0) {
			throw new NotFoundException();
		}
	}

	private OrganizationRef forPlanning(Caller caller, long orgId, long residentId) {
		caller.require(PatrolPermissions.SCHEDULE_PLAN);
		OrganizationRef org = organizations.get(caller, orgId);
		if (!members(caller, org).containsKey(residentId)) {
			throw new DomainException("error.patrol.availability.not-member");
		}
		return org;
	}

	private long insert(OrganizationRef org, long residentId, Integer weekday, LocalTime from, LocalTime to, LocalDate fromDate,
			LocalDate toDate, String reason, boolean preference) {
		long id = ids.next();
		jdbc.sql("""
				insert into patrol_unavailable (id, county_id, scope_path, resident_id, weekday, from_time, to_time, from_date,
				  to_date, reason, preference)
				values (:id, :c, :path, :r, :w, :ft, :tt, :fd, :td, :reason, :pref)""")
			.param("id", id).param("c", org.countyId()).param("path", org.scopePath()).param("r", residentId)
			.param("w", weekday).param("ft", from).param("tt", to).param("fd", fromDate).param("td", toDate)
			.param("reason", PlainText.optional("patrol.availability.reason", reason, 200)).param("pref", preference).update();
		return id;
	}

	private Map<Long, String> members(Caller caller, OrganizationRef org) {
		Map<Long, String> members = new LinkedHashMap<>();
		appointments.members(caller, org.id(), false).forEach(m -> members.put(m.residentId(), m.name()));
		if (org.type() != OrganizationType.TEN_HOUSEHOLD) {
			return members;
		}
		for (JointDefense.Member h : jointDefense.members(caller, org.id())) {
			members.put(h.dutyResidentId(), h.dutyName());
			for (int i = 0; i < h.substituteIds().size(); i++) {
				members.put(h.substituteIds().get(i), h.substitutes().get(i));
			}
		}
		return members;
	}
}
