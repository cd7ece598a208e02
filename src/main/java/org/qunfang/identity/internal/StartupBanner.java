package org.qunfang.identity.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started the application where it is and, for the demo, how to sign in. */
@Component
class StartupBanner {

	private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

	private final boolean demo;
	private final boolean forceChange;
	private final String contextPath;

	StartupBanner(@Value("${qunfang.demo.enabled:false}") boolean demo,
			@Value("${qunfang.demo.force-password-change:true}") boolean forceChange,
			@Value("${server.servlet.context-path:}") String contextPath) {
		this.demo = demo;
		this.forceChange = forceChange;
		this.contextPath = contextPath;
	}

	@EventListener
	void ready(ApplicationReadyEvent event) {
		if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
			return;
		}
		StringBuilder text = new StringBuilder("\n\n  Qunfang is running: http://localhost:")
			.append(web.getWebServer().getPort()).append(contextPath).append("/\n");
		if (demo) {
			text.append("  Demo logins (password ").append(DemoAccounts.PASSWORD)
				.append(forceChange ? "; you choose a new one at first sign-in):\n" : "):\n");
			for (DemoAccounts.DemoAccount account : DemoAccounts.ACCOUNTS) {
				text.append(String.format("    %-24s %-20s %s%n", account.username(), account.role(), account.displayName()));
			}
		}
		log.info(text.toString());
	}
}
