package org.qunfang.identity.audit;

/**
 * The result of checking one chain: how many sealed rows were checked, how many rows wait to be sealed,
 * and, if broken, the first place and kind of damage ({@code altered}, {@code missing},
 * {@code reordered}, {@code truncated}).
 */
public record ChainVerification(String chain, boolean intact, long checkedRows, long unsealedRows, Long brokenAtSeq,
		String problem) {

	static ChainVerification intact(String chain, long rows, long unsealed) {
		return new ChainVerification(chain, true, rows, unsealed, null, null);
	}

	static ChainVerification broken(String chain, long rows, long unsealed, long seq, String problem) {
		return new ChainVerification(chain, false, rows, unsealed, seq, problem);
	}
}
