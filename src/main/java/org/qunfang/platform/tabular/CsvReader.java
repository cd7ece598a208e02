package org.qunfang.platform.tabular;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads CSV as RFC 4180 describes it: fields separated by commas, records by CRLF or LF, and fields in
 * double quotes may hold commas, line breaks and doubled quotes. The reading is lenient where Excel is:
 * a quote inside an unquoted field is an ordinary character, and a quote left open runs to the end of
 * the file.
 * <p>
 * The encoding is guessed from the first 64 KiB: UTF-8 (with or without a byte order mark) if they
 * decode strictly as UTF-8, otherwise GB18030, the superset of the GBK that Excel in China uses when it
 * saves "CSV (comma delimited)". Row numbers count records, so a quoted line break does not shift them.
 */
final class CsvReader implements TabularReader {

	private static final int SNIFF_BYTES = 64 * 1024;
	private static final Charset GB18030 = Charset.forName("GB18030");
	private static final char BYTE_ORDER_MARK = '\uFEFF';
	private static final int END = -1;

	private final Reader reader;
	private final char[] buffer = new char[8192];
	private int position;
	private int limit;
	private int records;
	private boolean firstCharacter = true;

	CsvReader(InputStream in) throws IOException {
		try {
			BufferedInputStream buffered = new BufferedInputStream(in, SNIFF_BYTES);
			this.reader = new InputStreamReader(buffered, sniffCharset(buffered));
		}
		catch (IOException | RuntimeException e) {
			in.close();
			throw e;
		}
	}

	@Override
	public Optional<TabularRow> next() {
		try {
			List<String> cells = new ArrayList<>();
			while (readRecord(cells)) {
				records++;
				TabularRow row = new TabularRow(records, cells);
				if (!row.blank()) {
					return Optional.of(row);
				}
				cells.clear();
			}
			return Optional.empty();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() {
		try {
			reader.close();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Reads one record into the cells; false at the end of the file, when there is no record left. */
	private boolean readRecord(List<String> cells) throws IOException {
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		boolean fieldStart = true;
		int c = read();
		if (c == END) {
			return false;
		}
		while (c != END) {
			if (quoted) {
				if (c != '"') {
					cell.append((char) c);
				}
				else if (peek() == '"') {
					read();
					cell.append('"');
				}
				else {
					quoted = false;
				}
			}
			else if (c == '"' && fieldStart) {
				quoted = true;
			}
			else if (c == ',') {
				cells.add(cell.toString().strip());
				cell.setLength(0);
				fieldStart = true;
				c = read();
				continue;
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && peek() == '\n') {
					read();
				}
				break;
			}
			else {
				cell.append((char) c);
			}
			fieldStart = false;
			c = read();
		}
		cells.add(cell.toString().strip());
		return true;
	}

	private int read() throws IOException {
		int c = peek();
		if (c != END) {
			position++;
		}
		return c;
	}

	private int peek() throws IOException {
		while (position == limit) {
			limit = reader.read(buffer);
			position = 0;
			if (limit == END) {
				limit = 0;
				return END;
			}
			if (firstCharacter && limit > 0) {
				firstCharacter = false;
				if (buffer[0] == BYTE_ORDER_MARK) {
					position = 1;
				}
			}
		}
		return buffer[position];
	}

	/** UTF-8 if the first bytes decode strictly as UTF-8, else GB18030; the stream is left unread. */
	private static Charset sniffCharset(BufferedInputStream in) throws IOException {
		in.mark(SNIFF_BYTES);
		byte[] head = in.readNBytes(SNIFF_BYTES);
		in.reset();
		CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		boolean wholeFile = head.length < SNIFF_BYTES;
		CharBuffer out = CharBuffer.allocate(head.length);
		boolean utf8 = !strict.decode(ByteBuffer.wrap(head), out, wholeFile).isError()
				&& (!wholeFile || !strict.flush(out).isError());
		return utf8 ? StandardCharsets.UTF_8 : GB18030;
	}
}
