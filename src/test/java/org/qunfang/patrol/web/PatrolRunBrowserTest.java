package org.qunfang.patrol.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.qunfang.patrol.runs.PatrolDutiesForTests;
import org.qunfang.support.Browser;
import org.qunfang.support.BrowserIntegrationTest;
import org.qunfang.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;

/**
 * A patrol member on a 360 px phone: signs in, starts tonight's patrol, opens a checkpoint's QR address,
 * sees the check-in confirmed, reports what they found as a case, and ends the patrol.
 */
class PatrolRunBrowserTest extends BrowserIntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPatrolMemberPatrolsTonightOnAPhone() throws Exception {
		PatrolDutiesForTests duties = new PatrolDutiesForTests(fixtures);
		duties.endOpenRuns("a.patrol");
		Instant now = clock.instant();
		duties.shift(now.minus(Duration.ofMinutes(15)), now.plus(Duration.ofHours(3)), duties.member(), fixtures.id("zoneA"));

		Page page = signIn("a.patrol", 360, 740);
		page.navigate(url("/patrol/today"));
		assertThat(page.locator("#qf-start-run")).hasText("开始巡逻");
		Browser.screenshot(page, "patrol-today-phone-zh");
		page.click("#qf-start-run");
		assertThat(page.locator(".alert-success")).containsText("巡逻已开始");
		assertThat(page.locator("#qf-checkins")).containsText("还没有签到");

		page.navigate(url("/patrol/c/" + fixtures.checkpointToken("checkpointA")));
		assertThat(page.locator("main")).containsText("甲村村口");
		page.fill("#note", "路灯正常");
		Browser.screenshot(page, "patrol-checkin-phone-zh");
		page.click("#qf-checkin");
		assertThat(page.locator("#qf-checkin-done")).containsText("已在“甲村村口”签到");
		assertThat(page.locator("#qf-checkin-done")).containsText("手机签到时间");
		Browser.screenshot(page, "patrol-checkin-done-phone-zh");

		page.click("text=返回今日巡逻");
		assertThat(page.locator("#qf-checkins")).containsText("甲村村口");
		Path photo = Files.createTempFile("patrol", ".png");
		Files.write(photo, Fixtures.png());
		page.setInputFiles("input[type=file]", photo);
		page.click("text=上传照片");
		assertThat(page.locator(".alert-success")).containsText("照片已上传");
		Browser.screenshot(page, "patrol-in-progress-phone-zh");

		page.click("#qf-report-case");
		String when = LocalDateTime.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).minusMinutes(10)
			.truncatedTo(ChronoUnit.MINUTES).toString();
		page.selectOption("#caseType", "THEFT");
		page.fill("#occurredAt", when);
		page.fill("#place", "甲村村口");
		page.fill("#summary", "巡逻发现村口一辆电动车被撬锁");
		Browser.screenshot(page, "patrol-report-case-phone-zh");
		page.click("#qf-case-save");
		if (page.locator("#qf-duplicates").count() > 0) {
			page.check("#allowDuplicate");
			page.click("#qf-case-save");
		}
		assertThat(page.locator("#qf-case-status")).hasText("已登记");
		long run = jdbc.sql("select id from patrol_run where user_id = :u and status = 'ACTIVE'").param("u", fixtures.id("a.patrol"))
			.query(Long.class).single();
		assertThat(jdbc.sql("select count(*) from case_record where source_kind = 'PATROL_RUN' and source_id = :r and channel = 'PATROL'")
			.param("r", run).query(Long.class).single()).isEqualTo(1);

		page.navigate(url("/patrol/today"));
		page.fill("#endNote", "村口发现电动车被撬，已登记");
		page.click("#qf-end-run");
		assertThat(page.locator(".alert-success")).containsText("巡逻已结束");
		assertThat(page.locator("#qf-run-status")).hasText("已结束");
		Browser.screenshot(page, "patrol-run-ended-phone-zh");

		Page director = signIn("a.director", 1280, 900);
		director.navigate(url("/patrol/coverage"));
		assertThat(director.locator("#qf-coverage-villages")).containsText("甲村");
		Browser.screenshot(director, "patrol-coverage-zh");
		director.navigate(url("/patrol/runs"));
		assertThat(director.locator("#qf-runs")).containsText("按班次巡逻");
		Browser.screenshot(director, "patrol-runs-zh");
	}

	@Test
	void aScannedCodeOpensTheLoginAndReturnsToTheCheckpoint() {
		new PatrolDutiesForTests(fixtures).endOpenRuns("a.patrol");
		Page page = browser.page(360, 740, "zh-CN");
		String address = "/patrol/c/" + fixtures.checkpointToken("checkpointA");
		page.navigate(url(address));
		page.fill("#username", "a.patrol");
		page.fill("#password", Fixtures.PASSWORD);
		page.click("#login-submit");
		page.waitForURL(u -> u.contains("/patrol/c/"));
		assertThat(page.locator("#qf-checkin-refused")).containsText("您现在不在巡逻中");
		Browser.screenshot(page, "patrol-checkin-not-on-duty-phone-zh");
		page.click("text=去开始巡逻");
		assertThat(page.locator("#qf-start-run")).isVisible();

		Page english = signIn("a.patrol", 360, 740, "en");
		english.navigate(url("/patrol/c/" + fixtures.checkpointToken("checkpointA")));
		assertThat(english.locator("#qf-checkin-refused")).containsText("You are not on patrol now");
		english.navigate(url("/patrol/today"));
		assertThat(english.locator("h1")).hasText("Today's patrol");
		Browser.screenshot(english, "patrol-today-phone-en");
	}
}
