package org.qunfang.platform.excel;

import java.util.function.Function;

/**
 * One column of a register exported to Excel: its header as a message key (written in the reader's
 * language) and how to read the cell from a row. Cell values may be text, numbers, dates or instants.
 */
public record ExcelColumn<T>(String headerKey, Function<T, ?> value) {

	public static <T> ExcelColumn<T> of(String headerKey, Function<T, ?> value) {
		return new ExcelColumn<>(headerKey, value);
	}
}
