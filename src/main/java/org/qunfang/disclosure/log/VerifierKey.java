package org.qunfang.disclosure.log;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The public half of the county's log key as it is published on notices and the county site, so that
 * anyone can check the log's checkpoints: {@code <name>+<key id>+<key>}, where the key id is eight hex
 * digits and the key is the base64 of 0x01 (the Ed25519 signature type) and the 32-byte public key. It
 * is the verifier-key text of Go's {@code golang.org/x/mod/sumdb/note}, and the key id is the one of the
 * C2SP signed-note specification: the first four bytes of SHA-256(name || 0x0A || 0x01 || public key).
 */
public record VerifierKey(String name, PublicKey publicKey) {

	static final byte ED25519 = 0x01;

	private static final HexFormat HEX = HexFormat.of();

	/**
	 * @throws IllegalArgumentException if the name is not a key name (empty, or with a space, a plus sign
	 *         or a control character) or the key is not an Ed25519 public key
	 */
	public VerifierKey {
		if (!isKeyName(name)) {
			throw new IllegalArgumentException("Not a key name: " + name);
		}
		Ed25519Keys.rawPublicKey(publicKey);
	}

	/**
	 * Reads a verifier key text.
	 *
	 * @throws LogVerificationException ({@value LogVerificationException#MALFORMED_KEY}) if it is not one,
	 *         or its key id does not belong to its name and key
	 */
	public static VerifierKey parse(String text) {
		String[] parts = text == null ? new String[0] : text.strip().split("\\+", 3);
		if (parts.length != 3 || !isKeyName(parts[0]) || parts[1].length() != 8) {
			throw new LogVerificationException(LogVerificationException.MALFORMED_KEY);
		}
		byte[] key = Base64Text.decode(parts[2], LogVerificationException.MALFORMED_KEY);
		if (key.length != 1 + Ed25519Keys.KEY_SIZE || key[0] != ED25519) {
			throw new LogVerificationException(LogVerificationException.MALFORMED_KEY);
		}
		VerifierKey parsed;
		try {
			parsed = new VerifierKey(parts[0], Ed25519Keys.publicKey(Arrays.copyOfRange(key, 1, key.length)));
		}
		catch (IllegalArgumentException e) {
			throw new LogVerificationException(LogVerificationException.MALFORMED_KEY);
		}
		if (!parts[1].equalsIgnoreCase(HEX.formatHex(parsed.keyId()))) {
			throw new LogVerificationException(LogVerificationException.MALFORMED_KEY);
		}
		return parsed;
	}

	/** The four-byte key id that signature lines carry before the signature. */
	public byte[] keyId() {
		MessageDigest digest = TreeHasher.sha256();
		digest.update(name.getBytes(StandardCharsets.UTF_8));
		digest.update((byte) '\n');
		digest.update(ED25519);
		return Arrays.copyOf(digest.digest(Ed25519Keys.rawPublicKey(publicKey)), 4);
	}

	/** The verifier key text, to publish. */
	public String encoded() {
		byte[] key = new byte[1 + Ed25519Keys.KEY_SIZE];
		key[0] = ED25519;
		System.arraycopy(Ed25519Keys.rawPublicKey(publicKey), 0, key, 1, Ed25519Keys.KEY_SIZE);
		return name + "+" + HEX.formatHex(keyId()) + "+" + Base64Text.encode(key);
	}

	@Override
	public String toString() {
		return encoded();
	}

	/** A signed-note key name: non-empty, without spaces, plus signs or control characters. */
	static boolean isKeyName(String name) {
		if (name == null || name.isEmpty()) {
			return false;
		}
		return name.codePoints().noneMatch(c -> c == '+' || c < 0x20 || Character.isWhitespace(c)
				|| Character.isSpaceChar(c));
	}
}
