package org.qunfang.disclosure.publication;

import java.time.Duration;

import org.qunfang.platform.NotFoundException;
import org.qunfang.platform.publicform.Challenges;
import org.qunfang.platform.publicform.Honeypot;
import org.qunfang.platform.publicform.RateLimits;
import org.qunfang.platform.publicform.TooManyAttempts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Questions as the public asks them, without signing in, behind the same guards as the suggestion book: a
 * limit per client address (every attempt counts), the hidden honeypot field, the small sum, and a limit
 * per statement (counting only attempts that passed the rest, so rubbish cannot close a statement to
 * questions). Every refusal writes nothing.
 */
@Service
public class QuestionDesk {

	/** What proves a person asks: the challenge's token and answer, and the honeypot a person leaves empty. */
	public record Proof(String challengeToken, String answer, String honeypot) {
	}

	private static final Duration HOUR = Duration.ofHours(1);

	private final Questions questions;
	private final StatementStore statements;
	private final Challenges challenges;
	private final RateLimits limits;
	private final int perClient;
	private final int perStatement;

	QuestionDesk(Questions questions, StatementStore statements, Challenges challenges, RateLimits limits,
			@Value("${qunfang.disclosure.limits.questions-per-client-hour:10}") int perClient,
			@Value("${qunfang.disclosure.limits.questions-per-statement-hour:60}") int perStatement) {
		this.questions = questions;
		this.statements = statements;
		this.challenges = challenges;
		this.limits = limits;
		this.perClient = perClient;
		this.perStatement = perStatement;
	}

	public Challenges.Challenge challenge() {
		return challenges.next();
	}

	/** Files a question on a published statement for a person at this client address, if they pass the checks. */
	public long ask(long statementId, Questions.Asking asking, Proof proof, String client) {
		PublishedStatement statement = statements.find(statementId).orElseThrow(NotFoundException::new);
		if (!limits.tryAcquire("question:" + client, perClient, HOUR)) {
			throw new TooManyAttempts();
		}
		Honeypot.check(proof.honeypot());
		challenges.check(proof.challengeToken(), proof.answer());
		Questions.check(statement, asking);
		if (!limits.tryAcquire("question-statement:" + statementId, perStatement, HOUR)) {
			throw new TooManyAttempts();
		}
		return questions.ask(statementId, asking);
	}
}
