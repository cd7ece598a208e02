package org.qunfang.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.qunfang.support.Browser;
import org.qunfang.support.BrowserIntegrationTest;
import org.qunfang.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A village security director signs in, reads the home page in Chinese, switches to English, signs out. */
class SignInBrowserTest extends BrowserIntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void securityDirectorSignsInInChineseSwitchesToEnglishAndSignsOut() {
		jdbc.sql("update app_user set locale = null where username = 'a.guard'").update();
		Page page = browser.page(1280, 900, "zh-CN");
		page.navigate(url("/"));
		assertThat(page).hasURL(url("/login"));
		assertThat(page.locator("h2")).hasText("登录");
		Browser.screenshot(page, "login-zh");

		page.fill("#username", "a.guard");
		page.fill("#password", Fixtures.PASSWORD);
		page.click("#login-submit");
		assertThat(page).hasURL(java.util.regex.Pattern.compile("^" + url("/").replace(".", "\\.") + "(\\?continue)?$"));
		assertThat(page.locator("#home-greeting")).hasText("甲村治保主任 张卫东，您好");
		assertThat(page.locator("main")).containsText("治保主任");
		assertThat(page.locator("main")).containsText("甲村");
		Browser.screenshot(page, "home-zh");

		page.click("#qf-lang");
		page.click("text=English");
		assertThat(page.locator("#home-greeting")).hasText("Hello, 甲村治保主任 张卫东");
		assertThat(page.locator("main")).containsText("Village security director");
		Browser.screenshot(page, "home-en");
		assertThat(jdbc.sql("select locale from app_user where username = 'a.guard'").query(String.class).single())
			.isEqualTo("en");

		page.click("#qf-user");
		page.click("#qf-logout");
		assertThat(page).hasURL(url("/login?logout"));
		assertThat(page.locator("main")).containsText("You have signed out.");
		Browser.screenshot(page, "logged-out-en");

		page.navigate(url("/"));
		assertThat(page).hasURL(url("/login"));
		jdbc.sql("update app_user set locale = null where username = 'a.guard'").update();
	}

	@Test
	void wrongPasswordShowsAClearMessage() {
		Page page = browser.page(1280, 900, "zh-CN");
		page.navigate(url("/login"));
		page.fill("#username", "a.guard");
		page.fill("#password", "not-my-password-1");
		page.click("#login-submit");
		assertThat(page.locator("#login-error")).containsText("用户名或密码错误");
		Browser.screenshot(page, "login-error-zh");
		jdbc.sql("update app_user set failed_attempts = 0 where username = 'a.guard'").update();
	}

	@Test
	void homePageFitsA360PixelPhone() {
		jdbc.sql("update app_user set locale = null where username = 'a.guard'").update();
		Page page = browser.page(360, 740, "zh-CN");
		page.navigate(url("/login"));
		Browser.screenshot(page, "login-phone");
		page.fill("#username", "a.guard");
		page.fill("#password", Fixtures.PASSWORD);
		page.click("#login-submit");
		assertThat(page.locator("#home-greeting")).isVisible();
		assertThat(page.locator(".navbar-toggler")).isVisible();
		Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
		assertThat(((Number) overflow).intValue()).as("no sideways scrolling").isLessThanOrEqualTo(0);
		Browser.screenshot(page, "home-phone");
		page.click(".navbar-toggler");
		assertThat(page.locator("#qf-nav.show")).isVisible();
		assertThat(page.locator("#qf-user")).isVisible();
		page.waitForTimeout(500);
		Browser.screenshot(page, "home-phone-menu");
	}

}
