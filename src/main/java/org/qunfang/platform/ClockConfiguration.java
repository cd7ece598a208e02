package org.qunfang.platform;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application. Storage is in {@code Instant}; "the day" and display use the
 * configured zone ({@code qunfang.zone}, Asia/Shanghai by default). Tests replace the clock to move time.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	ZoneId displayZone(@Value("${qunfang.zone:Asia/Shanghai}") String zone) {
		return ZoneId.of(zone);
	}
}
