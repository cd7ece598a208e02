package org.qunfang.organization.imports;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.qunfang.organization.AdminUnit;
import org.qunfang.platform.IdGenerator;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes a checked import into the register inside the caller's transaction: missing village groups,
 * then households (new ones created, changed ones updated), then residents (new ones inserted, changed
 * ones updated). Rows are read from the staging table a batch at a time by row number, so memory does
 * not grow with the file.
 */
@Component
class ImportApplier {

	private final JdbcClient jdbc;
	private final NamedParameterJdbcTemplate named;
	private final IdGenerator ids;
	private final Clock clock;

	ImportApplier(JdbcClient jdbc, NamedParameterJdbcTemplate named, IdGenerator ids, Clock clock) {
		this.jdbc = jdbc;
		this.named = named;
		this.ids = ids;
		this.clock = clock;
	}

	void apply(long importId, AdminUnit village) {
		OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
		Map<String, Long> groups = groups(importId, village);
		int last = 0;
		while (true) {
			List<Map<String, Object>> rows = jdbc.sql("""
					select * from register_import_row where import_id = :i and row_no > :last and outcome in ('NEW', 'CHANGED')
					order by row_no limit :batch""")
				.param("i", importId).param("last", last).param("batch", RegisterImports.BATCH).query().listOfRows();
			if (rows.isEmpty()) {
				return;
			}
			List<MapSqlParameterSource> inserts = new ArrayList<>();
			List<MapSqlParameterSource> updates = new ArrayList<>();
			Map<String, Long> households = new HashMap<>();
			for (Map<String, Object> row : rows) {
				long household = households.computeIfAbsent((String) row.get("household_no"),
						number -> household(row, village, groups, now));
				MapSqlParameterSource values = new MapSqlParameterSource(row).addValue("household", household)
					.addValue("c", village.countyId()).addValue("v", village.id()).addValue("path", village.scopePath())
					.addValue("now", now);
				if ("NEW".equals(row.get("outcome"))) {
					inserts.add(values.addValue("id", ids.next()));
				}
				else {
					updates.add(values);
				}
				last = ((Number) row.get("row_no")).intValue();
			}
			named.batchUpdate("""
					insert into resident (id, county_id, household_id, village_id, scope_path, name, gender, birth_date,
					  id_cipher, id_index, phone_cipher, phone_index, relation, education, health, criminal_record,
					  created_at, version)
					values (:id, :c, :household, :v, :path, :name, :gender, :birth_date, :id_cipher, :id_index,
					  :phone_cipher, :phone_index, :relation, :education, :health, :criminal_record, :now, 0)""",
					inserts.toArray(MapSqlParameterSource[]::new));
			named.batchUpdate("""
					update resident set household_id = :household, name = :name, phone_cipher = :phone_cipher,
					  phone_index = :phone_index, relation = :relation, education = :education, health = :health,
					  criminal_record = :criminal_record, version = version + 1
					where county_id = :c and id_index = :id_index""", updates.toArray(MapSqlParameterSource[]::new));
		}
	}

	private Map<String, Long> groups(long importId, AdminUnit village) {
		Map<String, Long> groups = new HashMap<>();
		jdbc.sql("select code, id from village_group where village_id = :v").param("v", village.id())
			.query(rs -> {
				groups.put(rs.getString(1), rs.getLong(2));
			});
		jdbc.sql("""
				select group_code, min(group_name) as group_name from register_import_row
				where import_id = :i and group_code is not null group by group_code""")
			.param("i", importId).query().listOfRows().forEach(row -> {
				String code = (String) row.get("group_code");
				if (!groups.containsKey(code)) {
					long id = ids.next();
					Object name = row.get("group_name");
					jdbc.sql("""
							insert into village_group (id, county_id, village_id, code, name, scope_path)
							values (:id, :c, :v, :code, :name, :path)""")
						.param("id", id).param("c", village.countyId()).param("v", village.id()).param("code", code)
						.param("name", name == null ? code : name).param("path", village.scopePath()).update();
					groups.put(code, id);
				}
			});
		return groups;
	}

	/** The household of a row, created or brought up to date with the file. */
	private long household(Map<String, Object> row, AdminUnit village, Map<String, Long> groups, OffsetDateTime now) {
		String number = (String) row.get("household_no");
		Long group = row.get("group_code") == null ? null : groups.get((String) row.get("group_code"));
		var existing = jdbc.sql("select id, group_id, address, category from household where village_id = :v and household_no = :n")
			.param("v", village.id()).param("n", number).query().listOfRows().stream().findFirst();
		if (existing.isEmpty()) {
			long id = ids.next();
			jdbc.sql("""
					insert into household (id, county_id, village_id, group_id, scope_path, household_no, address, category,
					  created_at, version)
					values (:id, :c, :v, :g, :path, :n, :address, :category, :now, 0)""")
				.param("id", id).param("c", village.countyId()).param("v", village.id()).param("g", group)
				.param("path", village.scopePath()).param("n", number).param("address", row.get("address"))
				.param("category", row.get("category")).param("now", now).update();
			return id;
		}
		Map<String, Object> h = existing.get();
		long id = ((Number) h.get("id")).longValue();
		Number currentGroup = (Number) h.get("group_id");
		boolean same = java.util.Objects.equals(currentGroup == null ? null : currentGroup.longValue(), group)
				&& java.util.Objects.equals(h.get("address"), row.get("address"))
				&& java.util.Objects.equals(h.get("category"), row.get("category"));
		if (!same) {
			jdbc.sql("update household set group_id = :g, address = :address, category = :category, version = version + 1"
					+ " where id = :id")
				.param("g", group).param("address", row.get("address")).param("category", row.get("category"))
				.param("id", id).update();
		}
		return id;
	}
}
