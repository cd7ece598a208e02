package org.qunfang.platform.publicform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.qunfang.platform.DomainException;

/** The small sum of the public forms: one answer, once, within its time, checkable by any node with the key. */
class ChallengesTest {

	private static final Instant MONDAY = Instant.parse("2026-03-02T02:00:00Z");

	@Test
	void aChallengeTokenTakesOnlyTheRightAnswerOnceAndExpires() {
		Clock clock = Clock.fixed(MONDAY, ZoneOffset.UTC);
		Challenges challenges = new Challenges("", clock);
		Challenges.Challenge c = challenges.next();
		String right = Integer.toString(c.a() + c.b());
		assertThat(c.token().split("\\.")).as("no field of the token is the answer").doesNotContain(right)
			.allSatisfy(field -> assertThat(field).doesNotContain(":"));
		challenges.check(c.token(), right);
		assertThatThrownBy(() -> challenges.check(c.token(), right)).as("used once").isInstanceOf(DomainException.class);

		Challenges.Challenge wrong = challenges.next();
		assertThatThrownBy(() -> challenges.check(wrong.token(), Integer.toString(wrong.a() + wrong.b() + 1)))
			.isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> challenges.check(wrong.token(), Integer.toString(wrong.a() + wrong.b())))
			.as("a wrong answer uses the token up").isInstanceOf(DomainException.class);

		Challenges.Challenge forged = challenges.next();
		String[] parts = forged.token().split("\\.");
		assertThatThrownBy(() -> challenges.check(Long.parseLong(parts[0]) + 3600 + "." + parts[1] + "." + parts[2] + "."
				+ parts[3], Integer.toString(forged.a() + forged.b()))).isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> challenges.check("nonsense", "3")).isInstanceOf(DomainException.class);
	}

	@Test
	void aConfiguredKeyLetsAnotherNodeCheckTheTokenUntilItExpires() {
		String key = java.util.Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
		Challenges issuer = new Challenges(key, Clock.fixed(MONDAY, ZoneOffset.UTC));
		Challenges.Challenge first = issuer.next();
		Challenges.Challenge second = issuer.next();
		new Challenges(key, Clock.fixed(MONDAY.plus(Duration.ofMinutes(29)), ZoneOffset.UTC)).check(first.token(),
				Integer.toString(first.a() + first.b()));
		Challenges later = new Challenges(key, Clock.fixed(MONDAY.plus(Duration.ofMinutes(31)), ZoneOffset.UTC));
		assertThatThrownBy(() -> later.check(second.token(), Integer.toString(second.a() + second.b())))
			.as("expired after 30 minutes").isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> new Challenges(java.util.Base64.getEncoder().encodeToString(new byte[8]),
				Clock.systemUTC())).isInstanceOf(IllegalStateException.class);
	}
}
