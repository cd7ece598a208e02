package org.qunfang.platform.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Writes a register (台账) to an .xlsx workbook: a bold, frozen header row in the reader's language,
 * dates in the display zone, and rows streamed so that memory does not grow with the register.
 */
@Component
public class ExcelExporter {

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	private static final int ROWS_IN_MEMORY = 200;

	private final MessageSource messages;
	private final ZoneId zone;

	public ExcelExporter(MessageSource messages, ZoneId displayZone) {
		this.messages = messages;
		this.zone = displayZone;
	}

	/** Writes the rows to the stream; the stream is not closed. */
	public <T> void write(String sheetTitleKey, List<ExcelColumn<T>> columns, Stream<T> rows, Locale locale,
			OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY); rows) {
			Sheet sheet = workbook.createSheet(safeSheetName(messages.getMessage(sheetTitleKey, null, locale)));
			CellStyle headerStyle = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			headerStyle.setFont(bold);
			CellStyle dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
			CellStyle dayStyle = workbook.createCellStyle();
			dayStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));

			Row header = sheet.createRow(0);
			for (int c = 0; c < columns.size(); c++) {
				Cell cell = header.createCell(c);
				cell.setCellValue(messages.getMessage(columns.get(c).headerKey(), null, locale));
				cell.setCellStyle(headerStyle);
				sheet.setColumnWidth(c, 20 * 256);
			}
			sheet.createFreezePane(0, 1);
			int[] next = { 1 };
			rows.forEach(item -> {
				Row row = sheet.createRow(next[0]++);
				for (int c = 0; c < columns.size(); c++) {
					set(row.createCell(c), columns.get(c).value().apply(item), dateStyle, dayStyle);
				}
			});
			workbook.write(out);
		}
	}

	/** A download response for a register, named by its title and today's date. */
	public <T> ResponseEntity<StreamingResponseBody> download(String fileNameKey, List<ExcelColumn<T>> columns,
			Stream<T> rows, Locale locale) {
		String name = messages.getMessage(fileNameKey, null, locale) + "-" + LocalDate.now(zone) + ".xlsx";
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(XLSX);
		headers.setContentDisposition(ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build());
		headers.add("X-File-Name", URLEncoder.encode(name, StandardCharsets.UTF_8));
		return ResponseEntity.ok().headers(headers).body(out -> write(fileNameKey, columns, rows, locale, out));
	}

	private void set(Cell cell, Object value, CellStyle dateStyle, CellStyle dayStyle) {
		switch (value) {
			case null -> cell.setBlank();
			case Number n -> cell.setCellValue(n.doubleValue());
			case Boolean b -> cell.setCellValue(b);
			case Instant i -> {
				cell.setCellValue(LocalDateTime.ofInstant(i, zone));
				cell.setCellStyle(dateStyle);
			}
			case LocalDateTime t -> {
				cell.setCellValue(t);
				cell.setCellStyle(dateStyle);
			}
			case LocalDate d -> {
				cell.setCellValue(d);
				cell.setCellStyle(dayStyle);
			}
			default -> cell.setCellValue(value.toString());
		}
	}

	private static String safeSheetName(String title) {
		String cleaned = title.replaceAll("[\\\\/?*\\[\\]:]", " ");
		return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
	}
}
