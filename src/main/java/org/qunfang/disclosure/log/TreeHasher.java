package org.qunfang.disclosure.log;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The two hashes of the log's Merkle tree (RFC 6962 §2.1): a leaf is SHA-256(0x00 || data), an inner node
 * SHA-256(0x01 || left || right). The prefixes keep a leaf from ever passing for a node. One hasher holds
 * one digest and is not shared between threads.
 */
final class TreeHasher {

	static final int HASH_SIZE = 32;

	private static final byte LEAF_PREFIX = 0x00;
	private static final byte NODE_PREFIX = 0x01;

	private final MessageDigest digest;

	TreeHasher() {
		this.digest = sha256();
	}

	byte[] leaf(byte[] data) {
		digest.update(LEAF_PREFIX);
		return digest.digest(data);
	}

	byte[] node(byte[] left, byte[] right) {
		digest.update(NODE_PREFIX);
		digest.update(left);
		return digest.digest(right);
	}

	/** The root of the tree of no leaves: the SHA-256 of nothing. */
	byte[] empty() {
		return digest.digest();
	}

	static boolean isHash(byte[] hash) {
		return hash != null && hash.length == HASH_SIZE;
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}
}
