package org.qunfang.cases.suggestion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.qunfang.organization.AdminUnit;
import org.qunfang.platform.publicform.Challenges;
import org.qunfang.platform.publicform.Honeypot;
import org.qunfang.platform.publicform.RateLimits;
import org.qunfang.platform.publicform.TooManyAttempts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The suggestion book as the public meets it, without signing in: the village page, writing (behind rate
 * limits, a honeypot field and a small sum), and looking up or reopening a submission by its tracking code
 * (rate limited, so codes cannot be guessed in bulk). Every refusal writes nothing. A client's every attempt
 * counts against its limit; a village's limit counts only writings that passed the checks, so that
 * nobody can close a village's book by sending rubbish to it.
 */
@Service
public class PublicSuggestionDesk {

	/**
	 * What proves a person wrote: the challenge token and answer, and the honeypot field a person leaves
	 * empty (it is hidden from people, not from form-filling robots).
	 */
	public record Proof(String challengeToken, String answer, String honeypot) {
	}

	/** A village's public page: its answered opinions and suggestions, and how many still wait. */
	public record VillagePage(AdminUnit village, List<PublicSuggestion> answered, long waiting, long overdue) {
	}

	private static final Duration HOUR = Duration.ofHours(1);
	private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

	private final SuggestionIntake intake;
	private final Suggestions suggestions;
	private final BookVillages villages;
	private final Challenges challenges;
	private final RateLimits limits;
	private final Clock clock;
	private final int perClient;
	private final int perVillage;
	private final int lookups;

	PublicSuggestionDesk(SuggestionIntake intake, Suggestions suggestions, BookVillages villages, Challenges challenges,
			RateLimits limits, Clock clock,
			@Value("${qunfang.suggestions.limits.submissions-per-client-hour:10}") int perClient,
			@Value("${qunfang.suggestions.limits.submissions-per-village-hour:60}") int perVillage,
			@Value("${qunfang.suggestions.limits.lookups-per-client-10min:20}") int lookups) {
		this.intake = intake;
		this.suggestions = suggestions;
		this.villages = villages;
		this.challenges = challenges;
		this.limits = limits;
		this.clock = clock;
		this.perClient = perClient;
		this.perVillage = perVillage;
		this.lookups = lookups;
	}

	@Transactional(readOnly = true)
	public VillagePage page(long villageId) {
		AdminUnit village = villages.village(villageId);
		Instant now = clock.instant();
		long[] waiting = suggestions.publicWaiting(villageId, now);
		return new VillagePage(village,
				suggestions.publicReplies(villageId, 50).stream().map(s -> PublicSuggestion.of(s, now)).toList(), waiting[0],
				waiting[1]);
	}

	public Challenges.Challenge challenge() {
		return challenges.next();
	}

	/** Writes in a village's book for a person at this client address, if they pass the checks. */
	public SuggestionIntake.Receipt submit(long villageId, NewSuggestion form, Proof proof, String client) {
		villages.village(villageId);
		if (!limits.tryAcquire("submit:" + client, perClient, HOUR)) {
			throw new TooManyAttempts();
		}
		Honeypot.check(proof.honeypot());
		challenges.check(proof.challengeToken(), proof.answer());
		intake.check(form);
		if (!limits.tryAcquire("submit-village:" + villageId, perVillage, HOUR)) {
			throw new TooManyAttempts();
		}
		return intake.submit(villageId, form);
	}

	/** The submission a tracking code opens; any miss reads the same. */
	public PublicSuggestion lookup(String code, String client) {
		guardLookup(client);
		return PublicSuggestion.of(intake.byCode(code), clock.instant());
	}

	/** Reopens the submission a tracking code opens, with the submitter's reason. */
	public PublicSuggestion reopen(String code, String reason, String client) {
		guardLookup(client);
		intake.reopen(code, reason);
		return PublicSuggestion.of(intake.byCode(code), clock.instant());
	}

	private void guardLookup(String client) {
		if (!limits.tryAcquire("lookup:" + client, lookups, TEN_MINUTES)) {
			throw new TooManyAttempts();
		}
	}
}
