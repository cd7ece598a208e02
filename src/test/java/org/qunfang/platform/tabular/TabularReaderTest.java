package org.qunfang.platform.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.qunfang.platform.DomainException;

/** Uploaded registers read row by row, with cells as a person sees them. */
class TabularReaderTest {

	@Test
	void csvFollowsRfc4180() {
		String csv = "\uFEFF姓名,地址,备注\r\n"
				+ "\"王, 小明\",\"北京市\r\n朝阳区\",\"他说\"\"好\"\"\"\r\n"
				+ "  李四 ,,\n"
				+ ",,\n"
				+ "\"\",\"\"\n"
				+ "赵六,\"a\"\"b\",c\n";

		List<TabularRow> rows = readAll(csv.getBytes(StandardCharsets.UTF_8), "名单.CSV");

		assertThat(rows).containsExactly(new TabularRow(1, List.of("姓名", "地址", "备注")),
				new TabularRow(2, List.of("王, 小明", "北京市\r\n朝阳区", "他说\"好\"")),
				new TabularRow(3, List.of("李四", "", "")), new TabularRow(6, List.of("赵六", "a\"b", "c")));
	}

	@Test
	void csvWithoutTrailingLineBreakOrByteOrderMark() {
		List<TabularRow> rows = readAll("a,b\n1,2".getBytes(StandardCharsets.UTF_8), "x.csv");

		assertThat(rows).containsExactly(new TabularRow(1, List.of("a", "b")), new TabularRow(2, List.of("1", "2")));
	}

	@Test
	void csvSavedByExcelInChinaIsReadAsGb18030() {
		String csv = "姓名,身份证号码,住址\r\n张三,11010519491231002X,湖南省长沙县星沙镇\r\n";

		List<TabularRow> rows = readAll(csv.getBytes(Charset.forName("GB18030")), "导入.csv");

		assertThat(rows).containsExactly(new TabularRow(1, List.of("姓名", "身份证号码", "住址")),
				new TabularRow(2, List.of("张三", "11010519491231002X", "湖南省长沙县星沙镇")));
	}

	@Test
	void chineseTextPastTheFirst64KibStaysUtf8() {
		StringBuilder csv = new StringBuilder("name\n");
		for (int i = 0; i < 10_000; i++) {
			csv.append("row").append(i).append('\n');
		}
		csv.append("群防群治\n");
		assertThat(csv.length()).isGreaterThan(64 * 1024);

		List<TabularRow> rows = readAll(csv.toString().getBytes(StandardCharsets.UTF_8), "big.csv");

		assertThat(rows).hasSize(10_002);
		assertThat(rows.getLast()).isEqualTo(new TabularRow(10_002, List.of("群防群治")));
	}

	@Test
	void xlsxCellsComeOutAsDisplayed() throws IOException {
		List<TabularRow> rows = readAll(workbook(), "Register.XLSX");

		assertThat(rows).containsExactly(new TabularRow(1, List.of("姓名", "人数", "身份证号码", "登记日期")),
				new TabularRow(2, List.of("张三", "42", "110105194912310021", "2024-03-05")),
				new TabularRow(4, List.of("", "", "43012419850615123X")),
				new TabularRow(5, List.of("李四", "3.5", "", "2024-03-05 08:30")));
	}

	@Test
	void unknownExtensionsAreRefused() {
		for (String name : new String[] { "register.xls", "register.txt", "register", "csv", "" }) {
			DomainException refused = catchThrowableOfType(DomainException.class,
					() -> TabularReader.open(new ByteArrayInputStream(new byte[0]), name));

			assertThat(refused).as(name).isNotNull();
			assertThat(refused.messageKey()).isEqualTo("error.import.file-type");
		}
	}

	@Test
	void closingAnXlsxReaderEarlyStopsItsThread() throws IOException, InterruptedException {
		byte[] large = largeWorkbook(5_000);
		try (TabularReader reader = TabularReader.open(new ByteArrayInputStream(large), "large.xlsx")) {
			assertThat(reader.next()).contains(new TabularRow(1, List.of("row 1", "1")));
			assertThat(readerThreads()).isNotEmpty();
		}

		for (Thread thread : readerThreads()) {
			thread.join(2_000);
		}
		assertThat(readerThreads()).isEmpty();
	}

	@Test
	void aLargeWorkbookIsReadToTheEnd() throws IOException {
		List<TabularRow> rows = readAll(largeWorkbook(5_000), "large.xlsx");

		assertThat(rows).hasSize(5_000);
		assertThat(rows.getLast()).isEqualTo(new TabularRow(5_000, List.of("row 5000", "5000")));
	}

	private static List<TabularRow> readAll(byte[] content, String fileName) {
		List<TabularRow> rows = new ArrayList<>();
		try (TabularReader reader = TabularReader.open(new ByteArrayInputStream(content), fileName)) {
			for (Optional<TabularRow> row = reader.next(); row.isPresent(); row = reader.next()) {
				rows.add(row.get());
			}
			assertThat(reader.next()).isEmpty();
		}
		return rows;
	}

	private static List<Thread> readerThreads() {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter(t -> XlsxReader.THREAD_NAME.equals(t.getName()) && t.isAlive())
			.toList();
	}

	/** Text, a whole number, ID numbers kept as text, dates, an empty row and a row with a gap. */
	private static byte[] workbook() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			CellStyle day = workbook.createCellStyle();
			day.setDataFormat(workbook.createDataFormat().getFormat("m/d/yy"));
			CellStyle dayAndTime = workbook.createCellStyle();
			dayAndTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy年m月d日 h:mm"));
			Sheet sheet = workbook.createSheet("名单");

			Row header = sheet.createRow(0);
			String[] titles = { "姓名", "人数", "身份证号码", "登记日期" };
			for (int c = 0; c < titles.length; c++) {
				header.createCell(c).setCellValue(titles[c]);
			}
			Row first = sheet.createRow(1);
			first.createCell(0).setCellValue(" 张三 ");
			first.createCell(1).setCellValue(42);
			first.createCell(2).setCellStyle(text);
			first.getCell(2).setCellValue("110105194912310021");
			first.createCell(3).setCellValue(LocalDate.of(2024, 3, 5));
			first.getCell(3).setCellStyle(day);
			sheet.createRow(2);
			Row gap = sheet.createRow(3);
			gap.createCell(2).setCellValue("43012419850615123X");
			Row second = sheet.createRow(4);
			second.createCell(0).setCellValue("李四");
			second.createCell(1).setCellValue(3.5);
			second.createCell(3).setCellValue(LocalDate.of(2024, 3, 5).atTime(8, 30));
			second.getCell(3).setCellStyle(dayAndTime);
			workbook.createSheet("其他").createRow(0).createCell(0).setCellValue("not read");

			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static byte[] largeWorkbook(int rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet();
			for (int r = 0; r < rows; r++) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue("row " + (r + 1));
				row.createCell(1).setCellValue(r + 1);
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}
}
