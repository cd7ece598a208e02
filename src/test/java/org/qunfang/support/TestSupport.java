package org.qunfang.support;

import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/** What every integration test shares: a movable clock, a clean database, the fixture county. */
@TestConfiguration(proxyBeanMethods = false)
@Import(Fixtures.class)
public class TestSupport {

	@Bean
	@Primary
	MutableClock testClock() {
		return new MutableClock();
	}

	@Bean
	FlywayMigrationStrategy cleanThenMigrate(@Value("${qunfang.test.clean-database:false}") boolean clean) {
		return (Flyway flyway) -> {
			if (clean) {
				flyway.clean();
			}
			flyway.migrate();
		};
	}
}
