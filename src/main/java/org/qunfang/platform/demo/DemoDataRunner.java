package org.qunfang.platform.demo;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo township on start when {@code qunfang.demo.enabled} is true (the default on the
 * embedded database, never implied on PostgreSQL). Each part loads in its own transaction.
 */
@Component
@Order(10)
class DemoDataRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

	private final List<DemoData> parts;
	private final JdbcClient jdbc;
	private final TransactionTemplate tx;
	private final Clock clock;
	private final boolean enabled;

	DemoDataRunner(List<DemoData> parts, JdbcClient jdbc, TransactionTemplate tx, Clock clock,
			@Value("${qunfang.demo.enabled:false}") boolean enabled) {
		this.parts = parts.stream().sorted(Comparator.comparingInt(DemoData::order)).toList();
		this.jdbc = jdbc;
		this.tx = tx;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled || args.containsOption("verify-audit")) {
			return;
		}
		for (DemoData part : parts) {
			tx.executeWithoutResult(status -> {
				boolean loaded = jdbc.sql("select count(*) from demo_data_applied where name = :name")
					.param("name", part.name()).query(Long.class).single() > 0;
				if (!loaded) {
					log.info("Loading demo data: {}", part.name());
					part.load();
					jdbc.sql("insert into demo_data_applied (name, applied_at) values (:name, :at)")
						.param("name", part.name())
						.param("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
						.update();
				}
			});
		}
	}
}
