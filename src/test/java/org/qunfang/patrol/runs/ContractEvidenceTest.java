package org.qunfang.patrol.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.qunfang.identity.Caller;
import org.qunfang.support.IntegrationTest;

/**
 * A security contract's evidence counts the shifts of its organization its contractors patrolled with at
 * least one check-in: not a run without a check-in (shown apart), not a patrol by someone else.
 */
class ContractEvidenceTest extends IntegrationTest {

	@Test
	void onlyAContractorsCheckedInPatrolsOnTheContractsShiftsCount() {
		PatrolDutiesForTests duties = new PatrolDutiesForTests(fixtures);
		duties.endOpenRuns("a.patrol");
		long contractOrg = fixtures.id("contractOrgA");
		long contractor = fixtures.id("residentA");
		// Contract A-2026-1's contractor 甲村张三 signs in with the phone number the register has for him.
		fixtures.patrolMember("a.contractor", "甲村张三", fixtures.id("A"), "13700001111");
		ContractEvidence evidence = fixtures.bean(ContractEvidence.class);
		Caller director = fixtures.caller("a.director");
		long doneBefore = total(evidence, director, false);
		long unverifiedBefore = total(evidence, director, true);

		Instant now = clock.instant();
		long checked = duties.shift(now.minus(Duration.ofHours(30)), now.minus(Duration.ofHours(28)), contractor,
				fixtures.id("zoneA"), contractOrg);
		long silent = duties.shift(now.minus(Duration.ofHours(26)), now.minus(Duration.ofHours(24)), contractor,
				fixtures.id("zoneA"), contractOrg);
		long notTheContractor = duties.shift(now.minus(Duration.ofHours(22)), now.minus(Duration.ofHours(20)), duties.member(),
				fixtures.id("zoneA"), contractOrg);
		PatrolRuns runs = fixtures.bean(PatrolRuns.class);
		patrol(runs, "a.contractor", now.minus(Duration.ofHours(29)), checked, true);
		patrol(runs, "a.contractor", now.minus(Duration.ofHours(25)), silent, false);
		patrol(runs, "a.patrol", now.minus(Duration.ofHours(21)), notTheContractor, true);

		assertThat(total(evidence, director, false) - doneBefore).as("one checked-in patrol by the contractor").isEqualTo(1);
		assertThat(total(evidence, director, true) - unverifiedBefore).as("one ended without a check-in").isEqualTo(1);
		assertThat(evidence.of(fixtures.caller("b.director"))).noneMatch(e -> e.contract().id() == fixtures.id("contractA"));
		assertThat(signedIn("a.director").get("/patrol/coverage").body()).contains("A-2026-1", "无签到");
	}

	private void patrol(PatrolRuns runs, String user, Instant at, long shift, boolean checkIn) {
		clock.reset();
		clock.advance(Duration.between(clock.instant(), at));
		PatrolRun run = runs.start(fixtures.caller(user), "evidence-" + shift, null, null);
		assertThat(run.shiftId()).isEqualTo(shift);
		if (checkIn) {
			runs.checkIn(fixtures.caller(user), fixtures.checkpointToken("checkpointA"), "evidence-checkin-" + shift, null, null,
					null, null);
		}
		runs.end(fixtures.caller(user), run.id(), null, null);
		clock.reset();
	}

	private long total(ContractEvidence evidence, Caller caller, boolean unverified) {
		return evidence.of(caller).stream().filter(e -> e.contract().id() == fixtures.id("contractA"))
			.flatMap(e -> e.periods().stream())
			.mapToLong(p -> unverified ? p.unverified() : p.done()).sum();
	}
}
