package org.qunfang.platform.text;

import java.util.regex.Pattern;

import org.qunfang.platform.DomainException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Free text that people type into a register (a case description, a suggestion, a reply): trimmed,
 * within its length, without control characters and without markup. Text is always shown escaped;
 * refusing markup as well means a register never stores a script, even one that would be harmless on
 * screen, and the writer is told why.
 */
public final class PlainText {

	private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]|javascript:|\\bon[a-z]+\\s*=",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

	private PlainText() {
	}

	/**
	 * The checked, trimmed text of a required field.
	 *
	 * @param field message key naming the field for the error message
	 */
	public static String required(String field, String value, int max) {
		String text = optional(field, value, max);
		if (text == null) {
			throw new DomainException("error.text.empty", label(field));
		}
		return text;
	}

	/** The checked, trimmed text of an optional field, or {@code null} when it is blank. */
	public static String optional(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip().replace("\r\n", "\n");
		if (text.codePointCount(0, text.length()) > max) {
			throw new DomainException("error.text.too-long", label(field), max);
		}
		if (CONTROL.matcher(text).find()) {
			throw new DomainException("error.text.control", label(field));
		}
		if (MARKUP.matcher(text).find()) {
			throw new DomainException("error.text.markup", label(field));
		}
		return text;
	}

	private static DefaultMessageSourceResolvable label(String field) {
		return new DefaultMessageSourceResolvable(field);
	}
}
