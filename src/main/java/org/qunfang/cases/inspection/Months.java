package org.qunfang.cases.inspection;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The last twelve months of a register, this month included, and counts per month read from a query
 * that answers rows of (year × 100 + month, first count, second count).
 */
final class Months {

	static final int COUNT = 12;

	private Months() {
	}

	/** The first day counted: the first of the month eleven months before this one. */
	static LocalDate start(LocalDate today) {
		return YearMonth.from(today).minusMonths(COUNT - 1).atDay(1);
	}

	/** SQL for the year × 100 + month of a date column. */
	static String of(String column) {
		return "(extract(year from " + column + ") * 100 + extract(month from " + column + "))";
	}

	/** The two counts of each of the twelve months, oldest first; months without rows count zero. */
	static Map<YearMonth, long[]> count(JdbcClient.StatementSpec query, LocalDate today) {
		Map<YearMonth, long[]> months = new LinkedHashMap<>();
		for (YearMonth m = YearMonth.from(start(today)); !m.isAfter(YearMonth.from(today)); m = m.plusMonths(1)) {
			months.put(m, new long[2]);
		}
		query.query((rs, n) -> {
			int ym = rs.getInt(1);
			long[] counts = months.get(YearMonth.of(ym / 100, ym % 100));
			if (counts != null) {
				counts[0] = rs.getLong(2);
				counts[1] = rs.getLong(3);
			}
			return ym;
		}).list();
		return months;
	}

	/** Turns the counts into a list of values, oldest month first. */
	static <T> List<T> list(Map<YearMonth, long[]> counts, Row<T> row) {
		List<T> list = new ArrayList<>();
		counts.forEach((month, c) -> list.add(row.of(month, c[0], c[1])));
		return list;
	}

	/** Makes a month's value from its two counts. */
	interface Row<T> {

		T of(YearMonth month, long first, long second);
	}
}
