package org.qunfang.disclosure.log;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The offline verifier a villager or auditor runs on what they downloaded, with nothing but a Java runtime
 * and the compiled classes:
 * <ul>
 * <li>{@code statement BUNDLE.json --key KEY}: the bundle's checkpoint is signed by the county's key, and
 * its statement is in the signed log;</li>
 * <li>{@code consistency OLD.txt NEW.txt PROOF.txt --key KEY}: both checkpoints are signed by the key, and
 * the newer log keeps every entry of the older one unchanged.</li>
 * </ul>
 * The key is the county's verifier key text, or {@code @file}. Exit status 0 when verified, 1 when not
 * (with the reason), 2 when the command line or a file cannot be used.
 */
public final class VerifyCommand {

	static final int VERIFIED = 0;
	static final int NOT_VERIFIED = 1;
	static final int USAGE = 2;

	private VerifyCommand() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out));
	}

	/** Runs the command as {@code main} would, printing to {@code out}; answers the exit status. */
	public static int run(String[] args, PrintStream out) {
		if (args.length == 0) {
			return usage(out, "nothing to verify / 没有要验证的内容");
		}
		List<String> operands = new ArrayList<>(Arrays.asList(args));
		VerifierKey key;
		try {
			key = VerifierKey.parse(keyText(takeKey(operands)));
		}
		catch (UsageException e) {
			return usage(out, e.getMessage());
		}
		catch (LogVerificationException e) {
			return usage(out, VerifyMessages.reason(e));
		}
		try {
			if (operands.size() == 2 && operands.get(0).equals("statement")) {
				StatementBundle bundle = StatementBundle.fromJson(read(operands.get(1)));
				out.println(VerifyMessages.included(bundle.verify(key), bundle.leafIndex(), key.name()));
				return VERIFIED;
			}
			if (operands.size() == 4 && operands.get(0).equals("consistency")) {
				Checkpoint older = Checkpoint.parseAndVerify(read(operands.get(1)), key);
				Checkpoint newer = Checkpoint.parseAndVerify(read(operands.get(2)), key);
				newer.verifyExtends(older, ProofText.parse(read(operands.get(3))));
				out.println(VerifyMessages.extended(older, newer));
				return VERIFIED;
			}
			return usage(out, "unknown command or wrong number of files / 命令或文件数不对");
		}
		catch (UsageException e) {
			return usage(out, e.getMessage());
		}
		catch (LogVerificationException e) {
			out.println(VerifyMessages.notVerified(e));
			return NOT_VERIFIED;
		}
	}

	/** Removes {@code --key VALUE} (or {@code --key=VALUE}) from the operands, and answers the value. */
	private static String takeKey(List<String> operands) {
		String key = null;
		for (int i = 0; i < operands.size(); i++) {
			String operand = operands.get(i);
			if (!operand.startsWith("--")) {
				continue;
			}
			if (key != null || !(operand.equals("--key") && i + 1 < operands.size() || operand.startsWith("--key="))) {
				throw new UsageException("unknown or repeated option / 选项不对或重复: " + operand);
			}
			key = operand.equals("--key") ? operands.remove(i + 1) : operand.substring("--key=".length());
			operands.remove(i--);
		}
		if (key == null) {
			throw new UsageException("the county's verifier key is missing (--key) / 缺少县里的验证公钥（--key）");
		}
		return key;
	}

	private static String keyText(String key) {
		return key.startsWith("@") ? read(key.substring(1)).strip() : key;
	}

	/** A downloaded text file; line ends written by Windows editors are read as plain newlines. */
	private static String read(String file) {
		try {
			return new String(Files.readAllBytes(Path.of(file)), StandardCharsets.UTF_8).replace("\r\n", "\n");
		}
		catch (IOException | InvalidPathException e) {
			throw new UsageException("cannot read the file / 无法读取文件: " + file);
		}
	}

	private static int usage(PrintStream out, String problem) {
		out.println("usage error / 用法错误: " + problem);
		out.println(VerifyMessages.usage());
		return USAGE;
	}

	/** The command line or a file it names cannot be used. */
	private static final class UsageException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		UsageException(String message) {
			super(message, null, false, false);
		}
	}
}
