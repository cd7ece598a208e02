package org.qunfang.organization.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.qunfang.identity.Caller;
import org.qunfang.identity.PersonalData;
import org.qunfang.identity.ScopeFilter;
import org.qunfang.organization.AdminUnit;
import org.qunfang.organization.Education;
import org.qunfang.organization.Gender;
import org.qunfang.organization.Health;
import org.qunfang.organization.HouseholdCategory;
import org.qunfang.organization.OrganizationPermissions;
import org.qunfang.organization.Relation;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.NotFoundException;
import org.qunfang.platform.crypto.PersonalDataCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the household register within the caller's jurisdiction: a village's households page by
 * page, a household with its residents, and residents found by name, household number or ID number
 * (exact, through the blind index).
 */
@Service
public class RegisterQueries {

	/** A village group. */
	public record Group(long id, String code, String name, long households) {
	}

	/** A household with its residents. */
	public record HouseholdDetail(HouseholdRow household, Long groupId, List<ResidentView> residents) {
	}

	private static final String RESIDENT_COLUMNS = """
			r.id, r.household_id, h.household_no, r.village_id, r.name, r.gender, r.birth_date, r.id_cipher,
			r.phone_cipher, r.relation, r.education, r.health, r.criminal_record, r.note""";

	private final JdbcClient jdbc;
	private final VillageScope villages;
	private final PersonalData personalData;
	private final PersonalDataCipher cipher;
	private final Clock clock;
	private final ZoneId zone;

	RegisterQueries(JdbcClient jdbc, VillageScope villages, PersonalData personalData, PersonalDataCipher cipher,
			Clock clock, ZoneId displayZone) {
		this.jdbc = jdbc;
		this.villages = villages;
		this.personalData = personalData;
		this.cipher = cipher;
		this.clock = clock;
		this.zone = displayZone;
	}

	@Transactional(readOnly = true)
	public List<Group> groups(Caller caller, long villageId) {
		caller.require(OrganizationPermissions.REGISTRY_VIEW);
		AdminUnit village = villages.village(caller, villageId);
		return jdbc.sql("""
				select g.id, g.code, g.name, (select count(*) from household h where h.group_id = g.id) as households
				from village_group g where g.village_id = :v and g.county_id = :c order by g.code""")
			.param("v", village.id()).param("c", village.countyId())
			.query((rs, n) -> new Group(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4))).list();
	}

	/** A page of a village's households, optionally of one group or matching a household number or name. */
	@Transactional(readOnly = true)
	public Page<HouseholdRow> households(Caller caller, long villageId, Long groupId, String query, int page, int size) {
		caller.require(OrganizationPermissions.REGISTRY_VIEW);
		AdminUnit village = villages.village(caller, villageId);
		int pageSize = Math.min(Math.max(size, 1), 500);
		int pageNo = Math.max(page, 0);
		String like = query == null || query.isBlank() ? null : "%" + query.strip() + "%";
		String where = " from household h left join village_group g on g.id = h.group_id where h.village_id = :v"
				+ " and h.county_id = :c and (cast(:g as bigint) is null or h.group_id = :g)"
				+ " and (cast(:q as varchar) is null or h.household_no like :q or exists (select 1 from resident x"
				+ " where x.household_id = h.id and x.name like :q))";
		long total = jdbc.sql("select count(*)" + where).param("v", village.id()).param("c", village.countyId())
			.param("g", groupId).param("q", like).query(Long.class).single();
		List<HouseholdRow> rows = jdbc.sql("select h.id, h.village_id, h.household_no, g.name,"
				+ " (select min(r.name) from resident r where r.household_id = h.id and r.relation = 'HEAD'),"
				+ " h.address, h.category, (select count(*) from resident r where r.household_id = h.id)" + where
				+ " order by h.household_no limit :limit offset :offset")
			.param("v", village.id()).param("c", village.countyId()).param("g", groupId).param("q", like)
			.param("limit", pageSize).param("offset", (long) pageNo * pageSize)
			.query(RegisterQueries::householdRow).list();
		return new Page<>(rows, pageNo, pageSize, total);
	}

	/** Every matching household of a village, read page by page (for exports). */
	@Transactional(readOnly = true)
	public List<HouseholdRow> allHouseholds(Caller caller, long villageId, Long groupId, String query) {
		List<HouseholdRow> all = new java.util.ArrayList<>();
		Page<HouseholdRow> page;
		int number = 0;
		do {
			page = households(caller, villageId, groupId, query, number++, 500);
			all.addAll(page.rows());
		}
		while (page.hasNext());
		return all;
	}

	@Transactional(readOnly = true)
	public HouseholdDetail household(Caller caller, long householdId) {
		caller.require(OrganizationPermissions.REGISTRY_VIEW);
		ScopeFilter scope = caller.jurisdiction().where("h");
		Map<String, Object> found = scope.bind(jdbc.sql("select h.id, h.group_id from household h where h.id = :id and "
				+ scope.sql())).param("id", householdId).query().listOfRows().stream().findFirst()
			.orElseThrow(NotFoundException::new);
		HouseholdRow row = jdbc.sql("select h.id, h.village_id, h.household_no, g.name,"
				+ " (select min(r.name) from resident r where r.household_id = h.id and r.relation = 'HEAD'),"
				+ " h.address, h.category, (select count(*) from resident r where r.household_id = h.id)"
				+ " from household h left join village_group g on g.id = h.group_id where h.id = :id")
			.param("id", householdId).query(RegisterQueries::householdRow).single();
		List<ResidentView> residents = jdbc.sql("select " + RESIDENT_COLUMNS
				+ " from resident r join household h on h.id = r.household_id where r.household_id = :h"
				+ " order by case when r.relation = 'HEAD' then 0 else 1 end, r.birth_date")
			.param("h", householdId).query(this::resident).list();
		Number group = (Number) found.get("group_id");
		return new HouseholdDetail(row, group == null ? null : group.longValue(), residents);
	}

	/**
	 * Residents matching a query: an 18-character ID number is looked up exactly through its blind index;
	 * anything else matches names and household numbers.
	 */
	@Transactional(readOnly = true)
	public List<ResidentView> search(Caller caller, String query, int limit) {
		caller.require(OrganizationPermissions.REGISTRY_VIEW);
		if (query == null || query.isBlank()) {
			return List.of();
		}
		ScopeFilter scope = caller.jurisdiction().where("r");
		String normalized = PersonalDataCipher.normalize(query);
		if (normalized.length() == 18 && normalized.substring(0, 17).chars().allMatch(Character::isDigit)) {
			return scope.bind(jdbc.sql("select " + RESIDENT_COLUMNS + " from resident r join household h on h.id ="
					+ " r.household_id where r.id_index = :idx and " + scope.sql()))
				.param("idx", cipher.blindIndex(normalized)).query(this::resident).list();
		}
		String like = "%" + query.strip() + "%";
		return scope.bind(jdbc.sql("select " + RESIDENT_COLUMNS + " from resident r join household h on h.id ="
				+ " r.household_id where (r.name like :q or h.household_no like :q) and " + scope.sql()
				+ " order by r.name limit :limit"))
			.param("q", like).param("limit", Math.min(Math.max(limit, 1), 500)).query(this::resident).list();
	}

	@Transactional(readOnly = true)
	public ResidentView resident(Caller caller, long residentId) {
		caller.require(OrganizationPermissions.REGISTRY_VIEW);
		ScopeFilter scope = caller.jurisdiction().where("r");
		return scope.bind(jdbc.sql("select " + RESIDENT_COLUMNS + " from resident r join household h on h.id ="
				+ " r.household_id where r.id = :id and " + scope.sql()))
			.param("id", residentId).query(this::resident).optional().orElseThrow(NotFoundException::new);
	}

	/** A resident's full ID number, for a caller whose role may see it; the view is logged. */
	@Transactional
	public String revealIdNumber(Caller caller, long residentId) {
		resident(caller, residentId);
		String stored = jdbc.sql("select id_cipher from resident where id = :id").param("id", residentId)
			.query(String.class).single();
		return personalData.reveal(caller, PersonalData.Kind.ID_NUMBER, "resident", Long.toString(residentId), stored);
	}

	/** A resident's full phone number, for a caller whose role may see it; the view is logged. */
	@Transactional
	public String revealPhone(Caller caller, long residentId) {
		resident(caller, residentId);
		String stored = jdbc.sql("select phone_cipher from resident where id = :id").param("id", residentId)
			.query(String.class).single();
		if (stored == null) {
			throw new DomainException("error.resident.no-phone");
		}
		return personalData.reveal(caller, PersonalData.Kind.PHONE, "resident", Long.toString(residentId), stored);
	}

	/** The residents of a village for choosing one (by name), e.g. when appointing. */
	@Transactional(readOnly = true)
	public List<ResidentView> residentsOf(Caller caller, long villageId, String query, int limit) {
		caller.require(OrganizationPermissions.REGISTRY_VIEW);
		AdminUnit village = villages.village(caller, villageId);
		String like = query == null || query.isBlank() ? "%" : "%" + query.strip() + "%";
		return jdbc.sql("select " + RESIDENT_COLUMNS + " from resident r join household h on h.id = r.household_id"
				+ " where r.village_id = :v and r.county_id = :c and (r.name like :q or h.household_no like :q)"
				+ " order by r.name limit :limit")
			.param("v", village.id()).param("c", village.countyId()).param("q", like)
			.param("limit", Math.min(Math.max(limit, 1), 1000)).query(this::resident).list();
	}

	private static HouseholdRow householdRow(ResultSet rs, int n) throws SQLException {
		return new HouseholdRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), HouseholdCategory.valueOf(rs.getString(7)), rs.getInt(8));
	}

	private ResidentView resident(ResultSet rs, int n) throws SQLException {
		LocalDate birth = rs.getObject("birth_date", LocalDate.class);
		return new ResidentView(rs.getLong("id"), rs.getLong("household_id"), rs.getString("household_no"),
				rs.getLong("village_id"), rs.getString("name"), Gender.valueOf(rs.getString("gender")), birth,
				Period.between(birth, LocalDate.now(clock.withZone(zone))).getYears(),
				personalData.masked(PersonalData.Kind.ID_NUMBER, rs.getString("id_cipher")),
				personalData.masked(PersonalData.Kind.PHONE, rs.getString("phone_cipher")),
				Relation.valueOf(rs.getString("relation")), Education.valueOf(rs.getString("education")),
				Health.valueOf(rs.getString("health")), rs.getBoolean("criminal_record"), rs.getString("note"));
	}
}
