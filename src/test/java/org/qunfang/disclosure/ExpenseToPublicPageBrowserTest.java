package org.qunfang.disclosure;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.YearMonth;
import java.time.ZoneId;

import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.qunfang.disclosure.publication.Period;
import org.qunfang.support.Browser;
import org.qunfang.support.BrowserIntegrationTest;

/**
 * The whole way of one expense: the village proposes it, the township approves and books it (paid last
 * month), publishes last month's statement, and a villager's phone shows the expense in the statement,
 * verified against the county's signed log.
 */
class ExpenseToPublicPageBrowserTest extends BrowserIntegrationTest {

	@Test
	void aProposedExpenseEndsUpVerifiedOnThePublicPage() {
		Township township = new Township(fixtures, clock);
		Township.Village v = township.village("柳溪村");
		Period month = township.bookMonth(v, 1, 300_000, 0, null);
		YearMonth last = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1);
		String village = Long.toString(v.id());

		Page director = signIn(v.director().username(), 1280, 900);
		director.navigate(url("/funds/proposals/new?village=" + village));
		director.selectOption("#purpose", "TOOLS");
		director.fill("#amount", "88");
		director.fill("#payee", "柳溪村五金店");
		director.fill("#description", "巡逻用反光背心 4 件");
		director.click("#proposal-submit");
		assertThat(director.locator("#proposal-status")).hasText("待审核");
		String proposal = director.url().replaceAll(".*/funds/proposals/(\\d+).*", "$1");

		Page finance = signIn(township.finance.username(), 1280, 900);
		finance.onDialog(dialog -> dialog.accept());
		finance.navigate(url("/funds/proposals/" + proposal));
		finance.fill("#approve-paid-on", last.atDay(20).toString());
		finance.click("#approve-submit");
		assertThat(finance.locator("#proposal-status")).hasText("已记账");

		finance.navigate(url("/disclosure/villages/" + village));
		finance.selectOption("#publish-period", month.code());
		finance.click("#publish-submit");
		assertThat(finance.locator("#published-table")).containsText(month.nameZh());
		Browser.screenshot(finance, "expense-published-zh");

		Page phone = browser.page(360, 740, "zh-CN");
		phone.navigate(url("/public/villages/" + village + "/funds"));
		assertThat(phone.locator(".qf-verified").first()).hasText("已验证");
		assertThat(phone.locator("body")).containsText("柳溪村五金店");
		assertThat(phone.locator("body")).containsText("88.00");
		Browser.screenshot(phone, "expense-public-phone-zh");
	}
}
