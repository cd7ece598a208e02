package org.qunfang.disclosure.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/**
 * Signed notes and verifier keys agree byte for byte with the reference implementation, Go's
 * golang.org/x/mod/sumdb/note: its test key pair and signed note (sumdb/note/note_test.go, TestSign and
 * TestOpen, commit 02c991387e35f9e4c0a9b7ce137717055f8d716d). Ed25519 signatures are deterministic, so
 * signing the same text with the same key must give the same note.
 */
class SignedNoteTest {

	private static final String VERIFIER_KEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
	/** The private key of the Go signer key "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALV…": 0x01 then the seed. */
	private static final String SIGNER_KEY = "AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
	private static final String TEXT = "If you think cryptography is the answer to your problem,\n"
			+ "then you don't know what your problem is.\n";
	private static final String PETER_SIGNATURE = "— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";
	private static final String ENOCH_SIGNATURE = "— EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n";

	@Test
	void signingTheReferenceTextGivesTheReferenceNote() {
		byte[] signer = Base64.getDecoder().decode(SIGNER_KEY);
		var key = Ed25519Keys.privateKey(Arrays.copyOfRange(signer, 1, signer.length));
		assertThat(SignedNote.sign(TEXT, "PeterNeumann", key)).isEqualTo(TEXT + "\n" + PETER_SIGNATURE);
		assertThat(new VerifierKey("PeterNeumann", Ed25519Keys.publicKeyOf(key)).encoded()).isEqualTo(VERIFIER_KEY);
	}

	@Test
	void theReferenceNoteOpensWithTheReferenceKeyPassingOverOtherSigners() {
		VerifierKey peter = VerifierKey.parse(VERIFIER_KEY);
		assertThat(peter.name()).isEqualTo("PeterNeumann");
		assertThat(peter.encoded()).isEqualTo(VERIFIER_KEY);
		assertThat(SignedNote.open(TEXT + "\n" + PETER_SIGNATURE, peter)).isEqualTo(TEXT);
		assertThat(SignedNote.open(TEXT + "\n" + ENOCH_SIGNATURE + PETER_SIGNATURE, peter)).isEqualTo(TEXT);
		assertRefused(TEXT + "\n" + ENOCH_SIGNATURE, peter, LogVerificationException.UNKNOWN_KEY);
		assertRefused(TEXT.replace("cryptography", "cryptographY") + "\n" + PETER_SIGNATURE, peter,
				LogVerificationException.BAD_SIGNATURE);
		assertRefused(TEXT + "\n" + PETER_SIGNATURE.substring(0, 60) + "ABCD" + PETER_SIGNATURE.substring(60), peter,
				LogVerificationException.BAD_SIGNATURE);
	}

	@Test
	void malformedNotesAreRefusedAsTheReferenceRefusesThem() {
		VerifierKey peter = VerifierKey.parse(VERIFIER_KEY);
		for (String note : new String[] { TEXT, TEXT + "\n", TEXT + "\n" + PETER_SIGNATURE.strip(),
				"\u0001" + TEXT + "\n" + PETER_SIGNATURE,
				TEXT + "\n" + "— Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n",
				TEXT + "\n" + PETER_SIGNATURE + "Unexpected line.\n", TEXT + "\n" + PETER_SIGNATURE + "\n" }) {
			assertRefused(note, peter, LogVerificationException.MALFORMED_NOTE);
		}
		assertRefused(null, peter, LogVerificationException.MALFORMED_NOTE);
	}

	@Test
	void manglingsOfTheReferenceVerifierKeyAreRefused() {
		for (String mangled : new String[] { VERIFIER_KEY.substring(1), VERIFIER_KEY.substring(0, VERIFIER_KEY.length() - 1),
				VERIFIER_KEY.replace("c74f20a3", "c74f20a4"), VERIFIER_KEY.replace("Peter", "Pete"),
				VERIFIER_KEY.replace("+ARpc", "+AhPc"), "PeterNeumann+c74f20a3", "", "Peter Neumann+c74f20a3+x",
				"PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW" }) {
			assertThatThrownBy(() -> VerifierKey.parse(mangled)).as(mangled)
				.isInstanceOfSatisfying(LogVerificationException.class,
						e -> assertThat(e.messageKey()).isEqualTo(LogVerificationException.MALFORMED_KEY));
		}
	}

	@Test
	void keysConvertBetweenTheJdkAndTheirRawBytes() {
		KeyPair pair = Ed25519Keys.generate();
		byte[] rawPublic = Ed25519Keys.rawPublicKey(pair.getPublic());
		assertThat(rawPublic).hasSize(32);
		assertThat(Ed25519Keys.publicKey(rawPublic)).isEqualTo(pair.getPublic());
		byte[] seed = Ed25519Keys.rawPrivateKey(pair.getPrivate());
		assertThat(Ed25519Keys.rawPrivateKey(Ed25519Keys.privateKey(seed))).isEqualTo(seed);
		assertThat(Ed25519Keys.publicKeyOf(pair.getPrivate())).isEqualTo(pair.getPublic());
		VerifierKey key = new VerifierKey("county.example/log", pair.getPublic());
		assertThat(VerifierKey.parse(key.encoded())).isEqualTo(key);
	}

	private static void assertRefused(String note, VerifierKey key, String messageKey) {
		assertThatThrownBy(() -> SignedNote.open(note, key)).as(String.valueOf(note))
			.isInstanceOfSatisfying(LogVerificationException.class, e -> assertThat(e.messageKey()).isEqualTo(messageKey));
	}
}
