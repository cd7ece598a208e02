package org.qunfang.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright (never a downloaded browser). Without Chromium the browser
 * tests are skipped on a developer's machine, and fail where {@code qunfang.browser.required} is set (CI).
 */
public final class Browser implements AutoCloseable {

	public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final Playwright playwright;
	private final com.microsoft.playwright.Browser browser;

	private Browser() {
		this.playwright = Playwright.create();
		this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
			.setExecutablePath(CHROMIUM)
			.setHeadless(true)
			.setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run")));
	}

	public static Browser start() {
		if (!Files.isExecutable(CHROMIUM)) {
			if (Boolean.getBoolean("qunfang.browser.required")) {
				throw new IllegalStateException("Chromium is required for the browser tests: install Debian's chromium");
			}
			Assumptions.abort("no Chromium at " + CHROMIUM);
		}
		return new Browser();
	}

	/** A fresh page (own cookies) of the given viewport, speaking the given language first. */
	public Page page(int width, int height, String language) {
		return browser.newContext(new NewContextOptions().setViewportSize(width, height).setLocale(language)
			.setExtraHTTPHeaders(java.util.Map.of("Accept-Language", language))).newPage();
	}

	public static Path screenshot(Page page, String name) {
		Path file = SCREENSHOTS.resolve(name + ".png");
		page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
		return file;
	}

	@Override
	public void close() {
		browser.close();
		playwright.close();
	}
}
