package org.qunfang.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduled work (sealing the logs, purges, reminders) runs unless {@code qunfang.scheduling.enabled=false}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "qunfang.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {
}
