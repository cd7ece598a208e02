package org.qunfang.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.qunfang.identity.Caller;
import org.qunfang.organization.imports.ImportSummary;
import org.qunfang.organization.imports.RegisterExport;
import org.qunfang.organization.imports.RegisterImports;
import org.qunfang.organization.registry.RegisterQueries;
import org.qunfang.platform.DomainException;
import org.qunfang.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Moving a paper register in: checked before anything is written, applied whole, idempotent, round-trips. */
class RegisterImportTest extends IntegrationTest {

	@Autowired
	RegisterImports imports;

	@Autowired
	RegisterExport export;

	@Autowired
	RegisterQueries queries;

	@Autowired
	JdbcClient jdbc;

	@Test
	void fileWithBadRowsWritesNothingAndNamesEachBadRow() {
		long village = fixtures.newVillage("IMP1");
		Caller officer = fixtures.caller("t1.officer");
		String wrongCheckDigit = RegisterFiles.id("19700101", 1).substring(0, 17) + "0";
		String file = RegisterFiles.HEADER
				+ RegisterFiles.line("0001", "王大山", RegisterFiles.id("19700101", 11), "户主")
				+ RegisterFiles.line("0001", "王小山", correctedIfValid(wrongCheckDigit), "子女")
				+ RegisterFiles.line("0002", "", RegisterFiles.id("19800202", 12), "户主")
				+ RegisterFiles.line("0003", "李四", RegisterFiles.id("19800230", 13).substring(0, 17) + "1", "户主");
		ImportSummary summary = check(officer, village, "bad.csv", file);

		assertThat(summary.totalRows()).isEqualTo(4);
		assertThat(summary.errorRows()).isEqualTo(3);
		var rows = imports.rows(officer, summary.id(), true, 100);
		assertThat(rows).extracting(r -> r.rowNo()).containsExactly(3, 4, 5);
		assertThat(rows.get(0).errors()).contains("error.id-number.check-digit");
		assertThat(rows.get(1).errors()).contains("error.import.missing.NAME");
		assertThat(rows.get(2).errors()).contains("error.id-number.birth-date");
		assertThatThrownBy(() -> imports.apply(officer, summary.id())).isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).messageKey()).isEqualTo("error.import.has-errors");
		assertThat(residents(village)).isZero();
		assertThat(jdbc.sql("select count(*) from household where village_id = :v").param("v", village).query(Long.class)
			.single()).isZero();
	}

	@Test
	void goodFileImportsAndTheSameFileAgainChangesNothing() {
		long village = fixtures.newVillage("IMP2");
		Caller officer = fixtures.caller("t1.officer");
		String file = RegisterFiles.HEADER + RegisterFiles.line("0001", "赵一", RegisterFiles.id("19650315", 21), "户主")
				+ RegisterFiles.line("0001", "钱二", RegisterFiles.id("19680420", 22), "配偶")
				+ RegisterFiles.line("0002", "孙三", RegisterFiles.id("19750506", 23), "户主");
		ImportSummary first = check(officer, village, "good.csv", file);
		assertThat(first.newRows()).isEqualTo(3);
		assertThat(imports.apply(officer, first.id()).status()).isEqualTo("APPLIED");
		assertThat(residents(village)).isEqualTo(3);
		assertThat(queries.search(officer, RegisterFiles.id("19680420", 22), 10)).singleElement()
			.satisfies(r -> assertThat(r.name()).isEqualTo("钱二"));
		String before = snapshot(village);

		ImportSummary again = check(officer, village, "good.csv", file);
		assertThat(again.unchangedRows()).isEqualTo(3);
		assertThat(again.newRows() + again.changedRows() + again.errorRows()).isZero();
		imports.apply(officer, again.id());
		assertThat(snapshot(village)).isEqualTo(before);
	}

	@Test
	void exportImportsBackUnchangedInBothFormats() throws Exception {
		long village = fixtures.newVillage("IMP3");
		Caller officer = fixtures.caller("t1.officer");
		String file = RegisterFiles.HEADER + RegisterFiles.line("0007", "周七", RegisterFiles.id("19590707", 31), "户主")
				+ "02,二组,0008,\"西街8号, 后院\",低保户,吴八," + RegisterFiles.id("19880808", 32) + ",户主,13800000008,未登记,未登记,有\n";
		imports.apply(officer, check(officer, village, "orig.csv", file).id());
		String before = snapshot(village);

		var unit = export.authorize(officer, village);
		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		export.writeCsv(unit, Locale.SIMPLIFIED_CHINESE, csv);
		ImportSummary fromCsv = imports.check(officer, village, "export.csv", new ByteArrayInputStream(csv.toByteArray()));
		assertThat(fromCsv.unchangedRows()).as(imports.rows(officer, fromCsv.id(), false, 10).toString()).isEqualTo(2);

		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		export.writeXlsx(unit, Locale.ENGLISH, xlsx);
		ImportSummary fromXlsx = imports.check(officer, village, "export.xlsx", new ByteArrayInputStream(xlsx.toByteArray()));
		assertThat(fromXlsx.unchangedRows()).as(imports.rows(officer, fromXlsx.id(), false, 10).toString()).isEqualTo(2);
		imports.apply(officer, fromXlsx.id());
		assertThat(snapshot(village)).isEqualTo(before);
	}

	@Test
	void duplicatesInTheFileAndPeopleRegisteredElsewhereAreReported() {
		long village = fixtures.newVillage("IMP4");
		Caller officer = fixtures.caller("t1.officer");
		String twice = RegisterFiles.id("19910101", 41);
		String file = RegisterFiles.HEADER + RegisterFiles.line("0001", "郑一", twice, "户主")
				+ RegisterFiles.line("0002", "郑二", twice, "户主")
				+ RegisterFiles.line("0003", "甲村张三", org.qunfang.support.Fixtures.ID_OF_A_HEAD, "户主")
				+ RegisterFiles.line("0004", "冯四", RegisterFiles.id("19920202", 42), "子女");
		ImportSummary summary = check(officer, village, "dup.csv", file);
		var rows = imports.rows(officer, summary.id(), true, 100);
		assertThat(rows).filteredOn(r -> r.errors().contains("error.import.duplicate-in-file")).hasSize(2);
		assertThat(rows).filteredOn(r -> r.errors().contains("error.import.registered-elsewhere")).hasSize(1);
		assertThat(rows).filteredOn(r -> r.errors().contains("error.import.one-head")).extracting(r -> r.householdNo())
			.containsExactly("0004");
	}

	@Test
	void aSecondHeadForARegisteredHouseholdIsRefused() {
		long village = fixtures.newVillage("IMP7");
		Caller officer = fixtures.caller("t1.officer");
		imports.apply(officer, check(officer, village, "first.csv",
				RegisterFiles.HEADER + RegisterFiles.line("0001", "褚一", RegisterFiles.id("19600101", 61), "户主")).id());
		ImportSummary second = check(officer, village, "second.csv",
				RegisterFiles.HEADER + RegisterFiles.line("0001", "卫二", RegisterFiles.id("19620202", 62), "户主"));
		assertThat(imports.rows(officer, second.id(), true, 10)).singleElement()
			.satisfies(r -> assertThat(r.errors()).contains("error.import.second-head"));
		ImportSummary whole = check(officer, village, "whole.csv", RegisterFiles.HEADER
				+ RegisterFiles.line("0001", "褚一", RegisterFiles.id("19600101", 61), "配偶")
				+ RegisterFiles.line("0001", "卫二", RegisterFiles.id("19620202", 62), "户主"));
		assertThat(whole.errorRows()).as("the file names the old head, now a spouse").isZero();
		assertThat(whole.changedRows()).isEqualTo(1);
	}

	@Test
	void fileWithoutTheRequiredColumnsIsRefusedWhole() {
		long village = fixtures.newVillage("IMP5");
		Caller officer = fixtures.caller("t1.officer");
		assertThatThrownBy(() -> check(officer, village, "cols.csv", "姓名,电话\n王五,13800000000\n"))
			.isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).messageKey()).isEqualTo("error.import.columns-missing");
		assertThat(jdbc.sql("select count(*) from register_import where village_id = :v").param("v", village)
			.query(Long.class).single()).isZero();
	}

	@Test
	void anOversizedUploadIsRefusedWithAClearMessage() throws Exception {
		long village = fixtures.newVillage("IMP8");
		var session = signedIn("t1.officer");
		String boundary = "qf-boundary";
		byte[] big = new byte[2 * 1024 * 1024];
		java.util.Arrays.fill(big, (byte) 'x');
		var body = new java.io.ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		body.write(big);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
				+ "/api/v1/villages/" + village + "/imports"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary).header("X-CSRF-TOKEN", session.csrf())
			.header("Cookie", "SESSION=" + session.cookie("SESSION").orElseThrow())
			.POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
		var answer = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(answer.body()).contains("文件太大");
		assertThat(jdbc.sql("select count(*) from register_import where village_id = :v").param("v", village)
			.query(Long.class).single()).isZero();
	}

	@Test
	void anotherVillagesOfficerCannotImportHere() {
		long village = fixtures.newVillage("IMP6");
		Caller foreign = fixtures.caller("t2.officer");
		assertThatThrownBy(() -> check(foreign, village, "x.csv", RegisterFiles.HEADER))
			.isInstanceOf(org.qunfang.platform.NotFoundException.class);
	}

	private ImportSummary check(Caller caller, long village, String name, String content) {
		return imports.check(caller, village, name, new ByteArrayInputStream(RegisterFiles.bytes(content)));
	}

	private long residents(long village) {
		return jdbc.sql("select count(*) from resident where village_id = :v").param("v", village).query(Long.class).single();
	}

	/** Everything the register holds for a village, to compare before and after. */
	private String snapshot(long village) {
		return jdbc.sql("""
				select h.household_no, h.address, h.category, h.version, r.name, r.id_index, r.phone_index, r.relation,
				  r.education, r.health, r.criminal_record, r.version from resident r join household h on h.id = r.household_id
				where h.village_id = :v order by h.household_no, r.id_index""")
			.param("v", village).query().listOfRows().toString();
	}

	private static String correctedIfValid(String id) {
		String valid = id.substring(0, 17) + ResidentIdNumber.checkDigitFor(id.substring(0, 17));
		return valid.equals(id) ? id.substring(0, 17) + (id.charAt(17) == '1' ? "2" : "1") : id;
	}
}
