package org.qunfang.platform.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an .xlsx workbook without loading it: the upload is copied to a temporary
 * file (a zip read in place, rather than unpacked into memory), and the sheet's XML is parsed by POI's
 * event API on a background thread that hands rows over through a small bounded queue. The parser
 * waits while the queue is full, so memory stays bounded by the queue and the shared strings table,
 * whatever the number of rows.
 * <p>
 * The thread is named {@value #THREAD_NAME}; {@link #close()} stops it and waits for it, so a reader
 * abandoned after a few rows leaves nothing running.
 */
final class XlsxReader implements TabularReader {

	static final String THREAD_NAME = "qunfang-xlsx-reader";
	private static final int QUEUE_CAPACITY = 256;
	private static final long STOP_WAIT_SECONDS = 10;
	private static final Object END = new Object();

	private final InputStream in;
	private final Path copy;
	private final OPCPackage workbook;
	private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
	private final Thread worker;
	private volatile boolean closed;
	private boolean finished;

	XlsxReader(InputStream in) throws IOException {
		this.in = in;
		this.copy = Files.createTempFile("qunfang-import-", ".xlsx");
		OPCPackage opened = null;
		try {
			Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
			opened = OPCPackage.open(copy.toFile(), PackageAccess.READ);
			XSSFReader parts = new XSSFReader(opened);
			StylesTable styles = parts.getStylesTable();
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(opened);
			XSSFReader.SheetIterator sheets = parts.getSheetIterator();
			if (!sheets.hasNext()) {
				throw new IOException("The workbook has no sheet");
			}
			InputStream sheet = sheets.next();
			XMLReader parser = XMLHelper.newXMLReader();
			parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new RowCollector(this::publish),
					new DisplayFormatter(), false));
			this.workbook = opened;
			this.worker = new Thread(() -> parse(parser, sheet), THREAD_NAME);
		}
		catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
			release(opened);
			throw e instanceof IOException io ? io : new IOException("Not a readable .xlsx workbook", e);
		}
		worker.setDaemon(true);
		worker.start();
	}

	@Override
	public Optional<TabularRow> next() {
		if (closed) {
			throw new IllegalStateException("The reader is closed");
		}
		if (finished) {
			return Optional.empty();
		}
		Object item;
		try {
			item = queue.take();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new UncheckedIOException(new InterruptedIOException("Interrupted while reading the workbook"));
		}
		if (item instanceof TabularRow row) {
			return Optional.of(row);
		}
		finished = true;
		if (item instanceof Failure failure) {
			throw new UncheckedIOException(new IOException("The sheet cannot be read", failure.cause()));
		}
		return Optional.empty();
	}

	@Override
	public void close() {
		if (closed) {
			return;
		}
		closed = true;
		worker.interrupt();
		queue.clear();
		try {
			worker.join(TimeUnit.SECONDS.toMillis(STOP_WAIT_SECONDS));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		release(workbook);
	}

	/** Runs on the worker: parses the sheet, then leaves the end marker or the failure in the queue. */
	private void parse(XMLReader parser, InputStream sheet) {
		try (sheet) {
			parser.parse(new InputSource(sheet));
			publish(END);
		}
		catch (Stopped stopped) {
			return;
		}
		catch (Throwable e) {
			if (!closed) {
				publishQuietly(new Failure(e));
			}
		}
	}

	/** Waits for room in the queue; gives up, unwinding the parser, once the reader is closed. */
	private void publish(Object item) {
		try {
			while (!closed) {
				if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
					return;
				}
			}
		}
		catch (InterruptedException e) {
			throw new Stopped();
		}
		throw new Stopped();
	}

	private void publishQuietly(Object item) {
		try {
			publish(item);
		}
		catch (Stopped stopped) {
			return;
		}
	}

	/** Closes the workbook and the upload, and deletes the copy; the upload is no longer needed once copied. */
	private void release(OPCPackage opened) {
		try (in) {
			if (opened != null) {
				opened.revert();
			}
			Files.deleteIfExists(copy);
		}
		catch (IOException e) {
			copy.toFile().deleteOnExit();
		}
	}

	/** The parse failed; the consumer rethrows the cause. */
	private record Failure(Throwable cause) {
	}

	/** Unwinds the parser when the reader was closed before the end of the sheet. */
	private static final class Stopped extends RuntimeException {

		private static final long serialVersionUID = 1L;

		Stopped() {
			super(null, null, false, false);
		}
	}
}
