package org.qunfang.platform.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class ExcelExporterTest {

	record Row(String name, Integer count, Instant at) {
	}

	private final StaticMessageSource messages = new StaticMessageSource();
	private final ExcelExporter exporter;

	ExcelExporterTest() {
		messages.addMessage("t.sheet", Locale.SIMPLIFIED_CHINESE, "花名册");
		messages.addMessage("t.sheet", Locale.ENGLISH, "Roster");
		messages.addMessage("t.name", Locale.SIMPLIFIED_CHINESE, "姓名");
		messages.addMessage("t.name", Locale.ENGLISH, "Name");
		messages.addMessage("t.count", Locale.SIMPLIFIED_CHINESE, "次数");
		messages.addMessage("t.count", Locale.ENGLISH, "Count");
		messages.addMessage("t.at", Locale.SIMPLIFIED_CHINESE, "时间");
		messages.addMessage("t.at", Locale.ENGLISH, "Time");
		exporter = new ExcelExporter(messages, ZoneId.of("Asia/Shanghai"));
	}

	private final List<ExcelColumn<Row>> columns = List.of(ExcelColumn.of("t.name", Row::name),
			ExcelColumn.of("t.count", Row::count), ExcelColumn.of("t.at", Row::at));

	@Test
	void headersAreInTheReadersLanguageAndCellsKeepTheirTypes() throws IOException {
		Sheet chinese = write(Locale.SIMPLIFIED_CHINESE);
		assertThat(chinese.getSheetName()).isEqualTo("花名册");
		assertThat(chinese.getRow(0).getCell(0).getStringCellValue()).isEqualTo("姓名");
		assertThat(chinese.getRow(1).getCell(0).getStringCellValue()).isEqualTo("张卫东");
		assertThat(chinese.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(3.0);
		assertThat(DateUtil.isCellDateFormatted(chinese.getRow(1).getCell(2))).isTrue();
		assertThat(chinese.getRow(1).getCell(2).getLocalDateTimeCellValue().getHour()).as("shown in Beijing time")
			.isEqualTo(8);
		assertThat(chinese.getRow(2).getCell(1).getCellType().name()).as("missing value is blank").isEqualTo("BLANK");

		Sheet english = write(Locale.ENGLISH);
		assertThat(english.getSheetName()).isEqualTo("Roster");
		assertThat(english.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Time");
	}

	private Sheet write(Locale locale) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		exporter.write("t.sheet", columns, Stream.of(new Row("张卫东", 3, Instant.parse("2026-03-01T00:00:00Z")),
				new Row("李建国", null, null)), locale, out);
		return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray())).getSheetAt(0);
	}
}
