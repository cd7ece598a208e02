package org.qunfang.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.qunfang.support.Browser;
import org.qunfang.support.BrowserIntegrationTest;

/**
 * A township officer opens the risk outlook: the heat map of villages by hour is drawn, the places to watch
 * are listed; then village A's page with its zones and the chart of risk against planned patrol.
 */
class RiskBrowserTest extends BrowserIntegrationTest {

	@Test
	void theOutlookDrawsItsHeatMapsAndListsThePlacesToWatch() {
		Page page = signIn("t1.officer", 1280, 900);
		page.navigate(url("/risk"));
		assertThat(page.locator("h1")).containsText("风险研判");
		// ECharts draws on one or more canvases (a large heat map is drawn in layers).
		assertThat(page.locator("#risk-heatmap canvas").first()).isVisible();
		assertThat(page.locator("#risk-versus canvas").first()).isVisible();
		assertThat(page.locator("#risk-villages")).containsText("甲村");
		assertThat(page.locator("#risk-hotspots thead")).containsText("依据");
		Browser.screenshot(page, "risk-overview-zh");

		page.navigate(url("/risk?village=" + fixtures.id("A")));
		assertThat(page.locator("h1")).containsText("甲村");
		assertThat(page.locator("#risk-heatmap canvas").first()).isVisible();
		assertThat(page.locator("#risk-zones")).containsText("%");
		assertThat(page.locator("#risk-hotspots thead")).containsText("依据");
		Browser.screenshot(page, "risk-village-zh");
	}
}
