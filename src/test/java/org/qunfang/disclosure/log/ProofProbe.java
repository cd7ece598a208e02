package org.qunfang.disclosure.log;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A corrupted claim that must not verify: for inclusion, leaf and root; for consistency, old and new root. The
 * corruptions, the empty root and the "some hash" are those of transparency-dev/merkle's proof/verify_test.go
 * (corruptInclusionProof, corruptConsistencyProof).
 */
record ProofProbe(String what, long first, long second, byte[] leaf, byte[] root, List<byte[]> proof) {

	static final byte[] EMPTY_ROOT = HexFormat.of().parseHex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	static final byte[] SOME_HASH = HexFormat.of().parseHex("abacaba000000000000000000000000000000000000000000060061e00123456");

	static List<ProofProbe> inclusion(ProofVector v, byte[] leaf, byte[] root) {
		long i = v.first();
		long n = v.second();
		List<byte[]> p = v.proof();
		List<ProofProbe> probes = new ArrayList<>(List.of(new ProofProbe("index - 1", i - 1, n, leaf, root, p),
				new ProofProbe("index + 1", i + 1, n, leaf, root, p), new ProofProbe("index ^ 2", i ^ 2, n, leaf, root, p),
				new ProofProbe("size * 2", i, n * 2, leaf, root, p), new ProofProbe("size / 2", i, n / 2, leaf, root, p),
				new ProofProbe("wrong leaf", i, n, "WrongLeaf".getBytes(), root, p),
				new ProofProbe("empty root", i, n, leaf, EMPTY_ROOT, p), new ProofProbe("random root", i, n, leaf, SOME_HASH, p),
				new ProofProbe("trailing garbage", i, n, leaf, root, with(p, p.size(), new byte[0])),
				new ProofProbe("trailing root", i, n, leaf, root, with(p, p.size(), root)),
				new ProofProbe("preceding garbage", i, n, leaf, root, with(p, 0, new byte[0])),
				new ProofProbe("preceding root", i, n, leaf, root, with(p, 0, root))));
		probes.addAll(mangled(v, leaf, root, 8));
		if (p.size() > 1) {
			probes.add(new ProofProbe("inserted component", i, n, leaf, root, with(p, 1, SOME_HASH)));
		}
		return probes;
	}

	static List<ProofProbe> consistency(ProofVector v, byte[] oldRoot, byte[] newRoot) {
		long m = v.first();
		long n = v.second();
		List<byte[]> p = v.proof();
		List<ProofProbe> probes = new ArrayList<>(List.of(new ProofProbe("size1 - 1", m - 1, n, oldRoot, newRoot, p),
				new ProofProbe("size1 + 1", m + 1, n, oldRoot, newRoot, p),
				new ProofProbe("size1 ^ 2", m ^ 2, n, oldRoot, newRoot, p),
				new ProofProbe("size2 * 2", m, n * 2, oldRoot, newRoot, p),
				new ProofProbe("size2 / 2", m, n / 2, oldRoot, newRoot, p),
				new ProofProbe("wrong root1", m, n, "WrongRoot".getBytes(), newRoot, p),
				new ProofProbe("wrong root2", m, n, oldRoot, "WrongRoot".getBytes(), p),
				new ProofProbe("swapped roots", m, n, newRoot, oldRoot, p),
				new ProofProbe("empty proof", m, n, oldRoot, newRoot, List.of()),
				new ProofProbe("trailing garbage", m, n, oldRoot, newRoot, with(p, p.size(), new byte[0])),
				new ProofProbe("trailing root1", m, n, oldRoot, newRoot, with(p, p.size(), oldRoot)),
				new ProofProbe("trailing root2", m, n, oldRoot, newRoot, with(p, p.size(), newRoot)),
				new ProofProbe("preceding garbage", m, n, oldRoot, newRoot, with(p, 0, new byte[0])),
				new ProofProbe("preceding root1", m, n, oldRoot, newRoot, with(p, 0, oldRoot)),
				new ProofProbe("preceding root2", m, n, oldRoot, newRoot, with(p, 0, newRoot)),
				new ProofProbe("preceding proof[0]", m, n, oldRoot, newRoot, with(p, 0, p.get(0)))));
		probes.addAll(mangled(v, oldRoot, newRoot, 16));
		return probes;
	}

	/** The proof without its last element, and with one bit flipped in each element in turn. */
	private static List<ProofProbe> mangled(ProofVector v, byte[] leaf, byte[] root, int bit) {
		List<ProofProbe> probes = new ArrayList<>();
		List<byte[]> p = v.proof();
		if (!p.isEmpty()) {
			probes.add(new ProofProbe("removed last", v.first(), v.second(), leaf, root, p.subList(0, p.size() - 1)));
		}
		for (int k = 0; k < p.size(); k++) {
			List<byte[]> flipped = new ArrayList<>(p);
			byte[] element = p.get(k).clone();
			element[0] ^= (byte) bit;
			flipped.set(k, element);
			probes.add(new ProofProbe("flipped proof[" + k + "]", v.first(), v.second(), leaf, root, flipped));
		}
		return probes;
	}

	private static List<byte[]> with(List<byte[]> proof, int at, byte[] extra) {
		List<byte[]> changed = new ArrayList<>(proof);
		changed.add(at, extra);
		return changed;
	}
}
