package org.qunfang.organization.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qunfang.organization.HouseholdCategory;
import org.qunfang.organization.Relation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 花名册 — every household of a village with its category, village group and members (name, birth date,
 * relation), as billing needs them: fees and levies are charged per household and per person. Read
 * without a caller, for a use case that has already checked its own permission and that the village lies
 * in the caller's jurisdiction; no ID or phone number is read.
 */
@Service
public class HouseholdRoll {

	/** A member of a household. */
	public record Member(long residentId, String name, LocalDate birthDate, Relation relation) {
	}

	/** A household with its members, the head first. */
	public record Household(long id, String householdNo, Long groupId, String groupName, String headName,
			HouseholdCategory category, List<Member> members) {
	}

	private final JdbcClient jdbc;

	HouseholdRoll(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The households of the village by household number. */
	@Transactional(readOnly = true)
	public List<Household> of(long countyId, long villageId) {
		Map<Long, List<Member>> members = new LinkedHashMap<>();
		jdbc.sql("""
				select r.household_id, r.id, r.name, r.birth_date, r.relation from resident r
				where r.county_id = :c and r.village_id = :v
				order by r.household_id, case when r.relation = 'HEAD' then 0 else 1 end, r.birth_date, r.id""")
			.param("c", countyId).param("v", villageId)
			.query((rs, n) -> members.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new Member(rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class),
						Relation.valueOf(rs.getString(5)))))
			.list();
		return jdbc.sql("""
				select h.id, h.household_no, h.group_id, g.name, h.category from household h
				left join village_group g on g.id = h.group_id
				where h.county_id = :c and h.village_id = :v order by h.household_no""")
			.param("c", countyId).param("v", villageId)
			.query((rs, n) -> {
				List<Member> of = List.copyOf(members.getOrDefault(rs.getLong(1), List.of()));
				String head = of.stream().filter(m -> m.relation() == Relation.HEAD).map(Member::name).findFirst()
					.orElse(null);
				return new Household(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3, Long.class), rs.getString(4),
						head, HouseholdCategory.valueOf(rs.getString(5)), of);
			})
			.list();
	}
}
