package org.qunfang.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.qunfang.organization.ResidentIdNumber;
import org.qunfang.support.Browser;
import org.qunfang.support.Fixtures;
import org.qunfang.support.BrowserIntegrationTest;

/** A township officer brings a paper register in: one bad row, the error, the fix, the new household. */
class RegistryBrowserTest extends BrowserIntegrationTest {

	@Test
	void townshipOfficerImportsARegisterFixesTheBadRowAndFindsTheNewHousehold() throws Exception {
		long village = fixtures.newVillage("WEB1");
		Page page = signIn("t1.officer", 1280, 900);
		page.navigate(url("/registry/villages/" + village));
		page.click("#import-link");

		String good = id("19720612", 401);
		String badDigit = good.substring(0, 17) + (good.charAt(17) == '1' ? "2" : "1");
		Path bad = Files.createTempFile("register", ".csv");
		Files.writeString(bad, header() + row("0101", "郑建华", good, "户主") + row("0101", "郑小华", badDigit, "子女"),
				StandardCharsets.UTF_8);
		page.setInputFiles("#file", bad);
		page.click("#import-check");
		assertThat(page.locator("#import-has-errors")).isVisible();
		assertThat(page.locator("#import-rows")).containsText("校验位不正确");
		assertThat(page.locator("#import-apply")).hasCount(0);
		Browser.screenshot(page, "import-errors-zh");

		page.navigate(url("/registry/villages/" + village + "/import"));
		Path fixed = Files.createTempFile("register", ".csv");
		Files.writeString(fixed, header() + row("0101", "郑建华", good, "户主") + row("0101", "郑小华", id("20050301", 402), "子女"),
				StandardCharsets.UTF_8);
		page.setInputFiles("#file", fixed);
		page.click("#import-check");
		assertThat(page.locator("#import-counts")).containsText("新增 2");
		page.click("#import-apply");
		assertThat(page.locator("#households")).containsText("0101");
		assertThat(page.locator("#households")).containsText("郑建华");
		Browser.screenshot(page, "village-after-import-zh");

		page.navigate(url("/registry/search?q=" + good));
		assertThat(page.locator("#search-results")).containsText("郑建华");
		Files.deleteIfExists(bad);
		Files.deleteIfExists(fixed);
	}

	@Test
	void organizationRosterPrintsOnA4() {
		Page page = signIn("t1.officer", 1000, 1400);
		page.navigate(url("/organizations/" + fixtures.id("orgA") + "/roster"));
		assertThat(page.locator("#roster-title")).containsText("甲村治保会");
		assertThat(page.locator("table")).containsText("甲村张三");
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
		Browser.screenshot(page, "roster-print-zh");
		page.pdf(new Page.PdfOptions().setPath(Browser.SCREENSHOTS.resolve("roster-print-zh.pdf")).setFormat("A4"));
	}

	private static String header() {
		return "户号,姓名,身份证号,与户主关系,村民小组\n";
	}

	private static String row(String household, String name, String id, String relation) {
		return household + "," + name + "," + id + "," + relation + ",一组\n";
	}

	private static String id(String birth, int seq) {
		String first17 = "430721" + birth + String.format("%03d", seq);
		return first17 + ResidentIdNumber.checkDigitFor(first17);
	}

}
