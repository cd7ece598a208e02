package org.qunfang.funds.levy;

import java.util.ArrayList;
import java.util.List;

import org.qunfang.funds.fees.ChargeRules;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.Money;

/**
 * The rules a levy (一事一议) must meet to be approved: its meeting recorded; a quorum of the villager
 * representatives present; enough of those present voting for it; and, with the village's other levies
 * of the year, no more a person than the county's yearly cap.
 */
public enum LevyRule {
	MEETING, QUORUM, VOTE, CAP;

	/** One rule checked: met or not, with the figures that say why (for the rule's message). */
	public record Check(LevyRule rule, boolean met, Object[] arguments) {

		/** The sentence that states the rule and the figures. */
		public String messageKey() {
			return "funds.levy.rule." + rule.name();
		}

		/** The refusal when the rule is not met. */
		public DomainException refusal() {
			return new DomainException("error.funds.levy.rule." + rule.name(), arguments);
		}
	}

	/**
	 * Every rule for a levy of {@code perPersonFen} with the village's other levies of the year coming to
	 * {@code othersFen} a person.
	 */
	public static List<Check> check(Meeting meeting, long perPersonFen, long othersFen, ChargeRules rules) {
		List<Check> checks = new ArrayList<>();
		checks.add(new Check(MEETING, meeting != null, new Object[0]));
		if (meeting != null) {
			int quorum = rules.quorumOf(meeting.representatives());
			checks.add(new Check(QUORUM, meeting.present() >= quorum,
					new Object[] { meeting.representatives(), meeting.present(), quorum }));
			int needed = rules.votesNeeded(meeting.present());
			checks.add(new Check(VOTE, meeting.votesFor() >= needed && meeting.votesFor() > 0,
					new Object[] { meeting.present(), meeting.votesFor(), needed }));
		}
		checks.add(cap(perPersonFen, othersFen, rules));
		return List.copyOf(checks);
	}

	/** The yearly cap a person: this levy's amount with the village's other approved levies of the year. */
	public static Check cap(long perPersonFen, long othersFen, ChargeRules rules) {
		return new Check(CAP, perPersonFen + othersFen <= rules.personCap().fen(), new Object[] {
				Money.fen(perPersonFen).yuan(), Money.fen(othersFen).yuan(), rules.personCap().yuan() });
	}

	/** Refuses with the first rule not met. */
	public static void require(List<Check> checks) {
		checks.stream().filter(c -> !c.met()).findFirst().ifPresent(c -> {
			throw c.refusal();
		});
	}
}
