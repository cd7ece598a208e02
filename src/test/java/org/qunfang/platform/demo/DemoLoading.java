package org.qunfang.platform.demo;

import java.time.Clock;
import java.util.List;

import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Loads the demo county in a test, as a start with demo data enabled would (once per database). */
public final class DemoLoading {

	private DemoLoading() {
	}

	public static void load(List<DemoData> parts, JdbcClient jdbc, TransactionTemplate tx, Clock clock) {
		new DemoDataRunner(parts, jdbc, tx, clock, true).run(new DefaultApplicationArguments());
	}
}
