package org.qunfang.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;

import org.junit.jupiter.api.Test;
import org.qunfang.support.Browser;
import org.qunfang.support.Fixtures;
import org.qunfang.support.BrowserIntegrationTest;

/**
 * A village security director inspects the market with the fire checklist, finds an expired extinguisher,
 * photographs it; the fix is submitted with a photo, the village director re-checks and closes it; the
 * register prints on A4.
 */
class InspectionBrowserTest extends BrowserIntegrationTest {

	@Test
	void aHazardIsFoundPhotographedPutRightAndClosedAfterTheRecheck() throws Exception {
		Path photo = Files.createTempFile("extinguisher", ".png");
		Files.write(photo, Fixtures.png());
		Page page = signIn("a.security", 1280, 900);
		page.navigate(url("/inspections"));
		page.click("#inspection-new");
		page.selectOption("#village", String.valueOf(fixtures.id("A")));
		page.check("#template-" + fixtures.id("checklistA"));
		page.click("#inspection-continue");
		page.fill("#placeName", "甲村农贸市场东区");
		page.fill("#responsible", "市场管理员 李某");
		page.check("#pass-0");
		page.check("#fail-1");
		page.fill("input[name='items[1].note']", "两具灭火器过期");
		page.setInputFiles("input[type=file] >> nth=1", photo);
		Browser.screenshot(page, "inspection-new-zh");
		page.click("#inspection-save");
		assertThat(page.locator("#inspection-title")).hasText("甲村农贸市场东区");
		assertThat(page.locator("#inspection-results")).containsText("不合格");
		assertThat(page.locator("#inspection-results img.qf-thumb")).hasCount(1);
		assertThat(page.locator("#rectifications")).containsText("灭火器在有效期内：两具灭火器过期");
		Browser.screenshot(page, "inspection-zh");

		page.click("#rectifications a");
		page.fill("#note", "已更换两具新灭火器");
		page.setInputFiles("#photos", photo);
		page.click("#proof-submit");
		assertThat(page.locator("#rectification-status")).hasText("待复查");

		Page director = signIn("a.director", 1280, 900);
		director.navigate(page.url());
		director.check("#recheck-pass");
		director.fill("#finding", "现场查看，灭火器合格");
		director.click("#recheck-submit");
		assertThat(director.locator("#rectification-status")).hasText("已销号");
		assertThat(director.locator("#rectification-history li")).hasCount(3);
		Browser.screenshot(director, "rectification-closed-zh");
		Files.deleteIfExists(photo);
	}

	@Test
	void theRegistersShowTheMonthsAndPrintOnA4() {
		Page page = signIn("t1.officer", 1280, 900);
		page.navigate(url("/inspections"));
		assertThat(page.locator("#inspections")).containsText("甲村农贸市场");
		assertThat(page.locator("#inspection-months tbody tr")).hasCount(2);
		Browser.screenshot(page, "inspections-zh");
		page.navigate(url("/rectifications"));
		assertThat(page.locator("#rectifications")).containsText("灭火器在有效期内");
		Browser.screenshot(page, "rectifications-zh");
		Page english = signIn("a.guard", 1280, 900, "en");
		english.navigate(url("/rectifications"));
		assertThat(english.locator("h1")).hasText("Rectification register");
		Browser.screenshot(english, "rectifications-en");
		page.navigate(url("/inspections?village=" + fixtures.id("A") + "&hazards=true"));
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
		Browser.screenshot(page, "inspections-print-zh");
		page.pdf(new Page.PdfOptions().setPath(Browser.SCREENSHOTS.resolve("inspections-print-zh.pdf")).setFormat("A4"));
		page.navigate(url("/inspections/" + fixtures.id("inspectionA")));
		Browser.screenshot(page, "inspection-print-zh");
		page.navigate(url("/rectifications/" + fixtures.id("rectificationA")));
		Browser.screenshot(page, "rectification-print-zh");

		Page phone = signIn("a.director", 390, 844);
		phone.navigate(url("/"));
		assertThat(phone.locator("#overdue-count")).isVisible();
		Browser.screenshot(phone, "home-overdue-phone-zh");
		phone.navigate(url("/checklists"));
		Browser.screenshot(phone, "checklists-phone-zh");
	}

}
