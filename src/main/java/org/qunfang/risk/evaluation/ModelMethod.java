package org.qunfang.risk.evaluation;

import java.util.List;

import org.qunfang.risk.model.FittedRisk;
import org.qunfang.risk.model.Forecast;
import org.qunfang.risk.model.Incident;
import org.qunfang.risk.model.Places;
import org.qunfang.risk.model.RiskFit;
import org.qunfang.risk.model.RiskSettings;

/**
 * The risk model as a method: fitted on all cases before the period (refitted every {@code refitDays}
 * days; between refits the latest fit is carried forward with the cases since), forecasting each period's
 * expected cases per cell. With shifts, the hourly forecast is summed over each shift's hours.
 */
final class ModelMethod implements Method {

	private final Places places;
	private final List<Incident> history;
	private final RiskSettings settings;
	private final double refitDays;
	private final boolean shifts;
	private FittedRisk fit;
	private double fittedAt = Double.NaN;
	private double cachedAt = Double.NaN;
	private double[][] cached;
	private long fitNanos;
	private int fits;

	ModelMethod(Places places, List<Incident> history, RiskSettings settings, double refitDays, boolean shifts) {
		this.places = places;
		this.history = history;
		this.settings = settings;
		this.refitDays = refitDays;
		this.shifts = shifts;
	}

	@Override
	public String name() {
		return "model";
	}

	@Override
	public double[] scores(double now, double days, int startHourOfWeek, int slot) {
		if (now != cachedAt) {
			cached = forecast(now, days, startHourOfWeek);
			cachedAt = now;
		}
		return cached[slot];
	}

	private double[][] forecast(double now, double days, int startHourOfWeek) {
		if (fit == null || now - fittedAt >= refitDays) {
			long started = System.nanoTime();
			fit = RiskFit.fit(places, history, 0, now, settings);
			fitNanos += System.nanoTime() - started;
			fits++;
			fittedAt = now;
		} else {
			fit = fit.updatedTo(history, now);
		}
		if (!shifts) {
			return new double[][] { fit.totals(now, days, startHourOfWeek).totals() };
		}
		Forecast f = fit.hourly(now, days, startHourOfWeek);
		double[][] scores = new double[2][places.size()];
		for (int p = 0; p < places.size(); p++) {
			double[] hours = f.byHour()[p];
			for (int h = 0; h < hours.length; h++) {
				scores[Shifts.of(h % 24)][p] += hours[h];
			}
		}
		return scores;
	}

	/** The latest fit. */
	FittedRisk fit() {
		return fit;
	}

	int fits() {
		return fits;
	}

	double fitSeconds() {
		return fitNanos / 1e9;
	}
}
