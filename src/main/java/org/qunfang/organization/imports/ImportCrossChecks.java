package org.qunfang.organization.imports;

import org.qunfang.organization.AdminUnit;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The checks that look at rows together and at the register, done in the database over the staged rows
 * (so no file is ever held in memory): the same ID number twice in the file, a household without exactly
 * one head, one household described two ways, a person registered in another household or village, a
 * new head for a household whose registered head the file does not mention; then
 * each remaining row is marked new, unchanged or changed.
 */
final class ImportCrossChecks {

	private final JdbcClient jdbc;
	private final long importId;
	private final AdminUnit village;

	ImportCrossChecks(JdbcClient jdbc, long importId, AdminUnit village) {
		this.jdbc = jdbc;
		this.importId = importId;
		this.village = village;
	}

	void run() {
		flagEach("error.import.duplicate-in-file", "id_index", """
				select id_index from register_import_row where import_id = :i and id_index is not null
				group by id_index having count(*) > 1""");
		flagEach("error.import.one-head", "household_no", """
				select household_no from register_import_row where import_id = :i and household_no is not null
				group by household_no having sum(case when relation = 'HEAD' then 1 else 0 end) <> 1""");
		flagEach("error.import.household-differs", "household_no", """
				select household_no from register_import_row where import_id = :i and household_no is not null
				group by household_no
				having count(distinct coalesce(group_code, '') || '|' || coalesce(address, '') || '|' || coalesce(category, '')) > 1""");
		flag("error.import.registered-elsewhere", """
				exists (select 1 from resident r join household h on h.id = r.household_id where r.county_id = :c
				        and r.id_index = s.id_index and (h.village_id <> :v or h.household_no <> s.household_no))""");
		flag("error.import.second-head", """
				s.relation = 'HEAD' and exists (select 1 from household h join resident r on r.household_id = h.id
				        where h.village_id = :v and h.household_no = s.household_no and r.relation = 'HEAD'
				        and r.id_index <> s.id_index
				        and not exists (select 1 from register_import_row f where f.import_id = :i
				                        and f.household_no = s.household_no and f.id_index = r.id_index))""");
		mark("NEW", "not exists (select 1 from resident r where r.county_id = :c and r.id_index = s.id_index)");
		mark("UNCHANGED", """
				exists (select 1 from resident r join household h on h.id = r.household_id
				        left join village_group g on g.id = h.group_id
				        where r.county_id = :c and r.id_index = s.id_index and h.village_id = :v
				        and h.household_no = s.household_no and r.name = s.name and r.relation = s.relation
				        and r.education = s.education and r.health = s.health and r.criminal_record = s.criminal_record
				        and coalesce(r.phone_index, '') = coalesce(s.phone_index, '')
				        and coalesce(g.code, '') = coalesce(s.group_code, '') and coalesce(h.address, '') = coalesce(s.address, '')
				        and h.category = s.category)""");
		mark("CHANGED", "1 = 1");
	}

	/**
	 * Flags the rows whose column holds one of the values a grouping query finds. The values are read
	 * first and the rows updated by value through the index, since a grouping subquery inside the update
	 * would be evaluated again for every row on some databases.
	 */
	private void flagEach(String key, String column, String valuesQuery) {
		java.util.List<String> values = jdbc.sql(valuesQuery).param("i", importId).query(String.class).list();
		for (String value : values) {
			jdbc.sql("update register_import_row s set outcome = 'ERROR', errors = case when s.errors is null then :k"
					+ " else s.errors || ';' || :k end where s.import_id = :i and s." + column + " = :value")
				.param("k", key).param("i", importId).param("value", value).update();
		}
	}

	private void flag(String key, String condition) {
		jdbc.sql("update register_import_row s set outcome = 'ERROR', errors = case when s.errors is null then :k"
				+ " else s.errors || ';' || :k end where s.import_id = :i and " + condition)
			.param("k", key).param("i", importId).param("c", village.countyId()).param("v", village.id()).update();
	}

	private void mark(String outcome, String condition) {
		jdbc.sql("update register_import_row s set outcome = :o where s.import_id = :i and s.outcome is null and " + condition)
			.param("o", outcome).param("i", importId).param("c", village.countyId()).param("v", village.id()).update();
	}
}
