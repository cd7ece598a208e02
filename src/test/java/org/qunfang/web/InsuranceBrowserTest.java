package org.qunfang.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.qunfang.funds.insurance.InsuredVillage;
import org.qunfang.funds.ledger.Ledger;
import org.qunfang.support.Browser;
import org.qunfang.support.BrowserIntegrationTest;

/**
 * A village director insures the security director from the organization register and proposes the premium;
 * the township finance officer approves and books it; the register shows the policy paid and about to end.
 */
class InsuranceBrowserTest extends BrowserIntegrationTest {

	@Test
	void aDirectorInsuresTheSecurityDirectorAndTheTownshipBooksThePremium() {
		InsuredVillage v = InsuredVillage.create(fixtures, "IG");
		v.fundInsurance(fixtures, 100_000);
		LocalDate end = fixtures.bean(Ledger.class).today().plusDays(20);
		Page director = signIn(v.director().username(), 1280, 900);
		director.navigate(url("/funds/villages/" + v.id() + "/insurance"));
		director.click("#insurance-add");
		assertThat(director.locator("#insured-choices")).containsText("治保主任");
		director.check("#insured-" + v.securityDirector());
		director.selectOption("#new-kind", "ACCIDENT");
		director.fill("#new-premium", "360");
		director.fill("#new-insurer", "县人寿保险公司");
		director.fill("#new-policy-no", "BR-" + v.id());
		director.fill("#new-starts", end.minusYears(1).plusDays(1).toString());
		director.fill("#new-ends", end.toString());
		Browser.screenshot(director, "insurance-new-zh");
		director.click("#policy-submit");
		assertThat(director.locator("#policy-expiring")).containsText("还有 20 天");
		Browser.screenshot(director, "insurance-policy-zh");
		director.click("#premium-submit");
		assertThat(director.locator("#proposal-status")).hasText("待审核");
		String proposal = director.url().replaceAll(".*/funds/proposals/(\\d+).*", "$1");

		Page finance = signIn("t1.finance", 1280, 900);
		finance.navigate(url("/funds/proposals/" + proposal));
		assertThat(finance.locator("#proposal-header")).containsText("县人寿保险公司");
		finance.click("#approve-submit");
		assertThat(finance.locator("#proposal-status")).hasText("已记账");
		finance.navigate(url("/funds/insurance"));
		var row = finance.locator("#insurance-table tr", new Page.LocatorOptions().setHasText("BR-" + v.id()));
		assertThat(row).hasClass(Pattern.compile(".*table-warning.*"));
		assertThat(row).containsText("已缴 1/1 年");
		Browser.screenshot(finance, "insurance-register-zh");

		Page english = signIn("t1.finance", 1280, 900, "en");
		english.navigate(url("/funds/villages/" + v.id() + "/insurance"));
		assertThat(english.locator("#insurance-table")).containsText("Ending soon");
		Browser.screenshot(english, "insurance-register-en");
	}
}
