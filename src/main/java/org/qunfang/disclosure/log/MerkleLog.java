package org.qunfang.disclosure.log;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The Merkle tree of the log of published statements, as RFC 6962 §2.1 (and RFC 9162 §2.1) define it over
 * SHA-256. The log is a list of leaves, only ever appended to; its root hash at a size commits to every
 * leaf up to that size, an inclusion proof shows that one leaf is in the tree of a size, and a consistency
 * proof shows that the tree of a larger size only adds leaves to the tree of a smaller one. Hashes are
 * 32-byte arrays; proofs are lists of them, in the order of the RFC.
 * <p>
 * Building a root or a proof takes time linear in the tree size (each subtree root is computed once per
 * call). Verifying a proof takes time logarithmic in it, and answers {@code false} for anything that does
 * not verify, whatever is wrong with it.
 */
public final class MerkleLog {

	/** The size of every hash in the tree, in bytes. */
	public static final int HASH_SIZE = TreeHasher.HASH_SIZE;

	private MerkleLog() {
	}

	/** The hash of a leaf: SHA-256(0x00 || data). */
	public static byte[] leafHash(byte[] data) {
		return new TreeHasher().leaf(data);
	}

	/** The hash of an inner node: SHA-256(0x01 || left || right). */
	public static byte[] nodeHash(byte[] left, byte[] right) {
		return new TreeHasher().node(left, right);
	}

	/** The root hash of the empty tree: SHA-256 of nothing. */
	public static byte[] emptyRoot() {
		return new TreeHasher().empty();
	}

	/** The root hash (Merkle Tree Hash) of the tree of all the given leaf hashes. */
	public static byte[] rootHash(List<byte[]> leafHashes) {
		return rootHash(leafHashes, leafHashes.size());
	}

	/** The root hash of the tree of the first {@code treeSize} of the given leaf hashes. */
	public static byte[] rootHash(List<byte[]> leafHashes, long treeSize) {
		byte[][] leaves = prefix(leafHashes, treeSize);
		TreeHasher hasher = new TreeHasher();
		return leaves.length == 0 ? hasher.empty() : subtreeRoot(hasher, leaves, 0, leaves.length);
	}

	/** The root hash of the tree of the given leaves (their data, not yet hashed). */
	public static byte[] rootOfLeaves(List<byte[]> leaves) {
		TreeHasher hasher = new TreeHasher();
		List<byte[]> hashes = new ArrayList<>(leaves.size());
		for (byte[] leaf : leaves) {
			hashes.add(hasher.leaf(leaf));
		}
		return rootHash(hashes);
	}

	/**
	 * The inclusion (audit) path of leaf {@code leafIndex} in the tree of the first {@code treeSize} leaf
	 * hashes (RFC 6962 §2.1.1), the sibling nearest the leaf first.
	 *
	 * @throws IllegalArgumentException unless 0 ≤ leafIndex &lt; treeSize ≤ the number of leaf hashes
	 */
	public static List<byte[]> inclusionProof(List<byte[]> leafHashes, long leafIndex, long treeSize) {
		byte[][] leaves = prefix(leafHashes, treeSize);
		if (leafIndex < 0 || leafIndex >= treeSize) {
			throw new IllegalArgumentException("Leaf " + leafIndex + " is not in a tree of " + treeSize);
		}
		List<byte[]> proof = new ArrayList<>();
		path(new TreeHasher(), leaves, (int) leafIndex, 0, leaves.length, proof);
		return Collections.unmodifiableList(proof);
	}

	/**
	 * The consistency proof from the tree of the first {@code oldSize} leaf hashes to the tree of the first
	 * {@code newSize} (RFC 6962 §2.1.2); empty when the old tree is empty or the same size.
	 *
	 * @throws IllegalArgumentException unless 0 ≤ oldSize ≤ newSize ≤ the number of leaf hashes
	 */
	public static List<byte[]> consistencyProof(List<byte[]> leafHashes, long oldSize, long newSize) {
		byte[][] leaves = prefix(leafHashes, newSize);
		if (oldSize < 0 || oldSize > newSize) {
			throw new IllegalArgumentException("No consistency proof from size " + oldSize + " to " + newSize);
		}
		List<byte[]> proof = new ArrayList<>();
		if (oldSize > 0 && oldSize < newSize) {
			subproof(new TreeHasher(), leaves, (int) oldSize, 0, leaves.length, true, proof);
		}
		return Collections.unmodifiableList(proof);
	}

	/**
	 * Whether the proof shows that the leaf of that hash is leaf {@code leafIndex} of the tree of
	 * {@code treeSize} leaves with that root (RFC 9162 §2.1.3.2).
	 */
	public static boolean verifyInclusion(byte[] leafHash, long leafIndex, long treeSize, List<byte[]> proof,
			byte[] rootHash) {
		return ProofVerification.inclusion(new TreeHasher(), leafHash, leafIndex, treeSize, proof, rootHash);
	}

	/**
	 * Whether the proof shows that the tree of {@code newSize} leaves with root {@code newRoot} extends the
	 * tree of {@code oldSize} leaves with root {@code oldRoot} (RFC 9162 §2.1.4.2). Equal sizes need equal
	 * roots and an empty proof; the empty old tree needs the empty root and an empty proof.
	 */
	public static boolean verifyConsistency(long oldSize, long newSize, byte[] oldRoot, byte[] newRoot,
			List<byte[]> proof) {
		return ProofVerification.consistency(new TreeHasher(), oldSize, newSize, oldRoot, newRoot, proof);
	}

	/** The first {@code size} leaf hashes, each checked to be a hash, as an array for fast indexing. */
	private static byte[][] prefix(List<byte[]> leafHashes, long size) {
		if (size < 0 || size > leafHashes.size()) {
			throw new IllegalArgumentException("A tree of " + size + " leaves from " + leafHashes.size() + " leaf hashes");
		}
		byte[][] leaves = leafHashes.subList(0, (int) size).toArray(new byte[0][]);
		for (byte[] leaf : leaves) {
			if (!TreeHasher.isHash(leaf)) {
				throw new IllegalArgumentException("A leaf hash is " + HASH_SIZE + " bytes");
			}
		}
		return leaves;
	}

	/** MTH(D[from:to]) for a non-empty range. */
	private static byte[] subtreeRoot(TreeHasher hasher, byte[][] leaves, int from, int to) {
		int n = to - from;
		if (n == 1) {
			return leaves[from].clone();
		}
		int k = split(n);
		return hasher.node(subtreeRoot(hasher, leaves, from, from + k), subtreeRoot(hasher, leaves, from + k, to));
	}

	/** PATH(m, D[from:to]), appended deepest sibling first. */
	private static void path(TreeHasher hasher, byte[][] leaves, int m, int from, int to, List<byte[]> proof) {
		int n = to - from;
		if (n == 1) {
			return;
		}
		int k = split(n);
		if (m < k) {
			path(hasher, leaves, m, from, from + k, proof);
			proof.add(subtreeRoot(hasher, leaves, from + k, to));
		}
		else {
			path(hasher, leaves, m - k, from + k, to, proof);
			proof.add(subtreeRoot(hasher, leaves, from, from + k));
		}
	}

	/** SUBPROOF(m, D[from:to], whole), appended in the RFC's order. */
	private static void subproof(TreeHasher hasher, byte[][] leaves, int m, int from, int to, boolean whole,
			List<byte[]> proof) {
		int n = to - from;
		if (m == n) {
			if (!whole) {
				proof.add(subtreeRoot(hasher, leaves, from, to));
			}
			return;
		}
		int k = split(n);
		if (m <= k) {
			subproof(hasher, leaves, m, from, from + k, whole, proof);
			proof.add(subtreeRoot(hasher, leaves, from + k, to));
		}
		else {
			subproof(hasher, leaves, m - k, from + k, to, false, proof);
			proof.add(subtreeRoot(hasher, leaves, from, from + k));
		}
	}

	/** The largest power of two smaller than n (n ≥ 2): the size of the left subtree. */
	private static int split(int n) {
		return Integer.highestOneBit(n - 1);
	}
}
