package org.qunfang.disclosure.publication;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.qunfang.platform.DomainException;

/**
 * The period a statement is published for: a calendar month ({@code 2026-05}) or a quarter
 * ({@code 2026-Q2}), the two rhythms of 村务公开.
 *
 * @param code the period as written: {@code yyyy-MM} or {@code yyyy-Qn}
 * @param from its first day
 * @param to its last day
 */
public record Period(String code, LocalDate from, LocalDate to) {

	private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

	/** The period a code names; anything else is refused. */
	public static Period parse(String text) {
		String code = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
		Matcher month = MONTH.matcher(code);
		if (month.matches()) {
			int m = Integer.parseInt(month.group(2));
			if (m >= 1 && m <= 12) {
				return month(YearMonth.of(Integer.parseInt(month.group(1)), m));
			}
		}
		Matcher quarter = QUARTER.matcher(code);
		if (quarter.matches()) {
			return quarter(Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2)));
		}
		throw new DomainException("error.disclosure.period", text == null ? "" : text);
	}

	public static Period month(YearMonth month) {
		return new Period(month.toString(), month.atDay(1), month.atEndOfMonth());
	}

	public static Period quarter(int year, int quarter) {
		YearMonth first = YearMonth.of(year, 3 * quarter - 2);
		return new Period(year + "-Q" + quarter, first.atDay(1), first.plusMonths(2).atEndOfMonth());
	}

	/** Whether a quarter, not a month. */
	public boolean quarterly() {
		return code.contains("Q");
	}

	/** Whether the period has ended before the given day. */
	public boolean overBy(LocalDate today) {
		return to.isBefore(today);
	}

	/** The period in Chinese words, as the statement names it: 2026年5月, 2026年第2季度. */
	public String nameZh() {
		return quarterly() ? from.getYear() + "年第" + code.substring(code.length() - 1) + "季度"
				: from.getYear() + "年" + from.getMonthValue() + "月";
	}

	/** The period in the reader's language: 2026年5月 or May 2026, 2026年第2季度 or Q2 2026. */
	public String name(Locale locale) {
		if (!"en".equals(locale.getLanguage())) {
			return nameZh();
		}
		return quarterly() ? code.substring(code.length() - 2) + " " + from.getYear()
				: from.format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH));
	}

	/**
	 * The periods that are over by the given day, the latest first: the last {@code months} months and the
	 * quarters among them.
	 */
	public static List<Period> recent(LocalDate today, int months) {
		List<Period> periods = new ArrayList<>();
		YearMonth last = YearMonth.from(today).minusMonths(1);
		for (int i = 0; i < months; i++) {
			YearMonth m = last.minusMonths(i);
			periods.add(month(m));
			if (m.getMonthValue() % 3 == 0) {
				periods.add(quarter(m.getYear(), m.getMonthValue() / 3));
			}
		}
		return periods;
	}
}
