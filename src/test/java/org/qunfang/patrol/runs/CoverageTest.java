package org.qunfang.patrol.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.qunfang.support.IntegrationTest;

/** Planned against done, and a security contract's periods (see ContractEvidenceTest for what counts). */
class CoverageTest extends IntegrationTest {

	@Test
	void coverageCountsTheShiftsSomeoneStartedAndContractsTheirPatrols() {
		PatrolDutiesForTests duties = new PatrolDutiesForTests(fixtures);
		duties.endOpenRuns("a.patrol");
		long member = duties.member();
		Instant now = clock.instant();
		long contractOrg = fixtures.id("contractOrgA");
		duties.shift(now.minus(Duration.ofHours(30)), now.minus(Duration.ofHours(28)), member, fixtures.id("zoneA"), contractOrg);
		clock.advance(Duration.ofHours(-3));
		long done = duties.shift(now.minus(Duration.ofMinutes(200)), now.minus(Duration.ofMinutes(100)), member,
				fixtures.id("zoneA"), contractOrg);
		PatrolRuns runs = fixtures.bean(PatrolRuns.class);
		PatrolRun run = runs.start(fixtures.caller("a.patrol"), "coverage-run-key-1", null, null);
		assertThat(run.shiftId()).isEqualTo(done);
		runs.end(fixtures.caller("a.patrol"), run.id(), null, null);
		clock.reset();

		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
		var report = fixtures.bean(Coverage.class).of(fixtures.caller("a.director"), today.minusDays(3), today, Locale.SIMPLIFIED_CHINESE);
		assertThat(report.organizations()).filteredOn(l -> l.label().equals("甲村治安承包")).singleElement()
			.satisfies(l -> assertThat(l.planned()).isEqualTo(2))
			.satisfies(l -> assertThat(l.done()).isEqualTo(1));
		assertThat(report.members()).filteredOn(l -> l.label().equals("甲村王巡")).singleElement()
			.satisfies(l -> assertThat(l.planned()).isGreaterThanOrEqualTo(2));
		assertThat(report.villages()).extracting(Coverage.Line::label).containsExactly("甲村");

		var evidence = fixtures.bean(ContractEvidence.class).of(fixtures.caller("a.director"));
		assertThat(evidence).filteredOn(e -> e.contract().id() == fixtures.id("contractA")).singleElement()
			.satisfies(e -> {
				assertThat(e.periods()).isNotEmpty().allSatisfy(p -> assertThat(p.required()).isPositive());
			});
		assertThat(signedIn("a.director").get("/patrol/coverage").body()).contains("甲村治安承包", "A-2026-1", "每周巡逻 3 次");
		assertThat(signedIn("b.director").get("/patrol/coverage").body()).doesNotContain("甲村");
	}
}
