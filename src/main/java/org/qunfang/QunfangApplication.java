package org.qunfang;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Qunfang (群防): the working system of a township's mass prevention and treatment organizations.
 *
 * <p>Started without arguments it serves the web application. With {@code --verify-audit} it verifies
 * the tamper-evident logs and exits with status 0 (intact) or 1 (broken), without a web server.
 */
@SpringBootApplication
public class QunfangApplication {

	public static void main(String[] args) {
		SpringApplication app = new SpringApplication(QunfangApplication.class);
		String[] arguments = args;
		if (Arrays.stream(args).anyMatch(a -> a.equals("--verify-audit") || a.startsWith("--verify-audit="))) {
			// A read-only check: no web server, no migrations, no scheduled work, no demo data. Given as
			// command-line properties, these outrank anything in the environment or the configuration.
			app.setWebApplicationType(WebApplicationType.NONE);
			arguments = java.util.stream.Stream.concat(Arrays.stream(args), java.util.stream.Stream.of(
					"--spring.flyway.enabled=false", "--qunfang.scheduling.enabled=false", "--qunfang.demo.enabled=false"))
				.toArray(String[]::new);
		}
		app.run(arguments);
	}
}
