package org.qunfang.cases.suggestion;

import java.time.Clock;
import java.time.Instant;

import org.qunfang.platform.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 逾期上报 — a reply not given by its deadline goes up to the township: each overdue wait is escalated once
 * (marked, a step in its history, a notice to the township's officers and leaders and to the village
 * director). Runs every {@code qunfang.suggestions.escalation-interval} (15 minutes by default) in every
 * county, each suggestion in a transaction of its own; with several nodes, the version check lets only
 * one of them escalate a suggestion.
 */
@Component
public class SuggestionEscalation {

	private static final Logger log = LoggerFactory.getLogger(SuggestionEscalation.class);
	private static final int BATCH = 200;

	private final Suggestions suggestions;
	private final BookVillages villages;
	private final SuggestionNotices notices;
	private final TransactionTemplate transactions;
	private final Clock clock;

	SuggestionEscalation(Suggestions suggestions, BookVillages villages, SuggestionNotices notices,
			TransactionTemplate transactions, Clock clock) {
		this.suggestions = suggestions;
		this.villages = villages;
		this.notices = notices;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Escalates every overdue, not yet escalated suggestion; returns how many it escalated. */
	@Scheduled(fixedDelayString = "${qunfang.suggestions.escalation-interval:PT15M}", initialDelayString = "PT1M")
	public int escalateOverdue() {
		Instant now = clock.instant();
		int escalated = 0;
		boolean more = true;
		while (more) {
			var batch = suggestions.overdueUnescalated(now, BATCH);
			int done = 0;
			for (Suggestion s : batch) {
				done += escalate(s, now) ? 1 : 0;
			}
			escalated += done;
			more = batch.size() == BATCH && done > 0;
		}
		if (escalated > 0) {
			log.info("Escalated {} overdue suggestion(s) to their townships", escalated);
		}
		return escalated;
	}

	private boolean escalate(Suggestion overdue, Instant now) {
		try {
			transactions.executeWithoutResult(tx -> {
				Suggestion s = overdue.escalate(now);
				suggestions.update(s);
				suggestions.addStep(s, SuggestionStep.ESCALATED, null, null, now);
				notices.overdue(s, villages.village(s.villageId()));
			});
			return true;
		}
		catch (ConflictException changedMeanwhile) {
			return false;
		}
		catch (RuntimeException failed) {
			log.warn("Could not escalate suggestion {}", overdue.id(), failed);
			return false;
		}
	}
}
