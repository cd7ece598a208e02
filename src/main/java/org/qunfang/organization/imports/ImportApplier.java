package org.qunfang.organization.imports;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.qunfang.organization.AdminUnit;
import org.qunfang.platform.IdGenerator;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes a checked import into the register inside the caller's transaction: missing village groups,
 * then, window by window of row numbers (so memory does not grow with the file, and each read is a
 * short range of the staging table's key), the
 * batch's households (new ones created, changed ones updated) and residents (new ones inserted, changed
 * ones updated), each as one batched statement.
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
		int lastRow = jdbc.sql("select coalesce(max(row_no), 0) from register_import_row where import_id = :i")
			.param("i", importId).query(Integer.class).single();
		for (int from = 0; from < lastRow; from += RegisterImports.BATCH) {
			List<Map<String, Object>> rows = jdbc.sql("""
					select * from register_import_row where import_id = :i and row_no > :from and row_no <= :to
					and outcome in ('NEW', 'CHANGED') order by row_no""")
				.param("i", importId).param("from", from).param("to", from + RegisterImports.BATCH).query().listOfRows();
			if (rows.isEmpty()) {
				continue;
			}
			Map<String, Long> households = households(rows, village, groups, now);
			List<MapSqlParameterSource> inserts = new ArrayList<>();
			List<MapSqlParameterSource> updates = new ArrayList<>();
			for (Map<String, Object> row : rows) {
				MapSqlParameterSource values = new MapSqlParameterSource(row)
					.addValue("household", households.get((String) row.get("household_no")))
					.addValue("c", village.countyId()).addValue("v", village.id()).addValue("path", village.scopePath())
					.addValue("now", now);
				if ("NEW".equals(row.get("outcome"))) {
					inserts.add(values.addValue("id", ids.next()));
				}
				else {
					updates.add(values);
				}
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

	/**
	 * The households of a batch of rows by number: existing ones read in one query and updated where the
	 * file says otherwise, missing ones created, each kind in one batched statement.
	 */
	private Map<String, Long> households(List<Map<String, Object>> rows, AdminUnit village, Map<String, Long> groups,
			OffsetDateTime now) {
		Map<String, Map<String, Object>> wanted = new LinkedHashMap<>();
		for (Map<String, Object> row : rows) {
			wanted.putIfAbsent((String) row.get("household_no"), row);
		}
		Map<String, Long> ids = new HashMap<>();
		List<MapSqlParameterSource> changed = new ArrayList<>();
		named.query("select id, household_no, group_id, address, category from household where village_id = :v"
				+ " and household_no in (:numbers)", new MapSqlParameterSource("v", village.id())
			.addValue("numbers", wanted.keySet()), rs -> {
				String number = rs.getString("household_no");
				Map<String, Object> row = wanted.get(number);
				Long group = group(row, groups);
				long currentGroup = rs.getLong("group_id");
				Long current = rs.wasNull() ? null : currentGroup;
				ids.put(number, rs.getLong("id"));
				if (!Objects.equals(current, group) || !Objects.equals(rs.getString("address"), row.get("address"))
						|| !Objects.equals(rs.getString("category"), row.get("category"))) {
					changed.add(new MapSqlParameterSource("id", rs.getLong("id")).addValue("g", group)
						.addValue("address", row.get("address")).addValue("category", row.get("category")));
				}
			});
		List<MapSqlParameterSource> created = new ArrayList<>();
		wanted.forEach((number, row) -> {
			if (!ids.containsKey(number)) {
				long id = this.ids.next();
				ids.put(number, id);
				created.add(new MapSqlParameterSource("id", id).addValue("c", village.countyId()).addValue("v", village.id())
					.addValue("g", group(row, groups)).addValue("path", village.scopePath()).addValue("n", number)
					.addValue("address", row.get("address")).addValue("category", row.get("category")).addValue("now", now));
			}
		});
		named.batchUpdate("""
				insert into household (id, county_id, village_id, group_id, scope_path, household_no, address, category,
				  created_at, version)
				values (:id, :c, :v, :g, :path, :n, :address, :category, :now, 0)""",
				created.toArray(MapSqlParameterSource[]::new));
		named.batchUpdate("update household set group_id = :g, address = :address, category = :category,"
				+ " version = version + 1 where id = :id", changed.toArray(MapSqlParameterSource[]::new));
		return ids;
	}

	private static Long group(Map<String, Object> row, Map<String, Long> groups) {
		return row.get("group_code") == null ? null : groups.get((String) row.get("group_code"));
	}
}
