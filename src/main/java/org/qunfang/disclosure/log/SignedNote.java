package org.qunfang.disclosure.log;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Arrays;

/**
 * A signed note (C2SP signed-note): a text ending in a newline, a blank line, and one or more signature
 * lines {@code — <key name> <base64(key id || signature)>}. Only Ed25519 signatures are made and checked.
 * Signatures by other keys are passed over, as the specification asks, so that a checkpoint can also carry
 * a witness's cosignature or a rotated key's; but a signature that claims to be by the trusted key and
 * does not verify refuses the whole note.
 */
final class SignedNote {

	private static final String SIGNATURE_PREFIX = "\u2014 ";
	private static final int SIGNATURE_SIZE = 64;
	private static final int KEY_ID_SIZE = 4;
	private static final int MAX_CHARS = 64 * 1024;

	private SignedNote() {
	}

	/**
	 * The note of a text signed by one key.
	 *
	 * @throws IllegalArgumentException if the text does not end in a newline or holds a control character
	 */
	static String sign(String text, String keyName, PrivateKey key) {
		if (!isNoteText(text) || !text.endsWith("\n")) {
			throw new IllegalArgumentException("A note's text ends in a newline and holds no control character");
		}
		byte[] keyId = new VerifierKey(keyName, Ed25519Keys.publicKeyOf(key)).keyId();
		try {
			Signature signer = Signature.getInstance("Ed25519");
			signer.initSign(key);
			signer.update(text.getBytes(StandardCharsets.UTF_8));
			byte[] signature = signer.sign();
			byte[] line = Arrays.copyOf(keyId, KEY_ID_SIZE + signature.length);
			System.arraycopy(signature, 0, line, KEY_ID_SIZE, signature.length);
			return text + "\n" + SIGNATURE_PREFIX + keyName + " " + Base64Text.encode(line) + "\n";
		}
		catch (GeneralSecurityException e) {
			throw new IllegalArgumentException("Cannot sign with this key", e);
		}
	}

	/**
	 * The text of a note that the key has signed.
	 *
	 * @throws LogVerificationException {@value LogVerificationException#MALFORMED_NOTE} if it is not a signed
	 *         note, {@value LogVerificationException#BAD_SIGNATURE} if the key's signature is forged, and
	 *         {@value LogVerificationException#UNKNOWN_KEY} if the key did not sign it
	 */
	static String open(String note, VerifierKey key) {
		if (note == null || note.length() > MAX_CHARS || !isNoteText(note) || !note.endsWith("\n")) {
			throw new LogVerificationException(LogVerificationException.MALFORMED_NOTE);
		}
		int separator = note.lastIndexOf("\n\n");
		if (separator < 0 || separator + 2 == note.length()) {
			throw new LogVerificationException(LogVerificationException.MALFORMED_NOTE);
		}
		String text = note.substring(0, separator + 1);
		byte[] keyId = key.keyId();
		boolean signed = false;
		for (String line : note.substring(separator + 2).split("\n")) {
			SignatureLine signature = SignatureLine.of(line);
			if (signature.keyName().equals(key.name())
					&& Arrays.equals(signature.bytes(), 0, KEY_ID_SIZE, keyId, 0, KEY_ID_SIZE)) {
				if (!verifies(text, signature.bytes(), key)) {
					throw new LogVerificationException(LogVerificationException.BAD_SIGNATURE);
				}
				signed = true;
			}
		}
		if (!signed) {
			throw new LogVerificationException(LogVerificationException.UNKNOWN_KEY);
		}
		return text;
	}

	private static boolean verifies(String text, byte[] signature, VerifierKey key) {
		if (signature.length != KEY_ID_SIZE + SIGNATURE_SIZE) {
			return false;
		}
		try {
			Signature verifier = Signature.getInstance("Ed25519");
			verifier.initVerify(key.publicKey());
			verifier.update(text.getBytes(StandardCharsets.UTF_8));
			return verifier.verify(signature, KEY_ID_SIZE, SIGNATURE_SIZE);
		}
		catch (GeneralSecurityException e) {
			return false;
		}
	}

	/** Whether a string may stand in a note: no control character other than the newline. */
	private static boolean isNoteText(String text) {
		return text != null && text.chars().allMatch(c -> c == '\n' || c >= 0x20);
	}

	/** One signature line: the signer's key name, and its key id followed by the signature. */
	private record SignatureLine(String keyName, byte[] bytes) {

		static SignatureLine of(String line) {
			String[] parts = line.startsWith(SIGNATURE_PREFIX)
					? line.substring(SIGNATURE_PREFIX.length()).split(" ", -1) : new String[0];
			if (parts.length != 2 || !VerifierKey.isKeyName(parts[0])) {
				throw new LogVerificationException(LogVerificationException.MALFORMED_NOTE);
			}
			byte[] bytes = Base64Text.decode(parts[1], LogVerificationException.MALFORMED_NOTE);
			if (bytes.length <= KEY_ID_SIZE) {
				throw new LogVerificationException(LogVerificationException.MALFORMED_NOTE);
			}
			return new SignatureLine(parts[0], bytes);
		}
	}
}
