package org.qunfang.disclosure.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A county signs its log's checkpoints; anyone with its verifier key can check them, and nothing else passes. */
class CheckpointTest {

	static final String ORIGIN = "qunfang.example/county/11 statements";
	static final String KEY_NAME = "qunfang.example/county/11";

	private final KeyPair county = Ed25519Keys.generate();
	private final List<byte[]> leaves = MerkleLogPropertiesTest.leafHashes(11, 3);
	private final Checkpoint checkpoint = new Checkpoint(ORIGIN, 11, MerkleLog.rootHash(leaves));

	@Test
	void aSignedCheckpointReadsBackAsItself() {
		String note = checkpoint.sign(KEY_NAME, county.getPrivate());
		assertThat(note).startsWith(ORIGIN + "\n11\n" + Base64.getEncoder().encodeToString(checkpoint.rootHash())
				+ "\n\n— " + KEY_NAME + " ");
		assertThat(Checkpoint.parseAndVerify(note, KEY_NAME, county.getPublic())).isEqualTo(checkpoint);
		assertThat(Checkpoint.parseAndVerify(note, new VerifierKey(KEY_NAME, county.getPublic()))).isEqualTo(checkpoint);
	}

	@Test
	void aChangedSizeRootOriginOrSignatureIsRefused() {
		String note = checkpoint.sign(KEY_NAME, county.getPrivate());
		String root = Base64.getEncoder().encodeToString(checkpoint.rootHash());
		String otherRoot = Base64.getEncoder().encodeToString(MerkleLog.rootHash(leaves, 10));
		assertRefused(note.replace("\n11\n", "\n12\n"), LogVerificationException.BAD_SIGNATURE);
		assertRefused(note.replace(root, otherRoot), LogVerificationException.BAD_SIGNATURE);
		assertRefused(note.replace("county/11 statements", "county/12 statements"), LogVerificationException.BAD_SIGNATURE);
		int signature = note.lastIndexOf(' ') + 10;
		char flipped = note.charAt(signature) == 'A' ? 'B' : 'A';
		assertRefused(note.substring(0, signature) + flipped + note.substring(signature + 1),
				LogVerificationException.BAD_SIGNATURE);
	}

	@Test
	void anotherKeyOrKeyNameIsRefused() {
		String note = checkpoint.sign(KEY_NAME, county.getPrivate());
		KeyPair other = Ed25519Keys.generate();
		assertThatThrownBy(() -> Checkpoint.parseAndVerify(note, KEY_NAME, other.getPublic()))
			.isInstanceOfSatisfying(LogVerificationException.class,
					e -> assertThat(e.messageKey()).isEqualTo(LogVerificationException.UNKNOWN_KEY));
		assertThatThrownBy(() -> Checkpoint.parseAndVerify(note, "qunfang.example/county/12", county.getPublic()))
			.isInstanceOfSatisfying(LogVerificationException.class,
					e -> assertThat(e.messageKey()).isEqualTo(LogVerificationException.UNKNOWN_KEY));
		String forged = checkpoint.sign(KEY_NAME, other.getPrivate());
		assertThatThrownBy(() -> Checkpoint.parseAndVerify(forged, KEY_NAME, county.getPublic()))
			.isInstanceOf(LogVerificationException.class);
	}

	@Test
	void aSignedTextThatIsNotACheckpointIsRefused() {
		for (String body : new String[] { ORIGIN + "\n11\n", ORIGIN + "\n011\n" + base64Root() + "\n",
				ORIGIN + "\n-1\n" + base64Root() + "\n", ORIGIN + "\n11\nAAAA\n",
				ORIGIN + "\n11\n" + base64Root() + "\nextension\n", "\n11\n" + base64Root() + "\n",
				ORIGIN + "\n99999999999999999999\n" + base64Root() + "\n" }) {
			String note = SignedNote.sign(body, KEY_NAME, county.getPrivate());
			assertRefused(note, LogVerificationException.MALFORMED_CHECKPOINT);
		}
	}

	@Test
	void aLaterCheckpointExtendsAnEarlierOneOnlyWithAConsistencyProof() {
		Checkpoint earlier = new Checkpoint(ORIGIN, 6, MerkleLog.rootHash(leaves, 6));
		List<byte[]> proof = MerkleLog.consistencyProof(leaves, 6, 11);
		checkpoint.verifyExtends(earlier, proof);
		assertThatThrownBy(() -> earlier.verifyExtends(checkpoint, proof)).isInstanceOfSatisfying(
				LogVerificationException.class, e -> assertThat(e.messageKey()).isEqualTo(LogVerificationException.SHRUNK));
		Checkpoint elsewhere = new Checkpoint("qunfang.example/county/12 statements", 6, MerkleLog.rootHash(leaves, 6));
		assertThatThrownBy(() -> checkpoint.verifyExtends(elsewhere, proof)).isInstanceOfSatisfying(
				LogVerificationException.class, e -> assertThat(e.messageKey()).isEqualTo(LogVerificationException.OTHER_LOG));
		Checkpoint fork = new Checkpoint(ORIGIN, 6, MerkleLog.rootHash(MerkleLogPropertiesTest.leafHashes(6, 4)));
		assertThatThrownBy(() -> checkpoint.verifyExtends(fork, proof)).isInstanceOfSatisfying(
				LogVerificationException.class,
				e -> assertThat(e.messageKey()).isEqualTo(LogVerificationException.NOT_CONSISTENT));
	}

	@Test
	void aCheckpointIsAValue() {
		assertThatThrownBy(() -> new Checkpoint("", 1, new byte[32])).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Checkpoint("a\nb", 1, new byte[32])).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Checkpoint(ORIGIN, -1, new byte[32])).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Checkpoint(ORIGIN, 1, new byte[31])).isInstanceOf(IllegalArgumentException.class);
		byte[] root = checkpoint.rootHash();
		root[0] ^= 1;
		assertThat(checkpoint.rootHash()).isNotEqualTo(root);
		assertThat(new Checkpoint(ORIGIN, 11, MerkleLog.rootHash(leaves))).isEqualTo(checkpoint)
			.hasSameHashCodeAs(checkpoint);
	}

	private String base64Root() {
		return Base64.getEncoder().encodeToString(checkpoint.rootHash());
	}

	private void assertRefused(String note, String messageKey) {
		assertThatThrownBy(() -> Checkpoint.parseAndVerify(note, KEY_NAME, county.getPublic())).as(note)
			.isInstanceOfSatisfying(LogVerificationException.class, e -> assertThat(e.messageKey()).isEqualTo(messageKey));
	}
}
