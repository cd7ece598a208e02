package org.qunfang.platform.tabular;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Formats numeric cells the way a person reads them, whatever the workbook's locale: Excel's own
 * formatting for numbers (so {@code 42} rather than {@code 42.0}), but dates in the one form imports
 * parse, {@code yyyy-MM-dd}, with {@code HH:mm} added when the cell also holds a time of day. Cells typed
 * as text never come here, so an ID number stored as text keeps all its digits.
 */
final class DisplayFormatter extends DataFormatter {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
	private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	DisplayFormatter() {
		super(Locale.ROOT);
	}

	@Override
	public String formatRawCellContents(double value, int formatIndex, String formatString) {
		if (!DateUtil.isADateFormat(formatIndex, formatString) || !DateUtil.isValidExcelDate(value)) {
			return super.formatRawCellContents(value, formatIndex, formatString);
		}
		LocalDateTime moment = DateUtil.getLocalDateTime(value, false, true);
		if (value < 1) {
			return TIME.format(moment);
		}
		return moment.toLocalTime().equals(LocalTime.MIDNIGHT) ? DAY.format(moment) : DAY_AND_TIME.format(moment);
	}
}
