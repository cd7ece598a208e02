package org.qunfang.disclosure.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Whatever the size of the log, honest proofs verify and altered ones do not. */
class MerkleLogPropertiesTest {

	@Property(tries = 60)
	void everyLeafHasAnInclusionProofThatOnlyItsLeafIndexAndRootPass(@ForAll @IntRange(min = 1, max = 300) int n,
			@ForAll long salt) {
		List<byte[]> leaves = leafHashes(n, salt);
		byte[] root = MerkleLog.rootHash(leaves);
		byte[] otherRoot = MerkleLog.rootHash(leafHashes(n, salt + 1));
		byte[] stranger = MerkleLog.leafHash("not in the log".getBytes());
		for (int m = 0; m < n; m++) {
			List<byte[]> proof = MerkleLog.inclusionProof(leaves, m, n);
			assertThat(MerkleLog.verifyInclusion(leaves.get(m), m, n, proof, root)).as("leaf %d of %d", m, n).isTrue();
			assertThat(MerkleLog.verifyInclusion(stranger, m, n, proof, root)).isFalse();
			assertThat(MerkleLog.verifyInclusion(leaves.get(m), m, n, proof, otherRoot)).isFalse();
			if (n > 1) {
				int other = (m + 1) % n;
				assertThat(MerkleLog.verifyInclusion(leaves.get(m), other, n, proof, root)).as("leaf %d at %d", m, other)
					.isFalse();
				assertThat(MerkleLog.verifyInclusion(leaves.get(other), m, n, proof, root)).isFalse();
			}
		}
	}

	@Property(tries = 60)
	void everyOlderSizeIsProvedConsistentAndAForkIsNot(@ForAll @IntRange(min = 1, max = 300) int n,
			@ForAll long salt) {
		List<byte[]> leaves = leafHashes(n, salt);
		List<byte[]> forked = new ArrayList<>(leaves);
		byte[] newRoot = MerkleLog.rootHash(leaves);
		for (int m = 1; m <= n; m++) {
			byte[] oldRoot = MerkleLog.rootHash(leaves, m);
			List<byte[]> proof = MerkleLog.consistencyProof(leaves, m, n);
			assertThat(MerkleLog.verifyConsistency(m, n, oldRoot, newRoot, proof)).as("%d to %d", m, n).isTrue();
			forked.set(m - 1, MerkleLog.leafHash(("rewritten " + m).getBytes()));
			byte[] forkedOldRoot = MerkleLog.rootHash(forked, m);
			assertThat(MerkleLog.verifyConsistency(m, n, forkedOldRoot, newRoot, proof)).as("fork %d to %d", m, n)
				.isFalse();
			assertThat(MerkleLog.verifyConsistency(m, n, forkedOldRoot, newRoot,
					MerkleLog.consistencyProof(forked, m, n))).as("fork's own proof %d to %d", m, n).isFalse();
			forked.set(m - 1, leaves.get(m - 1));
		}
	}

	@Property(tries = 30)
	void theRootOfAPrefixIsTheRootOfThatMuchOfTheLog(@ForAll @IntRange(min = 0, max = 200) int n, @ForAll long salt) {
		List<byte[]> leaves = leafHashes(n + 10, salt);
		assertThat(MerkleLog.rootHash(leaves, n)).isEqualTo(MerkleLog.rootHash(leaves.subList(0, n)));
	}

	@Test
	void aMillionLeavesAreHashedInWellUnderAFewSeconds() {
		List<byte[]> leaves = leafHashes(1_000_000, 7);
		long started = System.nanoTime();
		byte[] root = MerkleLog.rootHash(leaves);
		List<byte[]> proof = MerkleLog.inclusionProof(leaves, 765_432, leaves.size());
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		assertThat(MerkleLog.verifyInclusion(leaves.get(765_432), 765_432, leaves.size(), proof, root)).isTrue();
		assertThat(took).isLessThan(Duration.ofSeconds(5));
	}

	static List<byte[]> leafHashes(int n, long salt) {
		TreeHasher hasher = new TreeHasher();
		List<byte[]> leaves = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			leaves.add(hasher.leaf(ByteBuffer.allocate(16).putLong(salt).putLong(i).array()));
		}
		return leaves;
	}
}
