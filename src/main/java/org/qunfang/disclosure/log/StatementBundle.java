package org.qunfang.disclosure.log;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a villager downloads with a published statement: the statement's canonical text, its place in the
 * log, the inclusion proof and the county's signed checkpoint of the log at that size. With the county's
 * verifier key, the bundle alone proves that exactly this text was published in the log the county signed;
 * no connection to Qunfang is needed. The statement's text is opaque here: the log's leaf is its UTF-8
 * bytes. As JSON: {@code statement}, {@code leafIndex}, {@code treeSize}, {@code inclusionProof} (base64
 * hashes) and {@code checkpoint} (the signed note's text).
 *
 * @param statement the canonical text of the published statement
 * @param leafIndex the statement's index in the log, from 0
 * @param treeSize the size of the log the proof and the checkpoint are for
 * @param inclusionProof the inclusion proof of the statement in the tree of that size
 * @param checkpoint the text of the signed checkpoint of the log at that size
 */
public record StatementBundle(String statement, long leafIndex, long treeSize, List<byte[]> inclusionProof,
		String checkpoint) {

	/**
	 * @throws IllegalArgumentException if a text is missing, the index is not within the size, or a proof
	 *         element is not a 32-byte hash
	 */
	public StatementBundle {
		if (statement == null || checkpoint == null || leafIndex < 0 || leafIndex >= treeSize) {
			throw new IllegalArgumentException("A bundle has a statement, a checkpoint, and an index within the size");
		}
		List<byte[]> copy = new ArrayList<>(inclusionProof.size());
		for (byte[] hash : inclusionProof) {
			if (!TreeHasher.isHash(hash)) {
				throw new IllegalArgumentException("A proof is a list of 32-byte hashes");
			}
			copy.add(hash.clone());
		}
		inclusionProof = List.copyOf(copy);
	}

	@Override
	public List<byte[]> inclusionProof() {
		return inclusionProof.stream().map(byte[]::clone).toList();
	}

	/** The hash of the log's leaf for this statement: the leaf hash of its UTF-8 bytes. */
	public byte[] leafHash() {
		return MerkleLog.leafHash(statement.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Verifies the bundle: the checkpoint is signed by the key, is of the bundle's tree size, and the proof
	 * shows the statement in its tree at the bundle's index.
	 *
	 * @return the verified checkpoint
	 * @throws LogVerificationException if any of it does not hold, {@value LogVerificationException#SIZE_MISMATCH}
	 *         or {@value LogVerificationException#NOT_INCLUDED} past the checkpoint's own refusals
	 */
	public Checkpoint verify(VerifierKey key) {
		Checkpoint verified = Checkpoint.parseAndVerify(checkpoint, key);
		if (verified.size() != treeSize) {
			throw new LogVerificationException(LogVerificationException.SIZE_MISMATCH, treeSize, verified.size());
		}
		if (!verified.includes(leafHash(), leafIndex, inclusionProof)) {
			throw new LogVerificationException(LogVerificationException.NOT_INCLUDED, leafIndex, treeSize);
		}
		return verified;
	}

	/** The bundle as a JSON document, to download. */
	public String toJson() {
		String proof = inclusionProof.stream()
			.map(hash -> "    " + JsonText.quote(Base64Text.encode(hash)))
			.collect(Collectors.joining(",\n", "[\n", "\n  ]"));
		return "{\n  \"statement\": " + JsonText.quote(statement) + ",\n  \"leafIndex\": " + leafIndex
				+ ",\n  \"treeSize\": " + treeSize + ",\n  \"inclusionProof\": " + (inclusionProof.isEmpty() ? "[]" : proof)
				+ ",\n  \"checkpoint\": " + JsonText.quote(checkpoint) + "\n}\n";
	}

	/**
	 * Reads a bundle's JSON; names it does not know are passed over.
	 *
	 * @throws LogVerificationException ({@value LogVerificationException#MALFORMED_BUNDLE}) if it is not a
	 *         bundle
	 */
	public static StatementBundle fromJson(String json) {
		try {
			String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
			if (!(JsonText.parse(text) instanceof Map<?, ?> fields)) {
				throw new IllegalArgumentException("A bundle is a JSON object");
			}
			List<byte[]> proof = new ArrayList<>();
			for (Object hash : field(fields, "inclusionProof", List.class)) {
				if (!(hash instanceof String base64)) {
					throw new IllegalArgumentException("A proof is a list of base64 hashes");
				}
				proof.add(Base64Text.decodeHash(base64, LogVerificationException.MALFORMED_BUNDLE));
			}
			return new StatementBundle(field(fields, "statement", String.class),
					field(fields, "leafIndex", BigDecimal.class).longValueExact(),
					field(fields, "treeSize", BigDecimal.class).longValueExact(), proof,
					field(fields, "checkpoint", String.class));
		}
		catch (IllegalArgumentException | ArithmeticException e) {
			throw new LogVerificationException(LogVerificationException.MALFORMED_BUNDLE);
		}
	}

	private static <T> T field(Map<?, ?> fields, String name, Class<T> type) {
		Object value = fields.get(name);
		if (!type.isInstance(value)) {
			throw new IllegalArgumentException("The bundle's " + name + " is missing or not a " + type.getSimpleName());
		}
		return type.cast(value);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof StatementBundle that && toJson().equals(that.toJson());
	}

	@Override
	public int hashCode() {
		return toJson().hashCode();
	}

	@Override
	public String toString() {
		return "StatementBundle[leafIndex=" + leafIndex + ", treeSize=" + treeSize + "]";
	}
}
