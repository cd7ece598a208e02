package org.qunfang.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;

import org.junit.jupiter.api.Test;
import org.qunfang.funds.CollectionMother;
import org.qunfang.organization.HouseholdCategory;
import org.qunfang.support.Browser;
import org.qunfang.support.BrowserIntegrationTest;

/**
 * A village director proposes a levy (一事一议) and records the representatives' meeting; the township leader
 * approves it; the director bills the households, takes a household's payment and prints its receipt; the
 * township finance officer voids the receipt and the payment is taken again under the next number; the
 * arrears register lists the households still owing.
 */
class LevyBrowserTest extends BrowserIntegrationTest {

	@Test
	void aLevyIsAgreedApprovedBilledAndPaidWithAPrintedReceipt() {
		CollectionMother m = new CollectionMother(fixtures, "BR");
		m.household("0001", HouseholdCategory.ORDINARY, 4);
		m.household("0002", HouseholdCategory.LOW_INCOME, 2);
		m.household("0003", HouseholdCategory.ORDINARY, 3);

		Page director = signIn(m.directorName, 1280, 900);
		director.navigate(url("/funds/villages/" + m.village + "/charges"));
		director.fill("#levy-title", "修建村口监控");
		director.selectOption("#levy-purpose", "TOOLS");
		director.fill("#levy-total", "1200");
		director.fill("#levy-per-person", "12");
		Browser.screenshot(director, "levy-village-charges-zh");
		director.click("#levy-submit");
		assertThat(director.locator("#charge-status")).hasText("待审批");
		director.fill("#meeting-on", m.today().toString());
		director.fill("#meeting-representatives", "30");
		director.fill("#meeting-present", "18");
		director.fill("#votes-for", "17");
		director.click("#meeting-submit");
		assertThat(director.locator("#levy-rules")).containsText("法定人数：村民代表 30 人，到会 18 人，须至少 20 人");
		String charge = director.url().replaceAll(".*/funds/charges/(\\d+).*", "$1");

		Page leader = signIn("t1.leader", 1280, 900);
		leader.navigate(url("/funds/charges/" + charge));
		assertThat(leader.locator("#levy-decision")).containsText("还有规则不符合");
		leader.click("#approve-levy");
		assertThat(leader.locator(".alert-danger")).containsText("不能批准，会议不足法定人数");
		assertThat(leader.locator("#charge-status")).hasText("待审批");
		Browser.screenshot(leader, "levy-refused-zh");

		director.navigate(url("/funds/charges/" + charge));
		director.locator("#meeting summary").click();
		director.fill("#meeting-on", m.today().toString());
		director.fill("#meeting-representatives", "30");
		director.fill("#meeting-present", "24");
		director.fill("#votes-for", "20");
		director.fill("#votes-against", "3");
		director.fill("#votes-abstain", "1");
		director.click("#meeting-submit");
		leader.navigate(url("/funds/charges/" + charge));
		leader.click("#approve-levy");
		assertThat(leader.locator("#charge-status")).hasText("已批准");

		director.navigate(url("/funds/charges/" + charge));
		director.click("#bill-submit");
		assertThat(director.locator("#bill-0001")).containsText("48.00");
		assertThat(director.locator("#bill-0002")).containsText("免交");
		Browser.screenshot(director, "levy-bills-zh");
		director.locator("#bill-0001 a").click();
		director.fill("#payment-amount", "30");
		director.selectOption("#payment-method", "CASH");
		Browser.screenshot(director, "levy-bill-zh");
		director.click("#payment-submit");
		assertThat(director.locator("#receipt-number")).hasText("No. " + m.today().getYear() + "-00001");
		assertThat(director.locator("#receipt-capitals")).hasText("叁拾元整");
		assertThat(director.locator("#receipt-owed")).hasText("18.00");
		Browser.screenshot(director, "levy-receipt-zh");
		director.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
		assertThat(director.locator("#receipt-print")).isHidden();
		assertThat(director.locator("#receipt")).isVisible();
		Browser.screenshot(director, "levy-receipt-print-zh");
		director.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));

		String receipt = director.url().replaceAll("\\?.*", "");
		Page finance = signIn("t1.finance", 1280, 900);
		finance.navigate(receipt);
		finance.locator("#void-form").evaluate("form => form.closest('details').open = true");
		finance.fill("#void-form input[name=reason]", "收错了户");
		finance.onceDialog(dialog -> dialog.accept());
		finance.click("#void-form button");
		assertThat(finance.locator("#receipt-voided")).containsText("收错了户");
		Browser.screenshot(finance, "levy-receipt-voided-zh");
		director.navigate(url("/funds/charges/" + charge));
		director.locator("#bill-0001 a").click();
		director.fill("#payment-amount", "30");
		director.click("#payment-submit");
		assertThat(director.locator("#receipt-number")).hasText("No. " + m.today().getYear() + "-00002");

		director.navigate(url("/funds/villages/" + m.village + "/arrears"));
		assertThat(director.locator("#arrears-table")).containsText("0003");
		assertThat(director.locator("#arrears-table")).containsText("18.00");
		assertThat(director.locator("#arrears-table")).not().containsText("0002");
		Browser.screenshot(director, "levy-arrears-zh");

		Page english = signIn("t1.leader", 1280, 900, "en");
		english.navigate(url("/funds/charges/" + charge));
		assertThat(english.locator("#levy-rules")).containsText("Quorum: 30 representatives, 24 present, at least 20 needed");
		Browser.screenshot(english, "levy-charge-en");
	}
}
