package org.qunfang.disclosure.log;

import java.util.Map;

/**
 * The verifier command's texts, English and Chinese on one line, since it runs where no locale-aware page
 * can choose a language. The application's pages use the same keys from its translated messages.
 */
final class VerifyMessages {

	private static final Map<String, String> REASONS = Map.ofEntries(
			Map.entry(LogVerificationException.MALFORMED_NOTE,
					"the checkpoint is not a signed note / 检查点不是签名文本"),
			Map.entry(LogVerificationException.MALFORMED_CHECKPOINT,
					"the signed text is not a checkpoint / 签名的内容不是日志检查点"),
			Map.entry(LogVerificationException.MALFORMED_BUNDLE,
					"the file is not a statement bundle / 文件不是公开内容验证包"),
			Map.entry(LogVerificationException.MALFORMED_PROOF,
					"the proof file is not one base64 hash per line / 证明文件应为每行一个 base64 哈希"),
			Map.entry(LogVerificationException.MALFORMED_KEY,
					"the verifier key is not valid / 验证公钥格式不对"),
			Map.entry(LogVerificationException.UNKNOWN_KEY,
					"the checkpoint is not signed by this key (wrong key, or not the county's log) / 检查点没有该公钥的签名（公钥不对，或不是本县的日志）"),
			Map.entry(LogVerificationException.BAD_SIGNATURE,
					"the signature does not match: the checkpoint was altered or forged / 签名不符：检查点被改动或伪造"),
			Map.entry(LogVerificationException.SIZE_MISMATCH,
					"the bundle's tree size is not its checkpoint's / 验证包的日志条数与检查点不一致"),
			Map.entry(LogVerificationException.NOT_INCLUDED,
					"the statement is not in the signed log: its text, index or proof was changed / 公开内容不在签名日志中：内容、序号或证明被改动"),
			Map.entry(LogVerificationException.OTHER_LOG,
					"the two checkpoints are of different logs / 两个检查点不属于同一个日志"),
			Map.entry(LogVerificationException.SHRUNK,
					"the newer checkpoint is smaller than the older: the log was cut back, or the files are swapped / 新检查点比旧的小：日志被删减，或两个文件顺序颠倒"),
			Map.entry(LogVerificationException.NOT_CONSISTENT,
					"the newer log does not extend the older: published entries were changed or removed / 新日志不是旧日志的延续：已公开的内容被修改或删除"));

	private VerifyMessages() {
	}

	static String reason(LogVerificationException refused) {
		return REASONS.getOrDefault(refused.messageKey(), refused.messageKey());
	}

	static String included(Checkpoint checkpoint, long leafIndex, String keyName) {
		return "verified / 已验证: the statement is entry " + leafIndex + " (counting from 0) of the " + checkpoint.size()
				+ " in log \"" + checkpoint.origin() + "\" signed by " + keyName + " / 公开内容在 " + keyName
				+ " 签名的日志中，序号 " + leafIndex + "（从 0 起），共 " + checkpoint.size() + " 条";
	}

	static String extended(Checkpoint older, Checkpoint newer) {
		return "verified / 已验证: log \"" + newer.origin() + "\" grew from " + older.size() + " to " + newer.size()
				+ " entries and kept the first " + older.size() + " unchanged / 日志从 " + older.size() + " 条增至 "
				+ newer.size() + " 条，前 " + older.size() + " 条未被改动";
	}

	static String notVerified(LogVerificationException refused) {
		return "NOT verified / 未通过验证: " + reason(refused);
	}

	static String usage() {
		return """
				usage / 用法:
				  VerifyCommand statement BUNDLE.json --key VERIFIER_KEY
				  VerifyCommand consistency OLD_CHECKPOINT.txt NEW_CHECKPOINT.txt PROOF.txt --key VERIFIER_KEY
				VERIFIER_KEY is the county's published key text, or @FILE to read it from a file.
				VERIFIER_KEY 为县里公布的验证公钥，也可写 @文件名 从文件读取。
				exit status / 退出码: 0 verified 已验证, 1 not verified 未通过, 2 usage error 用法错误""";
	}
}
