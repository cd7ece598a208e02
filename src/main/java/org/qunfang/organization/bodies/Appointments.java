package org.qunfang.organization.bodies;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.qunfang.identity.Audited;
import org.qunfang.identity.Caller;
import org.qunfang.identity.PersonalData;
import org.qunfang.organization.Education;
import org.qunfang.organization.Gender;
import org.qunfang.organization.Health;
import org.qunfang.organization.OrganizationPermissions;
import org.qunfang.organization.OrganizationRef;
import org.qunfang.organization.OrganizationStatus;
import org.qunfang.organization.Remuneration;
import org.qunfang.platform.ConflictException;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.IdGenerator;
import org.qunfang.platform.NotFoundException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appointing residents to posts (任职) and ending appointments. The post's "three checks" are evaluated
 * at appointment: a failing check refuses it, unless a caller with
 * {@code organization:member:override-checks} records a reason, which stays with the appointment and in
 * the operation log.
 */
@Service
public class Appointments {

	private final JdbcClient jdbc;
	private final PreventionOrganizations organizations;
	private final Posts posts;
	private final PersonalData personalData;
	private final IdGenerator ids;
	private final Clock clock;
	private final ZoneId zone;

	Appointments(JdbcClient jdbc, PreventionOrganizations organizations, Posts posts, PersonalData personalData,
			IdGenerator ids, Clock clock, ZoneId displayZone) {
		this.jdbc = jdbc;
		this.organizations = organizations;
		this.posts = posts;
		this.personalData = personalData;
		this.ids = ids;
		this.clock = clock;
		this.zone = displayZone;
	}

	/** Appoints when every check passes; a failing check is refused with the checks named. */
	@Transactional
	@Audited(value = "organization.member.appoint", target = "appointment", targetId = "#result")
	public long appoint(Caller caller, long orgId, NewAppointment form, Locale locale) {
		return doAppoint(caller, orgId, form, locale, false);
	}

	/** Appoints although checks fail: needs the override permission and a reason, and is logged as such. */
	@Transactional
	@Audited(value = "organization.member.appoint-override", target = "appointment", targetId = "#result")
	public long appointOverridingChecks(Caller caller, long orgId, NewAppointment form, Locale locale) {
		caller.require(OrganizationPermissions.CHECKS_OVERRIDE);
		if (form.overrideReason() == null || form.overrideReason().isBlank()) {
			throw new DomainException("error.appointment.override-reason");
		}
		return doAppoint(caller, orgId, form, locale, true);
	}

	/** The checks a resident would fail for a post (empty when all pass). */
	@Transactional(readOnly = true)
	public List<ThreeChecks.Failure> failedChecks(Caller caller, long orgId, long residentId, String postCode) {
		OrganizationRef org = organizations.get(caller, orgId);
		Post post = posts.find(org.countyId(), postCode).orElseThrow(() -> new DomainException("error.post.unknown", postCode));
		return candidate(org, residentId, LocalDate.now(clock.withZone(zone))).failures(post);
	}

	@Transactional
	@Audited(value = "organization.member.end", target = "appointment", targetId = "#appointmentId")
	public void end(Caller caller, long appointmentId, LocalDate endDate, String reason) {
		caller.require(OrganizationPermissions.MEMBER_APPOINT);
		var row = jdbc.sql("select org_id, start_date, end_date from appointment where id = :id").param("id", appointmentId)
			.query().listOfRows().stream().findFirst().orElseThrow(NotFoundException::new);
		organizations.get(caller, ((Number) row.get("org_id")).longValue());
		if (row.get("end_date") != null) {
			throw new DomainException("error.appointment.already-ended");
		}
		LocalDate start = ((java.sql.Date) row.get("start_date")).toLocalDate();
		if (endDate == null || endDate.isBefore(start)) {
			throw new DomainException("error.appointment.end-before-start");
		}
		if (reason == null || reason.isBlank() || reason.length() > 300) {
			throw new DomainException("error.appointment.end-reason");
		}
		jdbc.sql("update appointment set end_date = :d, end_reason = :r, version = version + 1 where id = :id")
			.param("d", endDate).param("r", reason.strip()).param("id", appointmentId).update();
	}

	/** The roster: members of an organization, serving ones first. */
	@Transactional(readOnly = true)
	public List<MemberView> members(Caller caller, long orgId, boolean includeEnded) {
		organizations.get(caller, orgId);
		LocalDate today = LocalDate.now(clock.withZone(zone));
		return jdbc.sql("""
				select a.id, a.resident_id, r.name, r.gender, r.birth_date, a.post_code, a.duties, a.remuneration,
				  a.start_date, a.end_date, a.failed_checks, a.override_reason, r.phone_cipher
				from appointment a join resident r on r.id = a.resident_id
				where a.org_id = :o and (:all = true or a.end_date is null)
				order by case when a.end_date is null then 0 else 1 end, a.post_code, r.name""")
			.param("o", orgId).param("all", includeEnded)
			.query((rs, n) -> new MemberView(rs.getLong(1), rs.getLong(2), rs.getString(3), Gender.valueOf(rs.getString(4)),
					Period.between(rs.getObject(5, LocalDate.class), today).getYears(), rs.getString(6), rs.getString(7),
					Remuneration.valueOf(rs.getString(8)), rs.getObject(9, LocalDate.class),
					rs.getObject(10, LocalDate.class), rs.getString(11), rs.getString(12),
					personalData.masked(PersonalData.Kind.PHONE, rs.getString(13))))
			.list();
	}

	private long doAppoint(Caller caller, long orgId, NewAppointment form, Locale locale, boolean override) {
		caller.require(OrganizationPermissions.MEMBER_APPOINT);
		OrganizationRef org = organizations.get(caller, orgId);
		if (org.status() == OrganizationStatus.DISSOLVED) {
			throw new DomainException("error.appointment.dissolved");
		}
		Post post = posts.find(org.countyId(), form.postCode())
			.orElseThrow(() -> new DomainException("error.post.unknown", form.postCode()));
		Candidate candidate = candidate(org, form.residentId(), form.startDate());
		boolean serving = jdbc.sql("select count(*) from appointment where org_id = :o and resident_id = :r and end_date is null")
			.param("o", orgId).param("r", form.residentId()).query(Long.class).single() > 0;
		if (serving) {
			throw new ConflictException("error.appointment.already-serving", candidate.name());
		}
		List<ThreeChecks.Failure> failed = candidate.failures(post);
		if (!failed.isEmpty() && !override) {
			Object[] args = new Object[5];
			args[0] = candidate.name();
			for (int i = 0; i < 4; i++) {
				args[i + 1] = i < failed.size() ? new DefaultMessageSourceResolvable("check." + failed.get(i).name()) : "";
			}
			throw new DomainException("error.appointment.checks-failed", args);
		}
		if (override && failed.isEmpty()) {
			throw new DomainException("error.appointment.nothing-to-override");
		}
		long id = ids.next();
		jdbc.sql("""
				insert into appointment (id, county_id, org_id, resident_id, scope_path, post_code, duties, remuneration,
				  start_date, failed_checks, override_reason, overridden_by, created_at, version)
				values (:id, :c, :o, :r, :path, :post, :duties, :pay, :start, :failed, :reason, :by, :now, 0)""")
			.param("id", id).param("c", org.countyId()).param("o", orgId).param("r", form.residentId())
			.param("path", org.scopePath()).param("post", post.code()).param("duties", post.duties(locale))
			.param("pay", form.remuneration().name()).param("start", form.startDate())
			.param("failed", failed.isEmpty() ? null : failed.stream().map(Enum::name).collect(Collectors.joining(",")))
			.param("reason", override ? form.overrideReason().strip() : null).param("by", override ? caller.username() : null)
			.param("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)).update();
		return id;
	}

	/** A resident being considered for a post, with what the checks look at. */
	private record Candidate(String name, int age, Education education, Health health, boolean criminalRecord) {

		List<ThreeChecks.Failure> failures(Post post) {
			return post.checks().failures(age, education, health, criminalRecord);
		}
	}

	/** A resident as the checks see them on the day the appointment starts (their age on that day). */
	private Candidate candidate(OrganizationRef org, long residentId, LocalDate onDay) {
		List<Long> villages = new java.util.ArrayList<>(organizations.jointVillages(org.id()));
		villages.add(org.villageId());
		return jdbc.sql("select name, birth_date, education, health, criminal_record, village_id from resident where id = :id"
				+ " and county_id = :c")
			.param("id", residentId).param("c", org.countyId())
			.query((rs, n) -> {
				if (!villages.contains(rs.getLong("village_id"))) {
					throw new DomainException("error.appointment.resident-elsewhere");
				}
				return new Candidate(rs.getString("name"),
						Period.between(rs.getObject("birth_date", LocalDate.class), onDay).getYears(),
						Education.valueOf(rs.getString("education")), Health.valueOf(rs.getString("health")),
						rs.getBoolean("criminal_record"));
			})
			.optional().orElseThrow(() -> new DomainException("error.appointment.resident-unknown"));
	}
}
