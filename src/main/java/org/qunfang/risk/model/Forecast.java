package org.qunfang.risk.model;

/**
 * Expected cases per place over a period: from the long-term background and from the near-repeat effect
 * of recent cases, and (when asked for) per hour of the week. Every figure is non-negative; the hours of a
 * place add up to its total.
 */
public record Forecast(double[] background, double[] nearRepeat, double[][] byHour) {

	/** A place's expected cases over the period. */
	public double total(int place) {
		return background[place] + nearRepeat[place];
	}

	/** Every place's expected cases over the period. */
	public double[] totals() {
		double[] totals = new double[background.length];
		for (int p = 0; p < totals.length; p++) {
			totals[p] = total(p);
		}
		return totals;
	}

	/** The expected cases of the whole area over the period. */
	public double sum() {
		double sum = 0;
		for (int p = 0; p < background.length; p++) {
			sum += total(p);
		}
		return sum;
	}
}
