package org.qunfang.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.qunfang.support.Browser;
import org.qunfang.support.Fixtures;
import org.qunfang.support.BrowserIntegrationTest;

import com.microsoft.playwright.Page;

/**
 * A security director registers a theft on a phone, is warned that it may already be registered,
 * confirms it is another one, adds a photo, records what was done and resolves it.
 */
class CaseBrowserTest extends BrowserIntegrationTest {

	@Test
	void aSecurityDirectorRegistersHandlesAndResolvesACaseOnAPhone() throws Exception {
		Page page = signIn("a.security", 360, 780);

		page.navigate(url("/cases/new"));
		String when = LocalDateTime.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).minusHours(29)
			.truncatedTo(ChronoUnit.MINUTES).toString();
		page.selectOption("#caseType", "THEFT");
		page.fill("#occurredAt", when);
		page.fill("#place", "村口小卖部");
		page.fill("#summary", "小卖部夜里被撬，丢了两条烟和现金");
		page.fill("#lossYuan", "460");
		page.locator("input[name=partyName]").first().fill("甲村王五");
		Browser.screenshot(page, "case-new-phone-zh");
		page.click("#qf-case-save");

		assertThat(page.locator("#qf-duplicates")).containsText("可能是同一案件");
		assertThat(page.locator("#qf-duplicates")).containsText("甲村村口小卖部夜间被盗");
		assertThat(page.locator("#summary")).hasValue("小卖部夜里被撬，丢了两条烟和现金");
		Browser.screenshot(page, "case-duplicate-warning-phone-zh");
		page.check("#allowDuplicate");
		page.click("#qf-case-save");

		assertThat(page.locator("#qf-case-status")).hasText("已登记");
		assertThat(page.locator("#qf-case-owner")).hasText("甲村治保会");
		Path photo = Files.createTempFile("case", ".png");
		Files.write(photo, Fixtures.png());
		page.setInputFiles("input[type=file]", photo);
		page.click("text=上传照片");
		assertThat(page.locator(".alert-success")).containsText("照片已上传");

		page.fill("#outcome", "已解决");
		page.click("button:has-text('办结')");
		assertThat(page.locator(".alert-danger")).containsText("还没有任何办理记录");
		page.fill("#note", "调取附近监控，找到嫌疑人并追回现金");
		page.click("form[action$='/steps'] button");
		assertThat(page.locator("#qf-case-status")).hasText("办理中");
		page.fill("#outcome", "嫌疑人退赔，店主谅解");
		page.click("button:has-text('办结')");
		assertThat(page.locator("#qf-case-status")).hasText("已解决");
		assertThat(page.locator("#qf-case-steps")).containsText("调取附近监控");
		Browser.screenshot(page, "case-resolved-phone-zh");
		Files.deleteIfExists(photo);
	}

}
