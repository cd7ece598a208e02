package org.qunfang.funds.levy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qunfang.funds.fees.ChargeRules;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.RefusalException;

/** The rules a levy meets before approval, and a meeting as entered. */
class LevyRuleTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	@Test
	void twoThirdsOfThirtyRepresentativesIsTwentyAndTwoThirdsOfTwentyIsFourteen() {
		ChargeRules rules = ChargeRules.DEFAULTS;
		assertThat(rules.quorumOf(30)).isEqualTo(20);
		assertThat(rules.quorumOf(31)).isEqualTo(21);
		assertThat(rules.votesNeeded(20)).isEqualTo(14);
		assertThat(rules.votesNeeded(21)).isEqualTo(14);
	}

	@Test
	void eachRuleNamesItsFigures() {
		List<LevyRule.Check> checks = LevyRule.check(meeting(30, 19, 19), 1_000, 600, ChargeRules.DEFAULTS);
		assertThat(checks).extracting(LevyRule.Check::rule)
			.containsExactly(LevyRule.MEETING, LevyRule.QUORUM, LevyRule.VOTE, LevyRule.CAP);
		assertThat(checks).extracting(LevyRule.Check::met).containsExactly(true, false, true, false);
		assertThat(checks.get(1).arguments()).containsExactly(30, 19, 20);
		assertThat(checks.get(3).arguments()).containsExactly("10.00", "6.00", "15.00");
		assertThatThrownBy(() -> LevyRule.require(checks)).isInstanceOf(DomainException.class)
			.extracting(e -> ((RefusalException) e).messageKey()).isEqualTo("error.funds.levy.rule.QUORUM");
	}

	@Test
	void aLevyWithoutAMeetingIsRefusedForThat() {
		assertThatThrownBy(() -> LevyRule.require(LevyRule.check(null, 100, 0, ChargeRules.DEFAULTS)))
			.extracting(e -> ((RefusalException) e).messageKey()).isEqualTo("error.funds.levy.rule.MEETING");
	}

	@Test
	void thirteenOfTwentyIsTooFewAndFourteenIsEnough() {
		assertThat(LevyRule.check(meeting(30, 20, 13), 100, 0, ChargeRules.DEFAULTS).get(2).met()).isFalse();
		assertThat(LevyRule.check(meeting(30, 20, 14), 100, 0, ChargeRules.DEFAULTS)).allMatch(LevyRule.Check::met);
	}

	@Test
	void aListOfThosePresentSetsTheCountAndMustAgreeWithAGivenOne() {
		Meeting listed = Meeting.of(TODAY, 5, null, "张三\n李四、王五，赵六", 4, 0, 0, TODAY);
		assertThat(listed.present()).isEqualTo(4);
		assertThat(listed.attendees()).containsExactly("张三", "李四", "王五", "赵六");
		assertThatThrownBy(() -> Meeting.of(TODAY, 5, 3, "张三\n李四", 2, 0, 0, TODAY))
			.extracting(e -> ((RefusalException) e).messageKey()).isEqualTo("error.funds.levy.attendance-count");
	}

	@Test
	void aMeetingCannotHaveMoreVotesThanPresentNorMorePresentThanRepresentativesNorBeInTheFuture() {
		assertThatThrownBy(() -> Meeting.of(TODAY, 10, 8, null, 6, 2, 1, TODAY))
			.extracting(e -> ((RefusalException) e).messageKey()).isEqualTo("error.funds.levy.votes");
		assertThatThrownBy(() -> Meeting.of(TODAY, 10, 11, null, 6, 0, 0, TODAY))
			.extracting(e -> ((RefusalException) e).messageKey()).isEqualTo("error.funds.levy.present");
		assertThatThrownBy(() -> Meeting.of(TODAY.plusDays(1), 10, 8, null, 6, 0, 0, TODAY))
			.extracting(e -> ((RefusalException) e).messageKey()).isEqualTo("error.funds.levy.meeting-date");
	}

	private static Meeting meeting(int representatives, int present, int votesFor) {
		return Meeting.of(TODAY, representatives, present, null, votesFor, 0, 0, TODAY);
	}
}
