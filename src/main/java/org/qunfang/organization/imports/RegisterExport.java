package org.qunfang.organization.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.qunfang.identity.Audited;
import org.qunfang.identity.Caller;
import org.qunfang.identity.IdentityPermissions;
import org.qunfang.organization.AdminUnit;
import org.qunfang.organization.Education;
import org.qunfang.organization.Health;
import org.qunfang.organization.HouseholdCategory;
import org.qunfang.organization.OrganizationPermissions;
import org.qunfang.organization.Relation;
import org.qunfang.organization.imports.RegisterColumns.Column;
import org.qunfang.organization.registry.VillageScope;
import org.qunfang.platform.crypto.PersonalDataCipher;
import org.qunfang.platform.excel.ExcelColumn;
import org.qunfang.platform.excel.ExcelExporter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A village's household register as a file in the import layout: exported, it imports back unchanged.
 * It holds full ID and phone numbers, so exporting needs the unmask permission and is logged. Also the
 * empty template with an example row.
 */
@Service
public class RegisterExport {

	private static final int PAGE = 1000;

	private final JdbcClient jdbc;
	private final VillageScope villages;
	private final RegisterColumns columns;
	private final PersonalDataCipher cipher;
	private final ExcelExporter excel;

	RegisterExport(JdbcClient jdbc, VillageScope villages, RegisterColumns columns, PersonalDataCipher cipher,
			ExcelExporter excel) {
		this.jdbc = jdbc;
		this.villages = villages;
		this.columns = columns;
		this.cipher = cipher;
		this.excel = excel;
	}

	/** Checks that the caller may export the village's register and logs the export. */
	@org.springframework.transaction.annotation.Transactional
	@Audited(value = "organization.register.export", target = "village", targetId = "#villageId")
	public AdminUnit authorize(Caller caller, long villageId) {
		caller.require(OrganizationPermissions.REGISTRY_IMPORT);
		caller.require(IdentityPermissions.PERSONAL_DATA_UNMASK);
		return villages.village(caller, villageId);
	}

	public void writeXlsx(AdminUnit village, Locale locale, OutputStream out) throws IOException {
		List<ExcelColumn<List<String>>> excelColumns = new ArrayList<>();
		for (Column column : Column.values()) {
			int index = column.ordinal();
			excelColumns.add(ExcelColumn.of(column.messageKey(), row -> row.get(index)));
		}
		excel.write("import.sheet", excelColumns, rows(village, locale), locale, out);
	}

	public void writeCsv(AdminUnit village, Locale locale, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		writeCsvRow(writer, Stream.of(Column.values()).map(c -> columns.header(c, locale)).toList());
		try (Stream<List<String>> rows = rows(village, locale)) {
			for (List<String> row : (Iterable<List<String>>) rows::iterator) {
				writeCsvRow(writer, row);
			}
		}
		writer.flush();
	}

	/** The empty template: headers in the language asked for and one example household. */
	public void writeTemplate(Locale locale, boolean csv, OutputStream out) throws IOException {
		List<String> example = List.of("01", locale.getLanguage().equals("en") ? "Group 1" : "一组", "0001",
				locale.getLanguage().equals("en") ? "No. 1, East Street" : "东街1号",
				columns.label(HouseholdCategory.ORDINARY, "household.category.", locale),
				locale.getLanguage().equals("en") ? "Zhang Wei" : "张伟", "11010519491231002X",
				columns.label(Relation.HEAD, "relation.", locale), "13800000000",
				columns.label(Education.JUNIOR_HIGH, "education.", locale), columns.label(Health.GOOD, "health.", locale),
				columns.yesNo(false, locale));
		if (csv) {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write('\uFEFF');
			writeCsvRow(writer, Stream.of(Column.values()).map(c -> columns.header(c, locale)).toList());
			writeCsvRow(writer, example);
			writer.flush();
			return;
		}
		List<ExcelColumn<List<String>>> excelColumns = new ArrayList<>();
		for (Column column : Column.values()) {
			int index = column.ordinal();
			excelColumns.add(ExcelColumn.of(column.messageKey(), row -> row.get(index)));
		}
		excel.write("import.sheet", excelColumns, Stream.of(example), locale, out);
	}

	/** The register's rows in file layout, read a page at a time. */
	private Stream<List<String>> rows(AdminUnit village, Locale locale) {
		Iterator<List<String>> pages = new Iterator<>() {
			private final List<List<String>> buffer = new ArrayList<>();
			private String lastHousehold = "";
			private long lastId = 0;
			private boolean done;

			@Override
			public boolean hasNext() {
				if (buffer.isEmpty() && !done) {
					fill();
				}
				return !buffer.isEmpty();
			}

			@Override
			public List<String> next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				return buffer.removeFirst();
			}

			private void fill() {
				List<Map<String, Object>> page = jdbc.sql("""
						select h.household_no, h.address, h.category, g.code, g.name, r.id, r.name as resident, r.id_cipher,
						  r.relation, r.phone_cipher, r.education, r.health, r.criminal_record
						from resident r join household h on h.id = r.household_id left join village_group g on g.id = h.group_id
						where h.village_id = :v and h.county_id = :c
						  and (h.household_no > :hn or (h.household_no = :hn and r.id > :rid))
						order by h.household_no, r.id limit :page""")
					.param("v", village.id()).param("c", village.countyId()).param("hn", lastHousehold)
					.param("rid", lastId).param("page", PAGE).query().listOfRows();
				done = page.size() < PAGE;
				for (Map<String, Object> r : page) {
					lastHousehold = (String) r.get("household_no");
					lastId = ((Number) r.get("id")).longValue();
					buffer.add(line(r, locale));
				}
			}
		};
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, 0), false);
	}

	private List<String> line(Map<String, Object> r, Locale locale) {
		String phone = (String) r.get("phone_cipher");
		return List.of(text(r.get("code")), text(r.get("name")), text(r.get("household_no")), text(r.get("address")),
				columns.label(HouseholdCategory.valueOf((String) r.get("category")), "household.category.", locale),
				text(r.get("resident")), cipher.decrypt((String) r.get("id_cipher")),
				columns.label(Relation.valueOf((String) r.get("relation")), "relation.", locale),
				phone == null ? "" : cipher.decrypt(phone),
				columns.label(Education.valueOf((String) r.get("education")), "education.", locale),
				columns.label(Health.valueOf((String) r.get("health")), "health.", locale),
				columns.yesNo(Boolean.TRUE.equals(r.get("criminal_record")), locale));
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}

	private static void writeCsvRow(Writer writer, List<String> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				writer.write(',');
			}
			String cell = cells.get(i);
			boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
					|| cell.matches("\\d{15,}[0-9Xx]?");
			writer.write(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
		}
		writer.write("\r\n");
	}
}
