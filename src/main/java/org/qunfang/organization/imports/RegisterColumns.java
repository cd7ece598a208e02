package org.qunfang.organization.imports;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.qunfang.organization.Education;
import org.qunfang.organization.Health;
import org.qunfang.organization.HouseholdCategory;
import org.qunfang.organization.Relation;
import org.qunfang.platform.i18n.QunfangLocaleResolver;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The columns of a household register file (户籍登记表) and how its cells read: headers and choices are
 * accepted in Chinese, in English or as codes, in any order of columns; exports write the reader's language.
 */
@Component
public class RegisterColumns {

	/** The columns, in the order templates and exports write them. */
	public enum Column {
		GROUP_CODE(false), GROUP_NAME(false), HOUSEHOLD_NO(true), ADDRESS(false), CATEGORY(false), NAME(true),
		ID_NUMBER(true), RELATION(true), PHONE(false), EDUCATION(false), HEALTH(false), CRIMINAL_RECORD(false);

		private final boolean required;

		Column(boolean required) {
			this.required = required;
		}

		public boolean required() {
			return required;
		}

		public String messageKey() {
			return "import.column." + name();
		}
	}

	private static final List<String> YES = List.of("有", "是", "yes", "y", "true", "1");
	private static final List<String> NO = List.of("无", "否", "没有", "no", "n", "false", "0", "");

	private final MessageSource messages;

	RegisterColumns(MessageSource messages) {
		this.messages = messages;
	}

	/** The header text of a column in a language. */
	public String header(Column column, Locale locale) {
		return messages.getMessage(column.messageKey(), null, locale);
	}

	/** Which column each position of a header row is (empty where a header is not recognized). */
	public Map<Integer, Column> readHeader(List<String> cells) {
		Map<String, Column> known = new HashMap<>();
		for (Column column : Column.values()) {
			known.put(normalize(column.name()), column);
			for (Locale locale : QunfangLocaleResolver.SUPPORTED) {
				known.put(normalize(header(column, locale)), column);
			}
		}
		Map<Integer, Column> positions = new HashMap<>();
		for (int i = 0; i < cells.size(); i++) {
			Column column = known.get(normalize(cells.get(i)));
			if (column != null && !positions.containsValue(column)) {
				positions.put(i, column);
			}
		}
		return positions;
	}

	public <E extends Enum<E>> Optional<E> choice(Class<E> type, String cell, String keyPrefix) {
		String wanted = normalize(cell);
		for (E value : type.getEnumConstants()) {
			if (normalize(value.name()).equals(wanted)) {
				return Optional.of(value);
			}
			for (Locale locale : QunfangLocaleResolver.SUPPORTED) {
				if (normalize(messages.getMessage(keyPrefix + value.name(), null, "", locale)).equals(wanted)) {
					return Optional.of(value);
				}
			}
		}
		return Optional.empty();
	}

	public Optional<Relation> relation(String cell) {
		return choice(Relation.class, cell, "relation.");
	}

	public Optional<Education> education(String cell) {
		return cell.isBlank() ? Optional.of(Education.UNKNOWN) : choice(Education.class, cell, "education.");
	}

	public Optional<Health> health(String cell) {
		return cell.isBlank() ? Optional.of(Health.UNKNOWN) : choice(Health.class, cell, "health.");
	}

	public Optional<HouseholdCategory> category(String cell) {
		return cell.isBlank() ? Optional.of(HouseholdCategory.ORDINARY)
				: choice(HouseholdCategory.class, cell, "household.category.");
	}

	public Optional<Boolean> yesNo(String cell) {
		String value = cell.strip().toLowerCase(Locale.ROOT);
		if (YES.contains(value)) {
			return Optional.of(true);
		}
		return NO.contains(value) ? Optional.of(false) : Optional.empty();
	}

	public String yesNo(boolean value, Locale locale) {
		return messages.getMessage(value ? "import.yes" : "import.no", null, locale);
	}

	public String label(Enum<?> value, String keyPrefix, Locale locale) {
		return messages.getMessage(keyPrefix + value.name(), null, value.name(), locale);
	}

	public List<Column> missingRequired(Map<Integer, Column> header) {
		return Arrays.stream(Column.values()).filter(Column::required).filter(c -> !header.containsValue(c)).toList();
	}

	private static String normalize(String text) {
		return text == null ? "" : text.replaceAll("[\\s_*（）()]", "").toLowerCase(Locale.ROOT);
	}
}
