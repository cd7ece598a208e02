package org.qunfang.disclosure.log;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;

/** Object Mother of a county's log of published fund statements, eleven of them by default. */
final class Statements {

	static final int SIZE = 11;

	private Statements() {
	}

	/** The canonical text of statement {@code i}, as opaque to the log as any. */
	static String statement(int i) {
		return "村务公开 statement " + i + "\nvillage: 东坪村\nitem: 巡逻补贴 patrol allowance\namount: 1200.00\n";
	}

	static List<byte[]> leafHashes(int size) {
		List<byte[]> leaves = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			leaves.add(MerkleLog.leafHash(statement(i).getBytes(StandardCharsets.UTF_8)));
		}
		return leaves;
	}

	static String signedCheckpoint(KeyPair county, List<byte[]> leaves, int size) {
		return new Checkpoint(CheckpointTest.ORIGIN, size, MerkleLog.rootHash(leaves, size))
			.sign(CheckpointTest.KEY_NAME, county.getPrivate());
	}

	/** The bundle of statement {@code i} in the log of {@link #SIZE} statements. */
	static StatementBundle bundle(KeyPair county, int i) {
		List<byte[]> leaves = leafHashes(SIZE);
		return new StatementBundle(statement(i), i, SIZE, MerkleLog.inclusionProof(leaves, i, SIZE),
				signedCheckpoint(county, leaves, SIZE));
	}
}
