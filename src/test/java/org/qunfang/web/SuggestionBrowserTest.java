package org.qunfang.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qunfang.platform.publicform.RateLimits;
import org.qunfang.support.Browser;
import org.qunfang.support.BrowserIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * On a 360-px phone: a villager scans the village's QR poster, writes a suggestion and keeps the tracking
 * code; the village director replies; the villager reads the reply with the code and on the village page.
 */
class SuggestionBrowserTest extends BrowserIntegrationTest {

	private static final Pattern SUM = Pattern.compile("(\\d+) 加 (\\d+)");

	@Autowired
	RateLimits limits;

	@BeforeEach
	void forgetCounts() {
		limits.clear();
	}

	@Test
	void aVillagerWritesFromTheQrLinkTheDirectorRepliesAndTheVillagerReadsTheReply() throws Exception {
		long village = fixtures.id("A");
		String link = decode(signedIn("a.director").getBytes("/suggestions/villages/" + village + "/qr.png").body());
		assertThat(link).isEqualTo("http://localhost:" + port + "/public/villages/" + village);

		Page phone = browser.page(360, 740, "zh-CN");
		phone.navigate(link);
		assertThat(phone.locator("#village-name")).hasText("甲村");
		assertThat(phone.locator("nav.qf-navbar")).hasCount(0);
		Browser.screenshot(phone, "suggestion-village-360-zh");
		phone.click("#write-link");
		phone.check("#kind-SUGGESTION");
		phone.fill("#content", "建议在村小学门口画斑马线，早上接送孩子的车太多。");
		Matcher sum = SUM.matcher(phone.textContent("#challenge-question"));
		assertThat(sum.find()).isTrue();
		phone.fill("#answer", Integer.toString(Integer.parseInt(sum.group(1)) + Integer.parseInt(sum.group(2))));
		Browser.screenshot(phone, "suggestion-write-360-zh");
		phone.click("#submit-suggestion");
		assertThat(phone.locator("#tracking-code")).hasText(Pattern.compile("[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}"));
		String code = phone.textContent("#tracking-code").strip();
		Browser.screenshot(phone, "suggestion-receipt-360-zh");
		assertNoSidewaysScroll(phone);

		Page director = signIn("a.director", 360, 740);
		director.navigate(url("/suggestions?village=" + village + "&awaiting=true"));
		Browser.screenshot(director, "suggestion-register-360-zh");
		director.click("text=建议在村小学门口画斑马线");
		assertThat(director.locator("#suggestion-content")).containsText("斑马线");
		director.fill("#reply", "已向乡镇申请，下周在校门口画斑马线并设减速带。");
		director.click("#reply-submit");
		assertThat(director.locator("#suggestion-status")).hasText("已答复");
		assertThat(director.locator("#suggestion-history")).containsText("a.director");
		Browser.screenshot(director, "suggestion-replied-360-zh");

		phone.click("#receipt-lookup");
		phone.fill("#code", code.toLowerCase());
		phone.click("#lookup-submit");
		assertThat(phone.locator("#lookup-reply")).containsText("下周在校门口画斑马线");
		assertThat(phone.locator("#lookup-status")).hasText("已答复");
		assertThat(phone.locator("#reopen-form")).isVisible();
		Browser.screenshot(phone, "suggestion-lookup-360-zh");
		assertNoSidewaysScroll(phone);

		phone.navigate(link);
		assertThat(phone.locator("#public-replies")).containsText("下周在校门口画斑马线");
		assertThat(phone.locator("#public-replies")).not().containsText("甲村王五");
		Browser.screenshot(phone, "suggestion-village-answered-360-zh");
	}

	@Test
	void theRegisterAndThePosterPrintOnA4() {
		long village = fixtures.id("A");
		Page page = signIn("t1.officer", 1280, 900);
		page.navigate(url("/suggestions?village=" + village));
		assertThat(page.locator("#suggestion-rows")).containsText("甲村");
		assertThat(page.locator("#suggestion-months")).isVisible();
		Browser.screenshot(page, "suggestion-register-zh");
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
		Browser.screenshot(page, "suggestion-register-print-zh");
		page.pdf(new Page.PdfOptions().setPath(Browser.SCREENSHOTS.resolve("suggestion-register-print-zh.pdf")).setFormat("A4"));

		Page poster = signIn("t1.officer", 1000, 1400);
		poster.navigate(url("/suggestions/villages/" + village + "/poster"));
		assertThat(poster.locator("#poster-village")).hasText("甲村");
		poster.waitForFunction("document.querySelector('#poster-qr').naturalWidth > 0");
		poster.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
		Browser.screenshot(poster, "suggestion-poster-print-zh");
		poster.pdf(new Page.PdfOptions().setPath(Browser.SCREENSHOTS.resolve("suggestion-poster-zh.pdf")).setFormat("A4"));

		Page english = browser.page(360, 740, "en");
		english.navigate(url("/public/villages/" + village + "?lang=en"));
		assertThat(english.locator("#write-link")).hasText("Write an opinion or suggestion");
		english.click("#write-link");
		Browser.screenshot(english, "suggestion-write-360-en");
	}

	private static void assertNoSidewaysScroll(Page page) {
		assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
	}

	private static String decode(byte[] png) throws Exception {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
				new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
	}
}
