package org.qunfang.risk.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qunfang.risk.model.RiskSettings;

/** Reading a CSV through a column mapping, and the walk forward by shift on a tiny made-up history. */
class HarnessTest {

	@TempDir
	Path dir;

	private static IncidentCsv.Columns timed() {
		return new IncidentCsv.Columns(null, "when", "x", "y", false, null, null, "kind", Set.of("theft"));
	}

	@Test
	void readsFeetDatesAndCountsBadRows() throws IOException {
		Path csv = dir.resolve("a.csv");
		Files.writeString(csv, """
				occ_date,x_coordina,y_coordina,note
				2017-03-01,1000,2000,"a, quoted"
				2017-03-02,,2000,x
				03/01/2017,1000,2000,x
				2017-03-04,1000
				""");
		IncidentCsv.Result r = IncidentCsv.read(csv, new IncidentCsv.Columns("occ_date", null, "x_coordina", "y_coordina", true,
				null, null, null, Set.of()));
		assertThat(r.points()).hasSize(1);
		assertThat(r.points().get(0).x()).isCloseTo(304.8, within(1e-9));
		assertThat(r.points().get(0).minute()).isEqualTo(-1);
		assertThat(r.badRows()).isEqualTo(3);
		assertThat(r.bad()).containsEntry("too few fields", 1).containsEntry("unreadable date or time", 1)
			.containsEntry("missing or unreadable coordinates", 1);
	}

	@Test
	void aMappingToAMissingColumnIsAnError() throws IOException {
		Path csv = dir.resolve("b.csv");
		Files.writeString(csv, "date,x,y\n2017-03-01,1,2\n");
		assertThatThrownBy(() -> IncidentCsv.read(csv, new IncidentCsv.Columns("occ_date", null, "x", "y", false, null, null,
				null, Set.of()))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("occ_date");
		assertThatThrownBy(() -> new IncidentCsv.Columns("date", "time", "x", "y", false, null, null, null, Set.of()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new IncidentCsv.Columns("date", null, "x", null, false, null, "lon", null, Set.of()))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void latitudeAndLongitudeAreProjectedToLocalMetres() throws IOException {
		Path csv = dir.resolve("c.csv");
		Files.writeString(csv, "t,lat,lon\n2017-03-01 10:30,45.0,-122.0\n2017-03-01 11:00,45.001,-122.0\n");
		IncidentCsv.Result r = IncidentCsv.read(csv, new IncidentCsv.Columns(null, "t", null, null, false, "lat", "lon", null,
				Set.of()));
		assertThat(r.timed()).isTrue();
		assertThat(r.points().get(0).minute()).isEqualTo(630);
		assertThat(r.points().get(1).y() - r.points().get(0).y()).isCloseTo(111.2, within(0.1));
	}

	/**
	 * Thefts in cell A happen at night, in cell B by day, others elsewhere; burglaries (filtered out) in C.
	 * Scored by shift, the naive count of the shift's own past puts A first at night and B first by day.
	 */
	@Test
	void scoresTheDayAndNightShiftsApart() throws IOException {
		StringBuilder text = new StringBuilder("when,x,y,kind\n");
		LocalDate start = LocalDate.of(2017, 1, 2);
		for (int d = 0; d < 70; d++) {
			LocalDate date = start.plusDays(d);
			text.append(date).append(" 23:15,50,50,theft\n");
			text.append(date).append(" 12:40,250,50,theft\n");
			text.append(date).append(" 12:40,450,50,burglary\n");
			if (d % 7 == 0) {
				text.append(date).append(" 09:00,650,650,theft\n");
				text.append(date).append(" 21:00,850,650,theft\n");
			}
		}
		Path csv = dir.resolve("shifts.csv");
		Files.writeString(csv, text);
		IncidentCsv.Result read = IncidentCsv.read(csv, timed());
		assertThat(read.skipped()).isEqualTo(70);
		StudyGrid grid = new StudyGrid(200, read.points(), start.plusDays(60));
		assertThat(grid.size()).isEqualTo(4);
		LocalDate origin = Events.origin(read.points());
		Events events = Events.of(read.points(), grid, origin);
		Events[] bySlot = { events.filter(i -> Shifts.of(events.hourOfWeek[i] % 24) == Shifts.DAY),
				events.filter(i -> Shifts.of(events.hourOfWeek[i] % 24) == Shifts.NIGHT) };
		ModelMethod model = new ModelMethod(grid.places(1000, 400, 200), events.incidents(), RiskSettings.defaults(), 7, true);
		List<Method> methods = List.of(model, Baselines.counts("counts", grid.size(), bySlot, 28));
		Metrics.Tally[][] tallies = WalkForward.run(methods, events, grid.size(), 60, 69, 1, true);
		int a = grid.place(read.points().get(0));
		int b = grid.place(read.points().get(1));
		assertThat(a).isNotEqualTo(b);
		// nine days: the last night (day 69's 23:15) lies after the period's end at day 69 07:00
		assertThat(tallies[1][Shifts.DAY].incidents()).isEqualTo(9 + 1);
		assertThat(tallies[1][Shifts.NIGHT].incidents()).isEqualTo(9 + 1);
		// the top cell (a quarter of the area, the most 10 % rounds to) holds nine of each shift's ten
		assertThat(tallies[1][Shifts.DAY].hitRate(3)).isCloseTo(0.9, within(1e-12));
		assertThat(tallies[1][Shifts.NIGHT].hitRate(3)).isCloseTo(0.9, within(1e-12));
		// the model's shifts add up to its whole day
		double now = 69 + 7 / 24.0;
		double[] day = model.scores(now, 1, 7, Shifts.DAY);
		double[] night = model.scores(now, 1, 7, Shifts.NIGHT);
		double[] whole = model.fit().totals(now, 1, 7).totals();
		for (int p = 0; p < grid.size(); p++) {
			assertThat(day[p] + night[p]).isCloseTo(whole[p], within(1e-9));
		}
	}

	@Test
	void theStudyAreaIsTheCellsWithAnIncidentBeforeTheEvaluationAndOptionallyABufferAroundThem() {
		java.time.LocalDate start = java.time.LocalDate.of(2017, 3, 1);
		List<IncidentCsv.Point> points = List.of(new IncidentCsv.Point(50, 50, start.minusDays(10), -1),
				new IncidentCsv.Point(450, 50, start.minusDays(5), -1), new IncidentCsv.Point(850, 850, start, -1));
		StudyGrid plain = new StudyGrid(100, points, start);
		assertThat(plain.size()).as("two cells with an incident before; the third is the evaluation's").isEqualTo(2);
		assertThat(plain.place(new IncidentCsv.Point(150, 50, start, -1))).isEqualTo(-1);
		StudyGrid buffered = new StudyGrid(100, points, start, 100);
		// Each cell and its four neighbours within 100 m (centre to centre), no overlap between the two.
		assertThat(buffered.size()).isEqualTo(10);
		assertThat(buffered.place(new IncidentCsv.Point(150, 50, start, -1))).isNotNegative();
		assertThat(buffered.place(new IncidentCsv.Point(150, 150, start, -1))).as("a diagonal is 141 m away").isEqualTo(-1);
	}

	@Test
	void theCommandReportsEveryMethodTheHindsightReferencesAndTheComparison() throws Exception {
		// a year and a quarter of days: two incidents a day, one always in a hot cell around (50, 50), one
		// spread over a 1.5 km square (fixed pseudo-random places, so the run is the same every time)
		StringBuilder rows = new StringBuilder("day,x,y\n");
		java.util.SplittableRandom random = new java.util.SplittableRandom(11);
		for (LocalDate d = LocalDate.of(2016, 3, 1); !d.isAfter(LocalDate.of(2017, 5, 31)); d = d.plusDays(1)) {
			rows.append(d).append(",50,50\n");
			rows.append(d).append(',').append(random.nextInt(1500)).append(',').append(random.nextInt(1500)).append('\n');
		}
		Path csv = dir.resolve("made.csv");
		Files.writeString(csv, rows);
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		Evaluate.run(Evaluate.options(new String[] { "--file", csv.toString(), "--date", "day", "--x", "x", "--y", "y", "--cell",
				"100", "--from", "2017-03-01", "--to", "2017-05-31", "--no-patrol" }), new java.io.PrintStream(bytes, true,
						java.nio.charset.StandardCharsets.UTF_8));
		String out = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(out).contains("184 incidents in 92 periods", "| model |", "| naive counts, all history |",
				"| hindsight: all the data but the scored period's (uses the future) |",
				"| hindsight: the evaluation period but the scored period's (uses the future) |", "| area | best baseline | model ÷ best baseline");
		// the hot cell holds half of all incidents and every method finds it: at 1 % of the area the model
		// catches what the best baseline catches, and the interval says so
		String onePercent = out.lines().filter(l -> l.startsWith("| 1 % |")).findFirst().orElseThrow();
		assertThat(onePercent).contains("| 1.00 (1.00–1.00) |");
	}
}
