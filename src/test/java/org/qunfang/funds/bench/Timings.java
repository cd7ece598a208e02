package org.qunfang.funds.bench;

import java.util.Arrays;

/** Durations of repeated runs, in milliseconds: the median, a percentile and the maximum. */
record Timings(double[] millis) {

	static Timings of(long[] nanos) {
		return new Timings(Arrays.stream(nanos).mapToDouble(n -> n / 1e6).sorted().toArray());
	}

	double median() {
		int n = millis.length;
		return n % 2 == 1 ? millis[n / 2] : (millis[n / 2 - 1] + millis[n / 2]) / 2;
	}

	double percentile(double p) {
		return millis[Math.min(millis.length - 1, (int) Math.ceil(p / 100 * millis.length) - 1)];
	}

	double max() {
		return millis[millis.length - 1];
	}
}
