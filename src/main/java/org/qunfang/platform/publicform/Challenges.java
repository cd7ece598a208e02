package org.qunfang.platform.publicform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.qunfang.platform.DomainException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The small sum a person answers before writing on a public form without an account (人机验证): the
 * suggestion book, a question on a published statement. The page shows the question; the
 * form carries a token that holds only an expiry, a nonce and an HMAC over them and the right answer, so
 * the server keeps no state per question and the answer cannot be read from the token. A genuine token
 * (a second HMAC over expiry and nonce) is good for one attempt: the nonces used are remembered in memory
 * until they expire.
 *
 * <p>The HMAC key comes from {@code qunfang.suggestions.challenge-key} (base64, at least 32 bytes); without
 * it a random key is made at start, which suits one node (after a restart open forms get a new question). The
 * property keeps its name from the suggestion book, the first form to use it; it serves every public form.
 */
@Component
public class Challenges {

	/** A question ({@code a + b}) and the token that goes with the answer. */
	public record Challenge(int a, int b, String token) {
	}

	private static final Duration VALID = Duration.ofMinutes(30);
	private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

	private final SecureRandom random = new SecureRandom();
	private final byte[] key;
	private final Clock clock;
	private final Map<String, Long> used = new ConcurrentHashMap<>();

	Challenges(@Value("${qunfang.suggestions.challenge-key:}") String configuredKey, Clock clock) {
		this.clock = clock;
		if (configuredKey.isBlank()) {
			this.key = new byte[32];
			random.nextBytes(key);
		}
		else {
			this.key = Base64.getDecoder().decode(configuredKey);
			if (key.length < 32) {
				throw new IllegalStateException("qunfang.suggestions.challenge-key must be at least 32 bytes (base64)");
			}
		}
	}

	public Challenge next() {
		int a = 1 + random.nextInt(9);
		int b = 1 + random.nextInt(9);
		long expires = clock.instant().plus(VALID).getEpochSecond();
		byte[] nonceBytes = new byte[12];
		random.nextBytes(nonceBytes);
		String payload = expires + "." + B64.encodeToString(nonceBytes);
		return new Challenge(a, b, payload + "." + mac(payload) + "." + mac(payload + ":" + (a + b)));
	}

	/** Refuses a missing, altered, expired or used token and a wrong answer; uses the token up either way. */
	public void check(String token, String answer) {
		String[] parts = token == null ? new String[0] : token.split("\\.");
		if (parts.length != 4 || answer == null || !answer.strip().matches("\\d{1,3}")) {
			throw new DomainException("error.public.challenge");
		}
		long now = clock.instant().getEpochSecond();
		long expires;
		try {
			expires = Long.parseLong(parts[0]);
		}
		catch (NumberFormatException e) {
			throw new DomainException("error.public.challenge");
		}
		String payload = parts[0] + "." + parts[1];
		if (expires < now || !same(mac(payload), parts[2])) {
			throw new DomainException("error.public.challenge");
		}
		forgetExpired(now);
		boolean fresh = used.putIfAbsent(parts[1], expires) == null;
		if (!fresh || !same(mac(payload + ":" + Integer.parseInt(answer.strip())), parts[3])) {
			throw new DomainException("error.public.challenge");
		}
	}

	private void forgetExpired(long now) {
		if (used.size() > 1000) {
			used.values().removeIf(expiry -> expiry < now);
		}
	}

	private static boolean same(String expected, String given) {
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
	}

	private String mac(String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return B64.encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}
}
