package org.qunfang.disclosure.log;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * The verification algorithms of RFC 9162 §2.1.3.2 (inclusion) and §2.1.4.2 (consistency), step by step.
 * Both walk the proof from the leaf (or the old tree's edge) up, tracking with {@code fn} and {@code sn}
 * where the path runs in the tree, and fail as soon as the proof does not fit the sizes; the inclusion
 * algorithm's running hash is the consistency algorithm's {@code sr}, so one walk serves both. Anything that is
 * not a well-formed proof, including hashes of the wrong length and nulls, answers {@code false}.
 */
final class ProofVerification {

	private ProofVerification() {
	}

	static boolean inclusion(TreeHasher hasher, byte[] leafHash, long leafIndex, long treeSize, List<byte[]> proof,
			byte[] rootHash) {
		if (!TreeHasher.isHash(leafHash) || !TreeHasher.isHash(rootHash) || !wellFormed(proof) || leafIndex < 0
				|| leafIndex >= treeSize) {
			return false;
		}
		Roots roots = fold(hasher, leafIndex, treeSize - 1, leafHash, proof);
		return roots != null && MessageDigest.isEqual(roots.second(), rootHash);
	}

	static boolean consistency(TreeHasher hasher, long oldSize, long newSize, byte[] oldRoot, byte[] newRoot,
			List<byte[]> proof) {
		if (!TreeHasher.isHash(oldRoot) || !TreeHasher.isHash(newRoot) || !wellFormed(proof) || oldSize < 0
				|| oldSize > newSize) {
			return false;
		}
		if (oldSize == newSize) {
			return proof.isEmpty() && MessageDigest.isEqual(oldRoot, newRoot);
		}
		if (oldSize == 0) {
			return proof.isEmpty() && MessageDigest.isEqual(oldRoot, hasher.empty());
		}
		if (proof.isEmpty()) {
			return false;
		}
		List<byte[]> path = new ArrayList<>(proof.size() + 1);
		if (Long.bitCount(oldSize) == 1) {
			path.add(oldRoot);
		}
		path.addAll(proof);
		long fn = oldSize - 1;
		long sn = newSize - 1;
		while ((fn & 1) == 1) {
			fn >>= 1;
			sn >>= 1;
		}
		Roots roots = fold(hasher, fn, sn, path.get(0), path.subList(1, path.size()));
		return roots != null && MessageDigest.isEqual(roots.first(), oldRoot)
				&& MessageDigest.isEqual(roots.second(), newRoot);
	}

	/**
	 * The common walk of both algorithms, from node {@code fn} of a level whose last node is {@code sn} up to
	 * the root: {@code first} takes in only the hashes that lie to the left (the older tree's root, for a
	 * consistency proof), {@code second} all of them (the root of the whole tree). Null when the proof is
	 * longer or shorter than the path.
	 */
	private static Roots fold(TreeHasher hasher, long fn, long sn, byte[] start, List<byte[]> proof) {
		byte[] first = start;
		byte[] second = start;
		for (byte[] c : proof) {
			if (sn == 0) {
				return null;
			}
			if ((fn & 1) == 1 || fn == sn) {
				first = hasher.node(c, first);
				second = hasher.node(c, second);
				while ((fn & 1) == 0 && fn != 0) {
					fn >>= 1;
					sn >>= 1;
				}
			}
			else {
				second = hasher.node(second, c);
			}
			fn >>= 1;
			sn >>= 1;
		}
		return sn == 0 ? new Roots(first, second) : null;
	}

	/** The two roots a proof folds into. */
	private record Roots(byte[] first, byte[] second) {
	}

	/** A proof is a list of hashes, no longer than a path in the largest tree a {@code long} can size. */
	private static boolean wellFormed(List<byte[]> proof) {
		if (proof == null || proof.size() > 2 * Long.SIZE) {
			return false;
		}
		for (byte[] hash : proof) {
			if (!TreeHasher.isHash(hash)) {
				return false;
			}
		}
		return true;
	}
}
