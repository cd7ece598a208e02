package org.qunfang.organization.imports;

import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.qunfang.identity.Audited;
import org.qunfang.identity.Caller;
import org.qunfang.identity.ScopeFilter;
import org.qunfang.organization.AdminUnit;
import org.qunfang.organization.OrganizationPermissions;
import org.qunfang.organization.imports.RegisterColumns.Column;
import org.qunfang.organization.registry.VillageScope;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.IdGenerator;
import org.qunfang.platform.NotFoundException;
import org.qunfang.platform.tabular.TabularReader;
import org.qunfang.platform.tabular.TabularRow;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving a village's paper household register in: a CSV or Excel file is read row by row into a staging
 * table and checked (each row, then the rows together and against the register) before anything is
 * written; the person sees every bad row with its reasons; a clean file is then applied whole, in one
 * transaction. Rows already in the register unchanged are left alone, so importing the same file again
 * changes nothing. Memory stays bounded by the batch, whatever the size of the file.
 */
@Service
public class RegisterImports {

	static final int BATCH = 500;

	private final JdbcClient jdbc;
	private final NamedParameterJdbcTemplate named;
	private final VillageScope villages;
	private final RegisterColumns columns;
	private final RowChecker checker;
	private final ImportApplier applier;
	private final IdGenerator ids;
	private final Clock clock;
	private final ZoneId zone;

	RegisterImports(JdbcClient jdbc, NamedParameterJdbcTemplate named, VillageScope villages, RegisterColumns columns, RowChecker checker,
			ImportApplier applier, IdGenerator ids, Clock clock, ZoneId displayZone) {
		this.jdbc = jdbc;
		this.named = named;
		this.villages = villages;
		this.columns = columns;
		this.checker = checker;
		this.applier = applier;
		this.ids = ids;
		this.clock = clock;
		this.zone = displayZone;
	}

	/** Reads and checks a file; writes nothing to the register. */
	@Transactional
	@Audited(value = "organization.register.check", target = "register-import", targetId = "#result.id()")
	public ImportSummary check(Caller caller, long villageId, String fileName, InputStream content) {
		caller.require(OrganizationPermissions.REGISTRY_IMPORT);
		AdminUnit village = villages.village(caller, villageId);
		long importId = ids.next();
		MessageDigest sha = sha256();
		jdbc.sql("""
				insert into register_import (id, county_id, village_id, scope_path, file_name, sha256, status, total_rows,
				  error_rows, created_by, created_at)
				values (:id, :c, :v, :path, :name, '', 'CHECKING', 0, 0, :by, :now)""")
			.param("id", importId).param("c", village.countyId()).param("v", village.id())
			.param("path", village.scopePath()).param("name", fileName == null ? "" : clip(fileName, 200))
			.param("by", caller.username()).param("now", now()).update();
		int total = 0;
		LocalDate today = LocalDate.now(clock.withZone(zone));
		try (TabularReader reader = TabularReader.open(new DigestInputStream(content, sha), fileName == null ? "" : fileName)) {
			Map<Integer, Column> header = header(reader);
			List<StagedRow> batch = new ArrayList<>(BATCH);
			Optional<TabularRow> row;
			while ((row = reader.next()).isPresent()) {
				if (row.get().blank()) {
					continue;
				}
				batch.add(checker.check(row.get(), header, today));
				total++;
				if (batch.size() == BATCH) {
					stage(importId, batch);
					batch.clear();
				}
			}
			stage(importId, batch);
		}
		catch (java.io.UncheckedIOException unreadable) {
			throw new DomainException("error.import.unreadable");
		}
		if (total == 0) {
			throw new DomainException("error.import.empty");
		}
		new ImportCrossChecks(jdbc, importId, village).run();
		long errors = jdbc.sql("select count(*) from register_import_row where import_id = :i and outcome = 'ERROR'")
			.param("i", importId).query(Long.class).single();
		jdbc.sql("update register_import set status = 'CHECKED', total_rows = :t, error_rows = :e, sha256 = :sha where id = :id")
			.param("t", total).param("e", errors).param("sha", HexFormat.of().formatHex(sha.digest()))
			.param("id", importId).update();
		return summary(caller, importId);
	}

	/** Writes a checked, error-free import into the register, whole or not at all. */
	@Transactional
	@Audited(value = "organization.register.import", target = "register-import", targetId = "#importId")
	public ImportSummary apply(Caller caller, long importId) {
		caller.require(OrganizationPermissions.REGISTRY_IMPORT);
		ImportSummary summary = summary(caller, importId);
		if (!summary.status().equals("CHECKED")) {
			throw new DomainException("error.import.not-checked");
		}
		if (summary.errorRows() > 0) {
			throw new DomainException("error.import.has-errors", summary.errorRows());
		}
		int locked = jdbc.sql("update register_import set status = 'APPLYING' where id = :id and status = 'CHECKED'")
			.param("id", importId).update();
		if (locked == 0) {
			throw new DomainException("error.import.not-checked");
		}
		try {
			applier.apply(importId, villages.village(caller, summary.villageId()));
		}
		catch (org.springframework.dao.DuplicateKeyException changedMeanwhile) {
			throw new DomainException("error.import.stale");
		}
		jdbc.sql("update register_import set status = 'APPLIED', applied_at = :now, new_rows = :n, unchanged_rows = :u,"
				+ " changed_rows = :c where id = :id")
			.param("now", now()).param("n", summary.newRows()).param("u", summary.unchangedRows())
			.param("c", summary.changedRows()).param("id", importId).update();
		jdbc.sql("delete from register_import_row where import_id = :id").param("id", importId).update();
		return summary(caller, importId);
	}

	@Transactional(readOnly = true)
	public ImportSummary summary(Caller caller, long importId) {
		caller.require(OrganizationPermissions.REGISTRY_IMPORT);
		ScopeFilter scope = caller.jurisdiction().where("i");
		return scope.bind(jdbc.sql("""
				select i.id, i.village_id, i.file_name, i.status, i.total_rows, i.created_at, i.applied_at,
				  coalesce(i.new_rows, (select count(*) from register_import_row r where r.import_id = i.id and r.outcome = 'NEW')),
				  coalesce(i.unchanged_rows,
				    (select count(*) from register_import_row r where r.import_id = i.id and r.outcome = 'UNCHANGED')),
				  coalesce(i.changed_rows,
				    (select count(*) from register_import_row r where r.import_id = i.id and r.outcome = 'CHANGED')),
				  (select count(*) from register_import_row r where r.import_id = i.id and r.outcome = 'ERROR')
				from register_import i where i.id = :id and\s""" + scope.sql()))
			.param("id", importId)
			.query((rs, n) -> new ImportSummary(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
					rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11),
					rs.getObject(6, OffsetDateTime.class).toInstant(),
					rs.getObject(7, OffsetDateTime.class) == null ? null : rs.getObject(7, OffsetDateTime.class).toInstant()))
			.optional().orElseThrow(NotFoundException::new);
	}

	/** The rows of an import, those with errors first, a page at a time. */
	@Transactional(readOnly = true)
	public List<ImportRowView> rows(Caller caller, long importId, boolean errorsOnly, int limit) {
		summary(caller, importId);
		return jdbc.sql("""
				select row_no, household_no, name, outcome, errors from register_import_row
				where import_id = :i and (:all = true or outcome = 'ERROR')
				order by case when outcome = 'ERROR' then 0 else 1 end, row_no limit :limit""")
			.param("i", importId).param("all", !errorsOnly).param("limit", Math.min(Math.max(limit, 1), 5000))
			.query((rs, n) -> new ImportRowView(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5) == null ? List.of() : Arrays.asList(rs.getString(5).split(";"))))
			.list();
	}

	private Map<Integer, Column> header(TabularReader reader) {
		Optional<TabularRow> first;
		do {
			first = reader.next();
		}
		while (first.isPresent() && first.get().blank());
		if (first.isEmpty()) {
			throw new DomainException("error.import.empty");
		}
		Map<Integer, Column> header = columns.readHeader(first.get().cells());
		List<Column> missing = columns.missingRequired(header);
		if (!missing.isEmpty()) {
			throw new DomainException("error.import.columns-missing",
					String.join(", ", missing.stream().map(Column::name).toList()));
		}
		return header;
	}

	private void stage(long importId, List<StagedRow> rows) {
		if (rows.isEmpty()) {
			return;
		}
		MapSqlParameterSource[] batch = rows.stream().map(r -> new MapSqlParameterSource()
			.addValue("i", importId).addValue("row", r.rowNo).addValue("gc", r.groupCode).addValue("gn", r.groupName)
			.addValue("hn", r.householdNo).addValue("address", r.address).addValue("category", r.category)
			.addValue("name", r.name).addValue("idc", r.idCipher).addValue("idi", r.idIndex).addValue("gender", r.gender)
			.addValue("birth", r.birthDate).addValue("pc", r.phoneCipher).addValue("pi", r.phoneIndex)
			.addValue("relation", r.relation).addValue("education", r.education).addValue("health", r.health)
			.addValue("criminal", r.criminalRecord).addValue("outcome", r.errors.isEmpty() ? null : "ERROR")
			.addValue("errors", r.errorText())).toArray(MapSqlParameterSource[]::new);
		named.batchUpdate("""
				insert into register_import_row (import_id, row_no, group_code, group_name, household_no, address,
				  category, name, id_cipher, id_index, gender, birth_date, phone_cipher, phone_index, relation,
				  education, health, criminal_record, outcome, errors)
				values (:i, :row, :gc, :gn, :hn, :address, :category, :name, :idc, :idi, :gender, :birth, :pc, :pi,
				  :relation, :education, :health, :criminal, :outcome, :errors)""", batch);
	}

	/** Checked imports nobody applied are forgotten after a week, with the personal data in their rows. */
	@org.springframework.scheduling.annotation.Scheduled(cron = "0 15 4 * * *", zone = "${qunfang.zone:Asia/Shanghai}")
	@Transactional
	public void forgetStaleImports() {
		OffsetDateTime cutoff = now().minusDays(7);
		jdbc.sql("delete from register_import_row where import_id in (select id from register_import where status <> 'APPLIED'"
				+ " and created_at < :cutoff)").param("cutoff", cutoff).update();
		jdbc.sql("update register_import set status = 'EXPIRED' where status <> 'APPLIED' and created_at < :cutoff")
			.param("cutoff", cutoff).update();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

	private static String clip(String text, int max) {
		return text.length() <= max ? text : text.substring(text.length() - max);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}
}
