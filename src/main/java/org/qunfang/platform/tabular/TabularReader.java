package org.qunfang.platform.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;

import org.qunfang.platform.DomainException;

/**
 * Reads the rows of an uploaded register, a CSV file or an Excel workbook, one at a time, so that
 * memory does not grow with the file. Cells come out as text the way a person sees them in Excel: an
 * ID number stored as text stays text, whole numbers have no {@code .0}, dates read {@code yyyy-MM-dd}.
 * <p>
 * Rows whose cells are all empty are not returned, but row numbers stay those of the file, so that a
 * refusal can say "row 12" and the person finds row 12. Size limits are the caller's business. The
 * reader owns the stream it was opened on and closes it.
 */
public interface TabularReader extends AutoCloseable {

	/**
	 * Opens a reader chosen by the file's extension: {@code .csv} (UTF-8, or GB18030/GBK as saved by
	 * Excel in China) or {@code .xlsx} (first sheet only).
	 *
	 * @throws DomainException {@code error.import.file-type} for any other extension
	 * @throws UncheckedIOException if the file cannot be read as what its extension says
	 */
	static TabularReader open(InputStream in, String fileName) {
		String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
		try {
			if (name.endsWith(".csv")) {
				return new CsvReader(in);
			}
			if (name.endsWith(".xlsx")) {
				return new XlsxReader(in);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		throw new DomainException("error.import.file-type");
	}

	/**
	 * The next row that has content, or empty at the end of the file.
	 *
	 * @throws UncheckedIOException if the file cannot be read further
	 */
	Optional<TabularRow> next();

	/** Stops reading and releases the stream and anything held for it. */
	@Override
	void close();
}
