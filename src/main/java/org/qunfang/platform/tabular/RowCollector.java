package org.qunfang.platform.tabular;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;

/**
 * Turns the cells POI's event API pushes into whole rows. A sheet stores only the cells that have
 * something in them, so missing columns are filled with {@code ""}; rows with no content are dropped,
 * and row numbers are those of the sheet, counted from 1.
 */
final class RowCollector implements SheetContentsHandler {

	private final Consumer<TabularRow> rows;
	private final List<String> cells = new ArrayList<>();

	RowCollector(Consumer<TabularRow> rows) {
		this.rows = rows;
	}

	@Override
	public void startRow(int rowIndex) {
		cells.clear();
	}

	@Override
	public void endRow(int rowIndex) {
		TabularRow row = new TabularRow(rowIndex + 1, cells);
		if (!row.blank()) {
			rows.accept(row);
		}
	}

	/** A cell without a reference (some generators omit it) is taken to follow the previous one. */
	@Override
	public void cell(String reference, String formattedValue, XSSFComment comment) {
		int column = reference == null ? cells.size() : new CellReference(reference).getCol();
		while (cells.size() < column) {
			cells.add("");
		}
		String value = formattedValue == null ? "" : formattedValue.strip();
		if (column < cells.size()) {
			cells.set(column, value);
		}
		else {
			cells.add(value);
		}
	}
}
