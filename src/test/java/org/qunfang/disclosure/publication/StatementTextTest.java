package org.qunfang.disclosure.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qunfang.funds.FundStatement;
import org.qunfang.platform.DomainException;

/** The canonical text of a statement, its lines as pages show them, and the periods it is published for. */
class StatementTextTest {

	private static final Map<String, String> PURPOSES = new LinkedHashMap<>(Map.of("PATROL_WAGES", "巡逻工资"));

	static {
		PURPOSES.put("TOOLS", "防范器材");
		PURPOSES.put("REWARDS", "奖励");
	}

	private static final StatementText.Names NAMES = new StatementText.Names("云溪县", "桃源镇", "东山村",
			Map.of("TOWNSHIP_FINANCE", "乡镇财政", "DONATION", "社会捐助"), PURPOSES);

	private static final FundStatement MAY = new FundStatement(1, 2, "东山村", "Dongshan", LocalDate.of(2026, 5, 1),
			LocalDate.of(2026, 5, 31), 100_000,
			List.of(new FundStatement.IncomeLine("TOWNSHIP_FINANCE", 500_000), new FundStatement.IncomeLine("DONATION", 20_050)),
			List.of(new FundStatement.ExpenseLine("PATROL_WAGES", "东山村巡逻队", 120_000, 2),
					new FundStatement.ExpenseLine("TOOLS", "县五\t金店\n二楼", 12_650, 1)),
			List.of(new FundStatement.Redesignation(LocalDate.of(2026, 5, 20), 7, "捐款", "捐款 → 防范器材", 10_000, "村民代表会议决定")),
			List.of(new FundStatement.FundLine(9, "巡逻经费", "TOWNSHIP_FINANCE", List.of("TOOLS", "PATROL_WAGES"), 100_000, 467_350),
					new FundStatement.FundLine(10, "捐款", "DONATION", List.of("REWARDS"), 0, 20_050)),
			487_400);

	@Test
	void aStatementIsWrittenAsStableLinesOfTabSeparatedCells() {
		String text = StatementText.render(MAY, Period.parse("2026-05"), NAMES, LocalDate.of(2026, 6, 3), null);
		assertThat(text).isEqualTo("""
				群防群治经费收支公开表
				格式\tqunfang-statement-1
				县\t云溪县
				乡镇\t桃源镇
				村\t东山村
				期间\t2026年5月\t2026-05-01 至 2026-05-31
				公布日期\t2026-06-03
				金额单位\t元
				期初余额\t\t1000.00
				收入\t乡镇财政\t5000.00
				收入\t社会捐助\t200.50
				收入合计\t\t5200.50
				支出\t巡逻工资 · 东山村巡逻队 · 2笔\t1200.00
				支出\t防范器材 · 县五 金店 二楼 · 1笔\t126.50
				支出合计\t\t1326.50
				调剂\t2026-05-20 · 第7号凭证 · 捐款 → 捐款 → 防范器材 · 村民代表会议决定\t100.00
				经费\t巡逻经费 · 乡镇财政 · 巡逻工资、防范器材\t1000.00 → 4673.50
				经费\t捐款 · 社会捐助 · 奖励\t0.00 → 200.50
				期末余额\t\t4874.00
				""");
		assertThat(StatementText.render(MAY, Period.parse("2026-05"), NAMES, LocalDate.of(2026, 6, 3), null))
			.as("the same statement, the same text").isEqualTo(text);
	}

	@Test
	void aCorrectionSaysWhichEntryItCorrectsAndWhy() {
		String text = StatementText.render(MAY, Period.parse("2026-05"), NAMES, LocalDate.of(2026, 6, 9),
				new StatementText.Correction(12, LocalDate.of(2026, 6, 3), "漏记一笔\n捐款"));
		assertThat(text).contains("公布日期\t2026-06-09\n更正\t本表更正日志第 12 号（2026-06-03 公布）\t漏记一笔 捐款\n金额单位");
	}

	@Test
	void linesAreNumberedWithTheirLabelDetailsAndAmount() {
		List<StatementText.Line> lines = StatementText.lines(
				StatementText.render(MAY, Period.parse("2026-05"), NAMES, LocalDate.of(2026, 6, 3), null));
		assertThat(lines).hasSize(19);
		assertThat(lines.get(0)).isEqualTo(new StatementText.Line(1, "群防群治经费收支公开表", "", ""));
		assertThat(lines.get(5)).isEqualTo(new StatementText.Line(6, "期间", "2026年5月 · 2026-05-01 至 2026-05-31", ""));
		assertThat(lines.get(8)).isEqualTo(new StatementText.Line(9, "期初余额", "", "1000.00"));
		assertThat(lines.get(12)).isEqualTo(new StatementText.Line(13, "支出", "巡逻工资 · 东山村巡逻队 · 2笔", "1200.00"));
		assertThat(lines.get(16).amount()).isEqualTo("1000.00 → 4673.50");
		assertThat(lines.get(8).heading()).isTrue();
		assertThat(lines.get(12).heading()).isFalse();
		assertThat(StatementText.line("a\tb\n", 2)).isEmpty();
	}

	@Test
	void periodsAreMonthsOrQuartersAndOverOnceTheirLastDayIsPast() {
		Period q2 = Period.parse(" 2026-q2 ");
		assertThat(q2).isEqualTo(new Period("2026-Q2", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)));
		assertThat(q2.nameZh()).isEqualTo("2026年第2季度");
		assertThat(q2.name(java.util.Locale.ENGLISH)).isEqualTo("Q2 2026");
		assertThat(Period.parse("2026-02").to()).isEqualTo(LocalDate.of(2026, 2, 28));
		assertThat(Period.parse("2026-02").name(java.util.Locale.ENGLISH)).isEqualTo("February 2026");
		assertThat(q2.overBy(LocalDate.of(2026, 6, 30))).isFalse();
		assertThat(q2.overBy(LocalDate.of(2026, 7, 1))).isTrue();
		for (String bad : new String[] { "2026-13", "2026-Q5", "2026", "May", "", "2026-5" }) {
			assertThatThrownBy(() -> Period.parse(bad)).as(bad).isInstanceOf(DomainException.class);
		}
		assertThat(Period.recent(LocalDate.of(2026, 7, 15), 4)).extracting(Period::code)
			.containsExactly("2026-06", "2026-Q2", "2026-05", "2026-04", "2026-03", "2026-Q1");
	}
}
