package org.qunfang.disclosure.log;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A proof as a text file to download beside two checkpoints: one base64 hash a line, in the proof's order.
 * Reading passes over blank lines and carriage returns, which editors and mail add.
 */
public final class ProofText {

	private ProofText() {
	}

	public static String format(List<byte[]> proof) {
		StringBuilder text = new StringBuilder();
		for (byte[] hash : proof) {
			text.append(Base64Text.encode(hash)).append('\n');
		}
		return text.toString();
	}

	/**
	 * @throws LogVerificationException ({@value LogVerificationException#MALFORMED_PROOF}) if a line is not
	 *         a 32-byte hash in base64
	 */
	public static List<byte[]> parse(String text) {
		List<byte[]> proof = new ArrayList<>();
		for (String line : text.split("\n")) {
			String hash = line.strip();
			if (!hash.isEmpty()) {
				proof.add(Base64Text.decodeHash(hash, LogVerificationException.MALFORMED_PROOF));
			}
		}
		return Collections.unmodifiableList(proof);
	}
}
