package org.qunfang.patrol.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qunfang.support.Browser;
import org.qunfang.support.BrowserIntegrationTest;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * A security director outlines a new zone, pastes a point copied from a map the wrong way round (refused,
 * the outline kept to correct), adds a checkpoint and retires it, then retires the zone and reactivates it.
 */
class ZoneBrowserTest extends BrowserIntegrationTest {

	/** The card of a zone (other cards name it among the zones to mark as next to theirs). */
	private static Locator zone(Page page, String name) {
		return page.locator("section.card", new Page.LocatorOptions().setHas(page.locator("h2", new Page.LocatorOptions()
			.setHasText(name))));
	}

	@Test
	void aDirectorOutlinesAZoneAndRetiresACheckpoint() {
		String name = "甲村果园片" + System.nanoTime();
		Page page = signIn("a.security", 1280, 900);
		page.navigate(url("/patrol/zones?village=" + fixtures.id("A")));
		page.fill("#zone-name", name);
		page.fill("#zone-outline", "28.2280,112.9380\n28.2280,112.9400\n112.9400,28.2300\n28.2300,112.9380");
		page.locator("#zone-create button[type=submit]").click();
		assertThat(page.locator(".alert-danger")).containsText("轮廓第 3 个点“112.9400,28.2300”像是“经度,纬度”");
		assertThat(page.locator("#zone-outline")).hasValue("28.2280,112.9380\n28.2280,112.9400\n112.9400,28.2300\n28.2300,112.9380");
		Browser.screenshot(page, "patrol-zone-outline-refused-zh");

		page.fill("#zone-outline", "28.2280,112.9380\n28.2280,112.9400\n28.2300,112.9400\n28.2300,112.9380");
		page.locator("#zone-create button[type=submit]").click();
		assertThat(page.locator(".alert-success")).containsText("已新增巡逻区域");
		Locator zone = zone(page, name);
		assertThat(zone).containsText("中心坐标: 28.229, 112.939");
		assertThat(zone).containsText("轮廓 4 个点");

		zone.locator(".qf-checkpoint-add input[name=name]").fill("果园北门");
		zone.locator(".qf-checkpoint-add button").click();
		assertThat(page.locator(".alert-success")).containsText("已新增巡逻点");
		zone = zone(page, name);
		zone.locator("li", new Locator.LocatorOptions().setHasText("果园北门")).getByText("停用").click();
		assertThat(page.locator(".alert-success")).containsText("已停用巡逻点");
		zone = zone(page, name);
		assertThat(zone.locator("li")).containsText("已停用");
		assertThat(zone.getByText("重新启用")).isVisible();
		Browser.screenshot(page, "patrol-zone-checkpoint-retired-zh");

		zone.locator(".card-header button").click();
		zone = zone(page, name);
		assertThat(zone.locator(".card-header")).containsText("已停用");
		Browser.screenshot(page, "patrol-zone-retired-zh");
		zone.locator(".card-header button").click();
		assertThat(page.locator(".alert-success")).containsText("已重新启用巡逻区域");
	}
}
