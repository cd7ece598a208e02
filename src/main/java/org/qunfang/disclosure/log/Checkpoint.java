package org.qunfang.disclosure.log;

import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.List;

/**
 * A checkpoint (签名树头 — signed tree head): the log's origin, its size and its root hash at that size, in
 * the text form of C2SP tlog-checkpoint, signed by the county as a signed note. Whoever holds a signed
 * checkpoint can hold the county to it: every statement later shown as published must be in its tree (an
 * inclusion proof), and every later checkpoint must extend it (a consistency proof).
 *
 * @param origin the log's name, the first line, such as {@code qunfang.example/county/11 statements}
 * @param size the number of statements in the log
 * @param rootHash the 32-byte root hash of the log's Merkle tree at that size
 */
public record Checkpoint(String origin, long size, byte[] rootHash) {

	/**
	 * @throws IllegalArgumentException if the origin is empty or holds a line break or control character,
	 *         the size is negative or the root hash is not 32 bytes
	 */
	public Checkpoint {
		if (origin == null || origin.isEmpty() || origin.chars().anyMatch(c -> c < 0x20)) {
			throw new IllegalArgumentException("A checkpoint's origin is one non-empty line");
		}
		if (size < 0 || !TreeHasher.isHash(rootHash)) {
			throw new IllegalArgumentException("A checkpoint has a size of at least 0 and a 32-byte root hash");
		}
		rootHash = rootHash.clone();
	}

	@Override
	public byte[] rootHash() {
		return rootHash.clone();
	}

	/** The checkpoint's text, the part that is signed: origin, size and base64 root hash, a line each. */
	public String body() {
		return origin + "\n" + size + "\n" + Base64Text.encode(rootHash) + "\n";
	}

	/** The checkpoint signed by one Ed25519 key, as the text of a signed note. */
	public String sign(String keyName, PrivateKey key) {
		return SignedNote.sign(body(), keyName, key);
	}

	/** The checkpoint of a signed note, once the key's signature on it is verified. */
	public static Checkpoint parseAndVerify(String noteText, String keyName, PublicKey key) {
		return parseAndVerify(noteText, new VerifierKey(keyName, key));
	}

	/**
	 * The checkpoint of a signed note, once the key's signature on it is verified.
	 *
	 * @throws LogVerificationException if the note is malformed or not signed by the key (see
	 *         {@link SignedNote#open}), or its text is not a checkpoint
	 *         ({@value LogVerificationException#MALFORMED_CHECKPOINT})
	 */
	public static Checkpoint parseAndVerify(String noteText, VerifierKey key) {
		String[] lines = SignedNote.open(noteText, key).split("\n", -1);
		if (lines.length != 4 || !lines[1].matches("0|[1-9][0-9]{0,18}")) {
			throw new LogVerificationException(LogVerificationException.MALFORMED_CHECKPOINT);
		}
		try {
			byte[] root = Base64Text.decodeHash(lines[2], LogVerificationException.MALFORMED_CHECKPOINT);
			return new Checkpoint(lines[0], Long.parseLong(lines[1]), root);
		}
		catch (IllegalArgumentException e) {
			throw new LogVerificationException(LogVerificationException.MALFORMED_CHECKPOINT);
		}
	}

	/** Whether the proof shows the leaf of that hash at that index in this checkpoint's tree. */
	public boolean includes(byte[] leafHash, long leafIndex, List<byte[]> inclusionProof) {
		return MerkleLog.verifyInclusion(leafHash, leafIndex, size, inclusionProof, rootHash);
	}

	/**
	 * Checks that this checkpoint's tree only adds statements to an older checkpoint's tree of the same log.
	 *
	 * @throws LogVerificationException {@value LogVerificationException#OTHER_LOG} if the origins differ,
	 *         {@value LogVerificationException#SHRUNK} if the older tree is the larger, and
	 *         {@value LogVerificationException#NOT_CONSISTENT} if the proof does not show the extension
	 */
	public void verifyExtends(Checkpoint older, List<byte[]> consistencyProof) {
		if (!origin.equals(older.origin)) {
			throw new LogVerificationException(LogVerificationException.OTHER_LOG, older.origin, origin);
		}
		if (older.size > size) {
			throw new LogVerificationException(LogVerificationException.SHRUNK, older.size, size);
		}
		if (!MerkleLog.verifyConsistency(older.size, size, older.rootHash, rootHash, consistencyProof)) {
			throw new LogVerificationException(LogVerificationException.NOT_CONSISTENT, older.size, size);
		}
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Checkpoint that && origin.equals(that.origin) && size == that.size
				&& MessageDigest.isEqual(rootHash, that.rootHash);
	}

	@Override
	public int hashCode() {
		return 31 * (31 * origin.hashCode() + Long.hashCode(size)) + Arrays.hashCode(rootHash);
	}

	@Override
	public String toString() {
		return origin + " @ " + size + " " + Base64Text.encode(rootHash);
	}
}
