package org.qunfang.identity.audit;

/**
 * The result of checking one chain: how many rows were checked and, if broken, the first place and
 * kind of damage ({@code altered}, {@code missing}, {@code reordered}, {@code truncated}).
 */
public record ChainVerification(String chain, boolean intact, long checkedRows, Long brokenAtSeq, String problem) {

	static ChainVerification intact(String chain, long rows) {
		return new ChainVerification(chain, true, rows, null, null);
	}

	static ChainVerification broken(String chain, long rows, long seq, String problem) {
		return new ChainVerification(chain, false, rows, seq, problem);
	}
}
