package org.qunfang.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.qunfang.support.Browser;
import org.qunfang.support.BrowserIntegrationTest;

/**
 * A security director opens village A's roster, tries to put a member on a night twice (refused with the
 * rule named), prints the roster, adds, edits and retires a shift pattern, and prints the checkpoints' QR sheet.
 */
class ScheduleBrowserTest extends BrowserIntegrationTest {

	@Test
	void rosterEditRefusedPrintAndQrSheet() {
		Page page = signIn("a.security", 1280, 900);
		page.navigate(url("/patrol/schedules"));
		assertThat(page.locator("#schedules")).containsText("甲村治保会");
		Browser.screenshot(page, "patrol-schedules-zh");

		page.navigate(url("/patrol/schedules/" + fixtures.id("scheduleA")));
		assertThat(page.locator("#shifts")).containsText("甲村白天值班");
		assertThat(page.locator("#shifts")).containsText("甲村张三");
		Browser.screenshot(page, "patrol-schedule-zh");

		// The committee's only member already has his most shifts this week (or this very shift): one more is refused.
		String shift = "#shift-" + fixtures.id("shiftA");
		page.locator(shift + " select[name=add]").selectOption(String.valueOf(fixtures.id("residentA")));
		page.locator(shift + " button[type=submit]").click();
		assertThat(page.locator(".alert-danger")).containsText("不能这样调整：此人");
		Browser.screenshot(page, "patrol-schedule-refused-zh");

		page.navigate(url("/patrol/schedules/" + fixtures.id("scheduleA") + "/print"));
		assertThat(page.locator("#roster")).containsText("甲村张三");
		Browser.screenshot(page, "patrol-schedule-print-zh");

		page.navigate(url("/patrol/patterns"));
		page.fill("#p-name", "甲村周末夜巡");
		page.locator("#p-org").selectOption(String.valueOf(fixtures.id("orgA")));
		page.locator("#p-kind").selectOption("NIGHT_PATROL");
		page.fill("#p-staff", "1");
		page.uncheck("#p-leader");
		page.locator("#pattern-create button[type=submit]").click();
		assertThat(page.locator("#patterns")).containsText("甲村周末夜巡");
		Browser.screenshot(page, "patrol-patterns-zh");

		// The new pattern is edited (rosters planned afterwards follow it), then retired: its row turns grey.
		Locator weekend = page.locator("#patterns tr").filter(new Locator.FilterOptions().setHasText("甲村周末夜巡"));
		weekend.locator("a").click();
		assertThat(page.locator("#pattern-edit")).containsText("只影响此后编排的值班表");
		page.fill("#p-staff", "2");
		page.locator("#pattern-edit button[type=submit]").click();
		assertThat(page.locator(".alert-success")).containsText("班次已保存");
		Browser.screenshot(page, "patrol-pattern-edit-zh");
		page.locator("#pattern-retire button").click();
		assertThat(weekend).hasClass(java.util.regex.Pattern.compile("table-secondary"));
		assertThat(weekend).containsText("已停用");
		Browser.screenshot(page, "patrol-patterns-retired-zh");

		page.navigate(url("/patrol/zones?village=" + fixtures.id("A")));
		assertThat(page.locator("#zones")).containsText("甲村小卖部");
		Browser.screenshot(page, "patrol-zones-zh");

		page.navigate(url("/patrol/zones/qr-sheet?village=" + fixtures.id("A")));
		assertThat(page.locator("#qr-sheet")).containsText("甲村小卖部");
		Browser.screenshot(page, "patrol-qr-sheet-zh");
	}

	@Test
	void theRosterInEnglish() {
		Page page = signIn("t1.officer", 1280, 900, "en");
		page.navigate(url("/patrol/schedules/" + fixtures.id("scheduleA")));
		assertThat(page.locator("main")).containsText("Duty roster");
		assertThat(page.locator("main")).containsText("Record an absence and re-plan");
		Browser.screenshot(page, "patrol-schedule-en");
	}
}
