package org.qunfang.disclosure.log;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough JSON (RFC 8259) for the statement bundle, so that the verifier needs nothing but the JDK:
 * quoting a string, and reading a document into maps, lists, strings, numbers (as {@code BigDecimal}),
 * booleans and {@link #NULL}. Reading is strict (no trailing commas, comments or duplicate names) and
 * refuses anything else with an {@code IllegalArgumentException}.
 */
final class JsonText {

	/** JSON's null, as a value a map can hold. */
	static final Object NULL = new Object();

	private static final int MAX_DEPTH = 32;

	private final String text;
	private int at;

	private JsonText(String text) {
		this.text = text;
	}

	static Object parse(String text) {
		JsonText reader = new JsonText(text);
		Object value = reader.value(0);
		reader.space();
		if (reader.at != text.length()) {
			throw new IllegalArgumentException("Text after the JSON value at " + reader.at);
		}
		return value;
	}

	static String quote(String value) {
		StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
		for (char c : value.toCharArray()) {
			switch (c) {
				case '"' -> quoted.append("\\\"");
				case '\\' -> quoted.append("\\\\");
				case '\n' -> quoted.append("\\n");
				case '\r' -> quoted.append("\\r");
				case '\t' -> quoted.append("\\t");
				default -> quoted.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
			}
		}
		return quoted.append('"').toString();
	}

	private Object value(int depth) {
		if (depth > MAX_DEPTH) {
			throw new IllegalArgumentException("JSON nested too deep");
		}
		space();
		char c = peek();
		return switch (c) {
			case '{' -> object(depth);
			case '[' -> array(depth);
			case '"' -> string();
			case 't' -> word("true", Boolean.TRUE);
			case 'f' -> word("false", Boolean.FALSE);
			case 'n' -> word("null", NULL);
			default -> number();
		};
	}

	private Map<String, Object> object(int depth) {
		Map<String, Object> members = new LinkedHashMap<>();
		members('}', () -> {
			space();
			String name = string();
			space();
			expect(':');
			if (members.put(name, value(depth + 1)) != null) {
				throw new IllegalArgumentException("Duplicate name " + name);
			}
		});
		return members;
	}

	private List<Object> array(int depth) {
		List<Object> items = new ArrayList<>();
		members(']', () -> items.add(value(depth + 1)));
		return items;
	}

	/** Reads the comma-separated members of an object or array, from its opening to its closing character. */
	private void members(char close, Runnable member) {
		at++;
		space();
		if (peek() == close) {
			at++;
			return;
		}
		do {
			member.run();
			space();
		}
		while (next() == ',');
		at--;
		expect(close);
	}

	private String string() {
		expect('"');
		StringBuilder value = new StringBuilder();
		for (char c = next(); c != '"'; c = next()) {
			if (c < 0x20) {
				throw new IllegalArgumentException("Control character in a JSON string at " + at);
			}
			if (c != '\\') {
				value.append(c);
				continue;
			}
			char escaped = next();
			switch (escaped) {
				case '"', '\\', '/' -> value.append(escaped);
				case 'b' -> value.append('\b');
				case 'f' -> value.append('\f');
				case 'n' -> value.append('\n');
				case 'r' -> value.append('\r');
				case 't' -> value.append('\t');
				case 'u' -> value.append(hexChar());
				default -> throw new IllegalArgumentException("Unknown escape at " + at);
			}
		}
		return value.toString();
	}

	private char hexChar() {
		if (at + 4 > text.length()) {
			throw new IllegalArgumentException("Short \\u escape");
		}
		String hex = text.substring(at, at + 4);
		if (!hex.matches("[0-9a-fA-F]{4}")) {
			throw new IllegalArgumentException("Bad \\u escape at " + at);
		}
		at += 4;
		return (char) Integer.parseInt(hex, 16);
	}

	private BigDecimal number() {
		int start = at;
		while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
			at++;
		}
		String number = text.substring(start, at);
		if (!number.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
			throw new IllegalArgumentException("Not a JSON value at " + start);
		}
		return new BigDecimal(number);
	}

	private Object word(String word, Object value) {
		if (!text.startsWith(word, at)) {
			throw new IllegalArgumentException("Not a JSON value at " + at);
		}
		at += word.length();
		return value;
	}

	private void space() {
		while (at < text.length() && " \t\n\r".indexOf(text.charAt(at)) >= 0) {
			at++;
		}
	}

	private char peek() {
		if (at >= text.length()) {
			throw new IllegalArgumentException("The JSON ends too soon");
		}
		return text.charAt(at);
	}

	private char next() {
		char c = peek();
		at++;
		return c;
	}

	private void expect(char c) {
		if (next() != c) {
			throw new IllegalArgumentException("Expected " + c + " at " + (at - 1));
		}
	}
}
