package org.qunfang.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.qunfang.support.Browser;
import org.qunfang.support.BrowserIntegrationTest;

/**
 * Village A's director proposes buying flashlights from the patrol fund; the township finance officer sees
 * the proposal, approves and books it; the books and the month's statement show the expense.
 */
class FundsBrowserTest extends BrowserIntegrationTest {

	@Test
	void aVillageProposesAnExpenseAndTheTownshipApprovesAndBooksIt() {
		String village = Long.toString(fixtures.id("A"));
		Page director = signIn("a.director", 1280, 900);
		director.navigate(url("/funds/villages/" + village));
		assertThat(director.locator("#funds-table")).containsText("甲村巡逻经费");
		director.click("text=申请支出");
		director.selectOption("#purpose", "TOOLS");
		director.fill("#amount", "126.50");
		director.fill("#payee", "乡五金店");
		director.fill("#description", "巡逻用强光手电筒 5 支");
		Browser.screenshot(director, "funds-proposal-new-zh");
		director.click("#proposal-submit");
		assertThat(director.locator("#proposal-status")).hasText("待审核");
		String proposal = director.url().replaceAll(".*/funds/proposals/(\\d+).*", "$1");

		Page finance = signIn("t1.finance", 1280, 900);
		finance.navigate(url("/funds/proposals"));
		assertThat(finance.locator("#proposal-list")).containsText("乡五金店");
		finance.navigate(url("/funds/proposals/" + proposal));
		assertThat(finance.locator("#proposal-amount")).hasText("126.50");
		Browser.screenshot(finance, "funds-proposal-approve-zh");
		finance.click("#approve-submit");
		assertThat(finance.locator("#proposal-status")).hasText("已记账");
		assertThat(finance.locator("#proposal-history")).containsText("财政所审核同意");

		finance.navigate(url("/funds/villages/" + village));
		assertThat(finance.locator("#ledger-table")).containsText("巡逻用强光手电筒 5 支");
		assertThat(finance.locator("#ledger-table")).containsText("126.50");
		assertThat(finance.locator("#funds-table")).containsText("防范器材");
		Browser.screenshot(finance, "funds-village-books-zh");

		finance.navigate(url("/funds/villages/" + village + "/statement"));
		assertThat(finance.locator("#statement-expenses")).containsText("乡五金店");
		assertThat(finance.locator("#statement-check")).hasClass(java.util.regex.Pattern.compile(".*text-success.*"));
		Browser.screenshot(finance, "funds-statement-zh");
	}
}
