package org.qunfang.patrol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qunfang.patrol.zones.CheckpointTokens;
import org.springframework.mock.env.MockEnvironment;

/** A checkpoint's QR token verifies under any configured key, and nothing forged or altered does. */
class CheckpointTokensTest {

	private static final String K1 = "cWYtdGVzdC1wYXRyb2wtcXIta2V5LW9uZS0zMi1ieXRlcw==";
	private static final String K2 = "cWYtdGVzdC1wYXRyb2wtcXIta2V5LXR3by0zMi1ieXRlc3M=";

	private static CheckpointTokens tokens(String active, String... ids) {
		MockEnvironment environment = new MockEnvironment();
		for (String id : ids) {
			environment.setProperty("qunfang.patrol.qr.keys." + id, id.equals("k1") ? K1 : K2);
		}
		return CheckpointTokens.of(environment, active);
	}

	@Test
	void aSignedTokenNamesItsCheckpointAndVersion() {
		CheckpointTokens tokens = tokens("k1", "k1");
		String token = tokens.sign(4711, 3);
		assertThat(tokens.verify(token)).hasValue(new CheckpointTokens.Claim(4711, 3));
	}

	@Test
	void forgedAlteredOrGarbledTokensAreRefused() {
		CheckpointTokens tokens = tokens("k1", "k1");
		String token = tokens.sign(4711, 3);
		String[] parts = token.split("\\.");
		assertThat(tokens.verify(parts[0] + ".4712." + parts[2] + "." + parts[3])).as("another checkpoint").isEmpty();
		assertThat(tokens.verify(parts[0] + "." + parts[1] + ".4." + parts[3])).as("another version").isEmpty();
		assertThat(tokens.verify(token.substring(0, token.length() - 2) + "AA")).as("another signature").isEmpty();
		assertThat(tokens.verify("k9." + parts[1] + "." + parts[2] + "." + parts[3])).as("unknown key").isEmpty();
		assertThat(tokens.verify("not-a-token")).isEmpty();
		assertThat(tokens.verify("k1.1.1.%%%")).isEmpty();
		assertThat(tokens.verify(null)).isEmpty();
		assertThat(tokens("k2", "k2").verify(token)).as("signed with a key this server does not have").isEmpty();
	}

	@Test
	void rotatingKeysKeepsOldSheetsWorkingUntilTheOldKeyIsRemoved() {
		String old = tokens("k1", "k1").sign(10, 1);
		CheckpointTokens rotated = tokens("k2", "k1", "k2");
		assertThat(rotated.verify(old)).hasValue(new CheckpointTokens.Claim(10, 1));
		assertThat(rotated.sign(10, 1)).startsWith("k2.");
		assertThat(tokens("k2", "k2").verify(old)).isEmpty();
	}
}
