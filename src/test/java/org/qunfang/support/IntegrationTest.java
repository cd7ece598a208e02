package org.qunfang.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Base of tests that run the whole application on a random port against the test database (H2, or
 * PostgreSQL with -Ppostgres). All share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestSupport.class)
public abstract class IntegrationTest {

	@LocalServerPort
	protected int port;

	@Autowired
	protected Fixtures fixtures;

	@Autowired
	protected MutableClock clock;

	@BeforeEach
	void prepareFixtures() {
		fixtures.ensure();
		clock.reset();
	}

	protected WebSession browser() {
		return new WebSession("http://localhost:" + port);
	}

	protected WebSession signedIn(String username) {
		WebSession session = browser();
		session.login(username, Fixtures.PASSWORD);
		return session;
	}
}
