package org.qunfang.risk.evaluation;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.qunfang.risk.model.FittedRisk;
import org.qunfang.risk.model.GridPlaces;
import org.qunfang.risk.model.RiskSettings;

/**
 * The evaluation harness: reads an incident CSV through a column mapping, lays a grid over the study area,
 * walks forward over the evaluation period and prints, for the model, the baselines and two hindsight
 * references, the hit rate and PAI at 1, 2, 5 and 10 % of the area (Markdown), the model's ratio to the best
 * baseline of each column with a bootstrap interval, then the patrol effect of the risk weight over the
 * period's last month. Run {@code java -cp target/classes org.qunfang.risk.evaluation.Evaluate --help}.
 */
public final class Evaluate {

	private static final String USAGE = """
			Usage: Evaluate --file incidents.csv (--date COL | --time COL) (--x COL --y COL [--unit metres|feet] | --lat COL --lon COL)
			  [--type COL --types a,b]   keep only these types
			  [--cell 150]               grid cell side, metres
			  [--from YYYY-MM-DD --to YYYY-MM-DD]  evaluation period, both days included (default: the data's last 3 months)
			  [--horizon 1]              days forecast at a time (1 or 7)
			  [--refit-days 7]           refit the model every so many days (in between: the latest fit plus the new cases)
			  [--shifts]                 with --time: score the day (07-19) and night (19-07) shifts apart
			  [--half-life 730] [--smooth CELL/2] [--place-prior 0.1] [--reach 600] [--block 2000] [--window 60]   model settings
			  [--kde-bandwidth M]        kernel density baseline bandwidth (default: the cell side)
			  [--area-buffer 0]          add to the study area the cells within so many metres of a cell with an incident
			  [--patrol-share 0.02] [--patrol-cap 10] [--no-patrol]   patrol effect over the period's last 28 days
			""";

	private Evaluate() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options;
		try {
			options = options(args);
		} catch (IllegalArgumentException e) {
			System.err.println(e.getMessage());
			System.err.print(USAGE);
			System.exit(2);
			return;
		}
		if (options.containsKey("help")) {
			System.out.print(USAGE);
			return;
		}
		try {
			run(options, System.out);
		} catch (IllegalArgumentException e) {
			System.err.println("error: " + e.getMessage());
			System.exit(2);
		}
	}

	static Map<String, String> options(String[] args) {
		Set<String> flags = Set.of("shifts", "no-patrol", "help");
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < args.length; i++) {
			if (!args[i].startsWith("--")) {
				throw new IllegalArgumentException("unexpected argument: " + args[i]);
			}
			String name = args[i].substring(2);
			if (flags.contains(name)) {
				options.put(name, "true");
			} else if (i + 1 < args.length) {
				options.put(name, args[++i]);
			} else {
				throw new IllegalArgumentException("--" + name + " needs a value");
			}
		}
		return options;
	}

	static IncidentCsv.Columns columns(Map<String, String> o) {
		String unit = o.getOrDefault("unit", "metres");
		if (!unit.equals("metres") && !unit.equals("feet")) {
			throw new IllegalArgumentException("--unit is metres or feet, not " + unit);
		}
		Set<String> types = o.containsKey("types") ? new LinkedHashSet<>(Arrays.asList(o.get("types").split(","))) : Set.of();
		return new IncidentCsv.Columns(o.get("date"), o.get("time"), o.get("x"), o.get("y"), unit.equals("feet"), o.get("lat"),
				o.get("lon"), o.get("type"), types);
	}

	static void run(Map<String, String> o, PrintStream out) throws Exception {
		long started = System.nanoTime();
		if (!o.containsKey("file")) {
			throw new IllegalArgumentException("--file is required");
		}
		Path file = Path.of(o.get("file"));
		if (!Files.isReadable(file)) {
			throw new IllegalArgumentException("cannot read " + file);
		}
		IncidentCsv.Columns columns = columns(o);
		boolean shifts = o.containsKey("shifts");
		if (shifts && !columns.timed()) {
			throw new IllegalArgumentException("--shifts needs times of day (--time)");
		}
		IncidentCsv.Result read = IncidentCsv.read(file, columns);
		if (read.points().isEmpty()) {
			throw new IllegalArgumentException("no incident could be read from " + file);
		}
		LocalDate last = read.points().stream().map(IncidentCsv.Point::date).max(LocalDate::compareTo).orElseThrow();
		LocalDate to = o.containsKey("to") ? LocalDate.parse(o.get("to")) : last;
		LocalDate from = o.containsKey("from") ? LocalDate.parse(o.get("from")) : to.minusMonths(3).plusDays(1);
		double cell = number(o, "cell", 150);
		int horizon = (int) number(o, "horizon", 1);
		double refit = number(o, "refit-days", 7);
		RiskSettings settings = RiskSettings.defaults().withPlacePrior(0.1);
		if (o.containsKey("half-life")) {
			settings = settings.withHalfLife(number(o, "half-life", 0));
		}
		if (o.containsKey("place-prior")) {
			settings = settings.withPlacePrior(number(o, "place-prior", 0));
		}
		if (o.containsKey("window")) {
			settings = settings.withWindow(number(o, "window", 0));
		}
		double smooth = number(o, "smooth", cell / 2);
		double reach = number(o, "reach", 600);
		double block = number(o, "block", 2000);
		double bandwidth = number(o, "kde-bandwidth", cell);

		double buffer = number(o, "area-buffer", 0);
		StudyGrid grid = new StudyGrid(cell, read.points(), from, buffer);
		LocalDate origin = Events.origin(read.points());
		Events events = Events.of(read.points(), grid, origin);
		int first = (int) ChronoUnit.DAYS.between(origin, from);
		int end = (int) ChronoUnit.DAYS.between(origin, to) + 1;
		GridPlaces places = grid.places(block, reach, smooth);
		int slots = shifts ? 2 : 1;
		Events[] bySlot = new Events[slots];
		for (int s = 0; s < slots; s++) {
			int slot = s;
			bySlot[s] = shifts ? events.filter(i -> Shifts.of(events.hourOfWeek[i] % 24) == slot) : events;
		}
		ModelMethod model = new ModelMethod(places, events.incidents(), settings, refit, shifts);
		List<Method> methods = new ArrayList<>(List.of(model, Baselines.uniform(grid.size()),
				Baselines.counts("naive counts, last 365 days", grid.size(), bySlot, 365),
				Baselines.counts("naive counts, all history", grid.size(), bySlot, Double.POSITIVE_INFINITY),
				Baselines.density("kernel density, last 365 days", grid, bySlot, 365, bandwidth),
				Baselines.density("kernel density, all history", grid, bySlot, Double.POSITIVE_INFINITY, bandwidth),
				Baselines.prospective(grid, bySlot, 400, 8),
				Baselines.hindsight("hindsight: all the data but the scored period's (uses the future)", grid.size(), bySlot,
						Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
				Baselines.hindsight("hindsight: the evaluation period but the scored period's (uses the future)", grid.size(), bySlot,
						first, end)));

		long training = Arrays.stream(events.time).filter(t -> t < first).count();
		out.printf(Locale.ROOT, "## %s%n%n", file.getFileName());
		out.printf(Locale.ROOT, "- rows read: %,d kept, %,d skipped by type, %,d bad %s%n", read.points().size(),
				read.skipped(), read.badRows(), read.bad().isEmpty() ? "" : read.bad());
		out.printf(Locale.ROOT, "- data: %s to %s; training before %s: %,d incidents; evaluation %s to %s%n",
				origin, last, from, training, from, to);
		out.printf(Locale.ROOT, "- grid: %.0f m cells; study area: %,d cells (%.1f km²) with an incident before %s%s%n",
				cell, grid.size(), grid.size() * cell * cell / 1e6, from,
				buffer > 0 ? String.format(Locale.ROOT, " and within %.0f m of one", buffer) : "");
		out.printf(Locale.ROOT,
				"- horizon %d day(s)%s; model refitted every %.0f days; model settings %s, smoothing %.0f m, reach %.0f m, regions %.0f m; kernel density bandwidth %.0f m%n",
				horizon, shifts ? ", by shift" : "", refit, settings, smooth, reach, block, bandwidth);

		Metrics.Tally[][] tallies = WalkForward.run(methods, events, grid.size(), first, end, horizon, shifts);
		for (int s = 0; s < slots; s++) {
			Metrics.Tally any = tallies[0][s];
			out.printf(Locale.ROOT, "%n### %s%s: %,d incidents in %d periods (%d outside the area)%n%n",
					file.getFileName(), shifts ? ", " + Shifts.name(s) : "", any.incidents(), any.periods(), any.outside());
			out.println(table(methods, tallies, s));
			out.println(comparison(methods, tallies, s, Math.max(1, 7 / horizon)));
		}
		FittedRisk fit = model.fit();
		out.printf(Locale.ROOT,
				"Model, last fit (%,d cases): θ = %.3f, ω = %.3f/day (%.1f days), σ = %.0f m, %d EM iterations; %d fits, %.1f s fitting%n",
				fit.events(), fit.branching(), fit.decayPerDay(), 1 / fit.decayPerDay(), fit.spread(), fit.iterations(), model.fits(),
				model.fitSeconds());

		if (!o.containsKey("no-patrol")) {
			double share = number(o, "patrol-share", 0.02);
			int cap = (int) number(o, "patrol-cap", 10);
			int days = (int) Math.min(28, end - first);
			ModelMethod patrolModel = new ModelMethod(places, events.incidents(), settings, refit, false);
			PatrolEffect.Result r = PatrolEffect.run(patrolModel, events, grid.size(), end - days, days, share, cap, 7);
			out.printf(Locale.ROOT,
					"%nPatrol effect, last %d days (%,d incidents), %d cell-days a day (%.0f %% of the area):%n", days,
					r.incidents(), r.slotsPerDay(), 100 * share);
			out.printf(Locale.ROOT, "| allocation | incidents in patrolled cell-days | share |%n| --- | --- | --- |%n");
			row(out, "rotation, without risk", r.rotation(), r.incidents());
			row(out, "proportionate to the model's risk (expected)", r.proportionate(), r.incidents());
			row(out, "highest model risk first, at most " + cap + " days per cell", r.highest(), r.incidents());
		}
		out.printf(Locale.ROOT, "%nWall time: %.1f s%n", (System.nanoTime() - started) / 1e9);
	}

	private static void row(PrintStream out, String name, double hits, long incidents) {
		out.printf(Locale.ROOT, "| %s | %.1f | %.1f %% |%n", name, hits, incidents == 0 ? 0 : 100 * hits / incidents);
	}

	static String table(List<Method> methods, Metrics.Tally[][] tallies, int slot) {
		StringBuilder t = new StringBuilder("| method |");
		StringBuilder rule = new StringBuilder("| --- |");
		for (double a : Metrics.AREAS) {
			t.append(String.format(Locale.ROOT, " hit %.0f %% | PAI %.0f %% |", 100 * a, 100 * a));
			rule.append(" --- | --- |");
		}
		t.append('\n').append(rule).append('\n');
		for (int m = 0; m < methods.size(); m++) {
			t.append("| ").append(methods.get(m).name()).append(" |");
			for (int a = 0; a < Metrics.AREAS.length; a++) {
				t.append(String.format(Locale.ROOT, " %.1f %% | %.2f |", 100 * tallies[m][slot].hitRate(a), tallies[m][slot].pai(a)));
			}
			t.append('\n');
		}
		return t.toString();
	}

	/** Resamples of the bootstrap behind the intervals of {@link #comparison}. */
	static final int RESAMPLES = 2000;

	/**
	 * The model against the best baseline of each column (picked in hindsight, which favours the baselines),
	 * and the best hindsight reference against the same baseline: how much room a fixed map had at all.
	 */
	static String comparison(List<Method> methods, Metrics.Tally[][] tallies, int slot, int blockPeriods) {
		StringBuilder t = new StringBuilder(String.format(Locale.ROOT,
				"PAI ratios with 95 %% intervals (paired bootstrap over blocks of %d periods, %,d resamples); an interval"
						+ " containing 1 cannot tell the two apart, * marks one that does not contain 1:%n%n",
				blockPeriods, RESAMPLES));
		t.append("| area | best baseline | model ÷ best baseline | best hindsight ÷ best baseline |\n| --- | --- | --- | --- |\n");
		for (int a = 0; a < Metrics.AREAS.length; a++) {
			int best = best(methods, tallies, slot, a, false);
			int ceiling = best(methods, tallies, slot, a, true);
			Comparison.Ratio model = Comparison.ratio(tallies[0][slot], tallies[best][slot], a, blockPeriods, RESAMPLES, 1L + a);
			Comparison.Ratio room = ceiling < 0 ? null
					: Comparison.ratio(tallies[ceiling][slot], tallies[best][slot], a, blockPeriods, RESAMPLES, 101L + a);
			t.append(String.format(Locale.ROOT, "| %.0f %% | %s | %s | %s |%n", 100 * Metrics.AREAS[a], methods.get(best).name(),
					ratio(model), room == null ? "–" : ratio(room)));
		}
		return t.toString();
	}

	/** The baseline (or the hindsight reference) with the highest capture at an area share. */
	private static int best(List<Method> methods, Metrics.Tally[][] tallies, int slot, int area, boolean hindsight) {
		int best = -1;
		for (int m = 1; m < methods.size(); m++) {
			if (methods.get(m).hindsight() == hindsight
					&& (best < 0 || tallies[m][slot].hitRate(area) > tallies[best][slot].hitRate(area))) {
				best = m;
			}
		}
		return best;
	}

	private static String ratio(Comparison.Ratio r) {
		if (Double.isNaN(r.estimate())) {
			return "–";
		}
		return String.format(Locale.ROOT, "%.2f (%.2f–%.2f)%s", r.estimate(), r.low(), r.high(), r.separates() ? " *" : "");
	}

	private static double number(Map<String, String> o, String name, double otherwise) {
		if (!o.containsKey(name)) {
			return otherwise;
		}
		try {
			return Double.parseDouble(o.get(name));
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("--" + name + " wants a number, not " + o.get(name));
		}
	}
}
