package org.qunfang.disclosure.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The tree against the reference test vectors of Certificate Transparency's RFC 6962 tests: the eight
 * leaves, the roots of the trees of sizes 1 to 8, and the reference inclusion and consistency proofs, as
 * published in transparency-dev/merkle, proof/verify_test.go (commit 02194e9afb6c1d95b5381350007963aa70fff472;
 * its {@code leaves}, {@code roots}, {@code inclusionProofs} and {@code consistencyProofs}, where inclusion
 * vectors count leaves from 1). The corruptions tried are those of that file's corruptInclusionProof and
 * corruptConsistencyProof.
 */
class MerkleLogVectorsTest {

	private static final HexFormat HEX = HexFormat.of();

	static final List<byte[]> LEAVES = hex("", "00", "10", "2021", "3031", "40414243", "5051525354555657",
			"606162636465666768696a6b6c6d6e6f");

	static final List<byte[]> ROOTS = hex("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
			"fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
			"aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
			"d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
			"4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
			"76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
			"ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
			"5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

	private static final byte[] EMPTY_ROOT = ProofProbe.EMPTY_ROOT;
	private static final byte[] SOME_HASH = ProofProbe.SOME_HASH;

	/**
	 * The audit path of leaf 0 in the tree of 8, which is also the consistency proof from size 1 to 8: the
	 * reference lists the same three hashes for both.
	 */
	private static final List<byte[]> PATH_OF_LEAF_0_IN_8 = hex("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
			"5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
			"6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");

	/** Inclusion vectors: leaf index (from 0), tree size, proof. */
	private static final List<ProofVector> INCLUSION = List.of(
			new ProofVector(0, 1, hex()),
			new ProofVector(0, 8, PATH_OF_LEAF_0_IN_8),
			new ProofVector(5, 8, hex("bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
					"ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
					"d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")),
			new ProofVector(2, 3, hex("fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125")),
			new ProofVector(1, 5, hex("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
					"5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
					"bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b")));

	/** Consistency vectors: old size, new size, proof. */
	private static final List<ProofVector> CONSISTENCY = List.of(
			new ProofVector(1, 1, hex()),
			new ProofVector(1, 8, PATH_OF_LEAF_0_IN_8),
			new ProofVector(6, 8, hex("0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
					"ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
					"d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")),
			new ProofVector(2, 5, hex("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
					"bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b")),
			new ProofVector(6, 7, hex("0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
					"b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
					"d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")));

	@Test
	void theRootOfEachSizeIsTheReferenceRoot() {
		assertThat(MerkleLog.emptyRoot()).isEqualTo(EMPTY_ROOT);
		assertThat(MerkleLog.rootOfLeaves(List.of())).isEqualTo(EMPTY_ROOT);
		for (int size = 1; size <= LEAVES.size(); size++) {
			assertThat(MerkleLog.rootOfLeaves(LEAVES.subList(0, size))).as("size %d", size).isEqualTo(ROOTS.get(size - 1));
			assertThat(MerkleLog.rootHash(leafHashes(), size)).as("size %d", size).isEqualTo(ROOTS.get(size - 1));
		}
	}

	@Test
	void inclusionProofsAreTheReferenceProofsAndOnlyTheyVerify() {
		for (ProofVector v : INCLUSION) {
			byte[] leaf = MerkleLog.leafHash(LEAVES.get(v.first()));
			byte[] root = ROOTS.get(v.second() - 1);
			assertThat(MerkleLog.inclusionProof(leafHashes(), v.first(), v.second())).as(v.toString())
				.containsExactlyElementsOf(v.proof());
			assertThat(MerkleLog.verifyInclusion(leaf, v.first(), v.second(), v.proof(), root)).as(v.toString()).isTrue();
			for (ProofProbe probe : ProofProbe.inclusion(v, leaf, root)) {
				assertThat(MerkleLog.verifyInclusion(probe.leaf(), probe.first(), probe.second(), probe.proof(),
						probe.root())).as(v + " " + probe.what()).isFalse();
			}
		}
	}

	@Test
	void consistencyProofsAreTheReferenceProofsAndOnlyTheyVerify() {
		for (ProofVector v : CONSISTENCY) {
			byte[] oldRoot = ROOTS.get(v.first() - 1);
			byte[] newRoot = ROOTS.get(v.second() - 1);
			assertThat(MerkleLog.consistencyProof(leafHashes(), v.first(), v.second())).as(v.toString())
				.containsExactlyElementsOf(v.proof());
			assertThat(MerkleLog.verifyConsistency(v.first(), v.second(), oldRoot, newRoot, v.proof())).as(v.toString())
				.isTrue();
			if (v.proof().isEmpty()) {
				continue;
			}
			for (ProofProbe probe : ProofProbe.consistency(v, oldRoot, newRoot)) {
				assertThat(MerkleLog.verifyConsistency(probe.first(), probe.second(), probe.leaf(), probe.root(),
						probe.proof())).as(v + " " + probe.what()).isFalse();
			}
		}
	}

	@Test
	void degenerateInclusionClaimsAreRefused() {
		for (long[] sizes : new long[][] { { 0, 0 }, { 0, 1 }, { 1, 0 }, { 2, 1 } }) {
			assertThat(MerkleLog.verifyInclusion(SOME_HASH, sizes[0], sizes[1], List.of(), new byte[0])).isFalse();
			assertThat(MerkleLog.verifyInclusion(new byte[0], sizes[0], sizes[1], List.of(), EMPTY_ROOT)).isFalse();
			assertThat(MerkleLog.verifyInclusion(SOME_HASH, sizes[0], sizes[1], List.of(), EMPTY_ROOT)).isFalse();
		}
		byte[] single = MerkleLog.leafHash("data".getBytes());
		assertThat(MerkleLog.verifyInclusion(single, 0, 1, List.of(), single)).isTrue();
		assertThat(MerkleLog.verifyInclusion(single, 0, 1, List.of(), new byte[0])).isFalse();
		assertThat(MerkleLog.verifyInclusion(null, 0, 1, null, single)).isFalse();
		assertThat(MerkleLog.verifyInclusion(single, -1, 1, List.of(), single)).isFalse();
	}

	@Test
	void degenerateConsistencyClaimsFollowTheReference() {
		byte[] a = SOME_HASH;
		byte[] b = ROOTS.get(0);
		assertThat(MerkleLog.verifyConsistency(0, 0, a, b, List.of())).isFalse();
		assertThat(MerkleLog.verifyConsistency(1, 1, a, b, List.of())).isFalse();
		assertThat(MerkleLog.verifyConsistency(0, 0, a, a, List.of())).isTrue();
		assertThat(MerkleLog.verifyConsistency(1, 1, b, b, List.of())).isTrue();
		assertThat(MerkleLog.verifyConsistency(0, 1, EMPTY_ROOT, b, List.of())).isTrue();
		assertThat(MerkleLog.verifyConsistency(0, 1, a, b, List.of())).as("an empty tree has the empty root").isFalse();
		assertThat(MerkleLog.verifyConsistency(1, 0, a, b, List.of())).isFalse();
		assertThat(MerkleLog.verifyConsistency(2, 1, a, b, List.of())).isFalse();
		assertThat(MerkleLog.verifyConsistency(1, 2, a, b, List.of())).isFalse();
		assertThat(MerkleLog.verifyConsistency(0, 0, EMPTY_ROOT, EMPTY_ROOT, List.of(EMPTY_ROOT))).isFalse();
		assertThat(MerkleLog.verifyConsistency(0, 1, EMPTY_ROOT, EMPTY_ROOT, List.of(EMPTY_ROOT))).isFalse();
		assertThat(MerkleLog.verifyConsistency(1, 1, EMPTY_ROOT, EMPTY_ROOT, List.of(EMPTY_ROOT))).isFalse();
		assertThat(MerkleLog.verifyConsistency(-1, 1, EMPTY_ROOT, b, List.of())).isFalse();
	}

	static List<byte[]> leafHashes() {
		return LEAVES.stream().map(MerkleLog::leafHash).toList();
	}

	static List<byte[]> hex(String... values) {
		List<byte[]> bytes = new ArrayList<>();
		for (String value : values) {
			bytes.add(HEX.parseHex(value));
		}
		return List.copyOf(bytes);
	}
}
