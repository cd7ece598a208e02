package org.qunfang.platform.tabular;

import java.util.List;

/**
 * One row of an imported file, as a person sees it in Excel or a text editor.
 *
 * @param number the 1-based row number in the file (the header is row 1), to point a person at the
 *        row an import refused
 * @param cells the cells from the first column on, trimmed, {@code ""} for an empty cell; a row may be
 *        shorter than the header when its last cells are empty, which {@link #cell(int)} hides
 */
public record TabularRow(int number, List<String> cells) {

	public TabularRow {
		cells = List.copyOf(cells);
	}

	/** The cell in the given 0-based column, {@code ""} when the row has no such column. */
	public String cell(int index) {
		return index >= 0 && index < cells.size() ? cells.get(index) : "";
	}

	/** Whether every cell is empty, as for a row that only has formatting or separators. */
	public boolean blank() {
		return cells.stream().allMatch(String::isEmpty);
	}
}
