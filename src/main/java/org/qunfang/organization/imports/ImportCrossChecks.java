package org.qunfang.organization.imports;

import org.qunfang.organization.AdminUnit;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The checks that look at rows together and at the register, done in the database over the staged rows
 * (so no file is ever held in memory): the same ID number twice in the file, a household without exactly
 * one head, one household described two ways, a person registered in another household or village; then
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
		flag("error.import.duplicate-in-file", """
				s.id_index in (select d.id_index from register_import_row d where d.import_id = :i and d.id_index is not null
				               group by d.id_index having count(*) > 1)""");
		flag("error.import.one-head", """
				s.household_no in (select h.household_no from register_import_row h where h.import_id = :i
				                   and h.household_no is not null
				                   group by h.household_no having sum(case when h.relation = 'HEAD' then 1 else 0 end) <> 1)""");
		flag("error.import.household-differs", """
				exists (select 1 from register_import_row o where o.import_id = :i and o.household_no = s.household_no
				        and o.row_no < s.row_no and (coalesce(o.group_code, '') <> coalesce(s.group_code, '')
				        or coalesce(o.address, '') <> coalesce(s.address, '') or coalesce(o.category, '') <> coalesce(s.category, '')))""");
		flag("error.import.registered-elsewhere", """
				exists (select 1 from resident r join household h on h.id = r.household_id where r.county_id = :c
				        and r.id_index = s.id_index and (h.village_id <> :v or h.household_no <> s.household_no))""");
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
