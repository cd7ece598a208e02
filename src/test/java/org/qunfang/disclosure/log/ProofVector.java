package org.qunfang.disclosure.log;

import java.util.List;

/** A reference vector: leaf index or old size, tree size or new size, and the proof. */
record ProofVector(int first, int second, List<byte[]> proof) {

	@Override
	public String toString() {
		return first + "/" + second;
	}
}
