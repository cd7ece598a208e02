package org.qunfang.platform.idempotency;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.qunfang.platform.web.ProblemWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** Registers the idempotency filter after the security filters, so it knows who is asking. */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {

	@Bean
	FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyStore store,
			PlatformTransactionManager transactions, ProblemWriter problems,
			@Value("${qunfang.idempotency.wait:PT10S}") Duration wait) {
		FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
				new IdempotencyFilter(store, transactions, problems, wait));
		registration.setOrder(0);
		registration.addUrlPatterns("/api/*");
		return registration;
	}
}
