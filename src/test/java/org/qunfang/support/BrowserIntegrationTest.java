package org.qunfang.support;

import com.microsoft.playwright.Page;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of browser tests: one Chromium for the test class, pages signed in as a test user, addresses of
 * the running application.
 */
public abstract class BrowserIntegrationTest extends IntegrationTest {

	protected static Browser browser;

	@BeforeAll
	static void startBrowser() {
		browser = Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	/** A page of the given size, in Chinese, signed in as the user. */
	protected Page signIn(String username, int width, int height) {
		return signIn(username, width, height, "zh-CN");
	}

	/** A page of the given size and language, signed in as the user. */
	protected Page signIn(String username, int width, int height, String language) {
		Page page = browser.page(width, height, language);
		page.navigate(url("/login"));
		page.fill("#username", username);
		page.fill("#password", Fixtures.PASSWORD);
		page.click("#login-submit");
		page.waitForURL(u -> !u.contains("/login"));
		return page;
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}
}
