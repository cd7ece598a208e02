package org.qunfang.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qunfang.disclosure.DisclosureScenes;
import org.qunfang.platform.publicform.RateLimits;
import org.qunfang.support.Browser;
import org.qunfang.support.BrowserIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The township publishes a village's month; a villager opens the village's page on a small phone, reads
 * the statement marked verified, and asks about a line; the township prints the notice for the board.
 */
class DisclosureBrowserTest extends BrowserIntegrationTest {

	@Autowired
	RateLimits limits;

	@BeforeEach
	void forgetCounts() {
		limits.clear();
	}

	@Test
	void aVillagerReadsTheVerifiedStatementOnAPhoneAndAsksAboutALine() {
		DisclosureScenes.Published scene = DisclosureScenes.publishedMonth(fixtures, clock, "桥头村");
		String village = Long.toString(scene.villageId());

		Page finance = signIn(scene.financeUsername(), 1280, 900);
		finance.navigate(url("/disclosure/villages/" + village));
		assertThat(finance.locator("#published-table")).containsText(scene.period().nameZh());
		Browser.screenshot(finance, "disclosure-village-zh");
		finance.navigate(url("/disclosure/statements/" + scene.statementId() + "/notice"));
		assertThat(finance.locator("#notice-entry")).containsText("公开日志的第");
		assertThat(finance.locator("#notice-key")).containsText("qunfang-T+");
		finance.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
		Browser.screenshot(finance, "disclosure-notice-print-zh");

		Page phone = browser.page(360, 740, "zh-CN");
		phone.navigate(url("/public/villages/" + village + "/funds"));
		var statement = phone.locator("#statement-" + scene.statementId());
		assertThat(statement.locator(".qf-verified")).hasText("已验证");
		assertThat(statement).containsText("桥头村巡逻队");
		assertThat(statement).containsText("1500.00");
		assertThat(phone.locator("#verifier-key")).containsText("qunfang-T+");
		assertThat(phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling")
			.isEqualTo(true);
		Browser.screenshot(phone, "disclosure-public-phone-zh");

		statement.locator("tr:has-text('桥头村巡逻队') a").click();
		phone.fill("#question", "巡逻工资发给了谁？");
		phone.fill("#name", "桥头村张小花");
		String sum = phone.locator("#challenge-question").textContent().replaceAll("[^0-9加]", "");
		String[] parts = sum.split("加");
		phone.fill("#answer", Integer.toString(Integer.parseInt(parts[0]) + Integer.parseInt(parts[1])));
		Browser.screenshot(phone, "disclosure-ask-phone-zh");
		phone.click("#submit-question");
		assertThat(phone.locator(".alert-success")).containsText("提问已收到");
		assertThat(statement.locator(".qf-question")).containsText("巡逻工资发给了谁？");
		assertThat(statement.locator(".qf-question")).containsText("桥*****");
		assertThat(statement.locator(".qf-question")).containsText("待答复");
		Browser.screenshot(phone, "disclosure-question-phone-zh");

		phone.navigate(url("/public/villages/" + village + "/funds?lang=en"));
		assertThat(phone.locator("#statement-" + scene.statementId() + " .qf-verified")).hasText("Verified");
		assertThat(phone.locator("#statement-" + scene.statementId())).containsText("Awaiting an answer");
		Browser.screenshot(phone, "disclosure-public-phone-en");
	}
}
