package org.qunfang.disclosure.publication;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.qunfang.funds.FundStatement;
import org.qunfang.platform.Money;

/**
 * The canonical text of a published statement (收支公开表): the one form in which it is published, shown,
 * printed and put into the county's log, so that what a villager reads is exactly what the log's leaf
 * commits to. A stable, human-readable UTF-8 document of lines, each line of cells separated by a tab:
 * a label, details, and an amount in yuan with two decimals where the line has one. Names of sources and
 * purposes are in Chinese. The text is made once, when the statement is published, and never again: a
 * change of wording here changes only statements published afterwards.
 */
public final class StatementText {

	/** The format's name, the text's second line: a later format gets a new name. */
	public static final String FORMAT = "qunfang-statement-1";

	private static final Pattern AMOUNT = Pattern.compile("-?\\d+\\.\\d{2}( → -?\\d+\\.\\d{2})?");
	private static final String SEP = " · ";

	/** The names the statement is printed with, in Chinese: places, and sources and purposes by code. */
	public record Names(String county, String township, String village, Map<String, String> sources,
			Map<String, String> purposes) {
	}

	/** What a correction says: the log entry of the statement it corrects, when that was published, and why. */
	public record Correction(long leafIndex, LocalDate publishedOn, String reason) {
	}

	/**
	 * One line as a page shows it: its number (from 1, what questions refer to), its label, the details and
	 * the amount (empty when the line has none).
	 */
	public record Line(int number, String label, String detail, String amount) {

		/** Whether the line heads the document or gives a total, to be set apart. */
		public boolean heading() {
			return number == 1 || label.endsWith("余额") || label.endsWith("合计");
		}
	}

	private StatementText() {
	}

	/** The canonical text of a village's statement for a period, published on a day (as a correction, if given). */
	public static String render(FundStatement s, Period period, Names names, LocalDate publishedOn, Correction correction) {
		List<String> rows = new ArrayList<>();
		rows.add("群防群治经费收支公开表");
		rows.add(row("格式", FORMAT));
		rows.add(row("县", names.county()));
		rows.add(row("乡镇", names.township()));
		rows.add(row("村", names.village()));
		rows.add(row("期间", period.nameZh(), period.from() + " 至 " + period.to()));
		rows.add(row("公布日期", publishedOn.toString()));
		if (correction != null) {
			rows.add(row("更正", "本表更正日志第 " + correction.leafIndex() + " 号（" + correction.publishedOn() + " 公布）",
					named(correction.reason())));
		}
		rows.add(row("金额单位", "元"));
		rows.add(row("期初余额", "", yuan(s.openingFen())));
		s.income().forEach(i -> rows.add(row("收入", name(names.sources(), i.source()), yuan(i.amountFen()))));
		rows.add(row("收入合计", "", yuan(s.incomeFen())));
		s.expenses().forEach(e -> rows.add(row("支出", name(names.purposes(), e.purpose()) + SEP + named(e.payee()) + SEP
				+ e.payments() + "笔", yuan(e.amountFen()))));
		rows.add(row("支出合计", "", yuan(s.expenseFen())));
		s.redesignations().forEach(r -> rows.add(row("调剂", r.on() + SEP + "第" + r.voucherNo() + "号凭证" + SEP
				+ named(r.fromFund()) + " → " + named(r.toFund()) + SEP + named(r.reason()), yuan(r.amountFen()))));
		s.funds().forEach(f -> rows.add(row("经费", named(f.name()) + SEP + name(names.sources(), f.source()) + SEP
				+ purposes(names, f.purposes()), yuan(f.openingFen()) + " → " + yuan(f.closingFen()))));
		rows.add(row("期末余额", "", yuan(s.closingFen())));
		return String.join("\n", rows) + "\n";
	}

	/** The lines of a canonical text, numbered from 1. */
	public static List<Line> lines(String text) {
		List<Line> lines = new ArrayList<>();
		String[] rows = text.split("\n");
		for (int i = 0; i < rows.length; i++) {
			String[] cells = rows[i].split("\t", -1);
			boolean amount = cells.length > 1 && AMOUNT.matcher(cells[cells.length - 1]).matches();
			int details = amount ? cells.length - 1 : cells.length;
			String detail = Arrays.stream(cells, 1, Math.max(1, details)).filter(c -> !c.isBlank())
				.collect(Collectors.joining(SEP));
			lines.add(new Line(i + 1, cells[0], detail, amount ? cells[cells.length - 1] : ""));
		}
		return lines;
	}

	/** The line of that number, if the text has it. */
	public static Optional<Line> line(String text, int number) {
		List<Line> all = lines(text);
		return number >= 1 && number <= all.size() ? Optional.of(all.get(number - 1)) : Optional.empty();
	}

	private static String row(String... cells) {
		return Arrays.stream(cells).map(StatementText::cell).collect(Collectors.joining("\t"));
	}

	/** A cell's text on one line: tabs and line breaks of names and reasons become spaces. */
	private static String cell(String text) {
		return text == null ? "" : text.replaceAll("[\\t\\r\\n\\u2028\\u2029]+", " ").strip();
	}

	/** A name or reason in a line's details; a dash where there is none. */
	private static String named(String text) {
		String cell = cell(text);
		return cell.isEmpty() ? "—" : cell;
	}

	/** A fund's purposes in the county's order of purposes (any it no longer lists last), by name. */
	private static String purposes(Names names, List<String> codes) {
		List<String> ordered = new ArrayList<>(names.purposes().keySet().stream().filter(codes::contains).toList());
		codes.stream().filter(c -> !ordered.contains(c)).forEach(ordered::add);
		return ordered.stream().map(p -> name(names.purposes(), p)).collect(Collectors.joining("、"));
	}

	private static String name(Map<String, String> names, String code) {
		return named(names.getOrDefault(code, code));
	}

	private static String yuan(long fen) {
		return Money.fen(fen).yuan();
	}
}
