package org.qunfang.disclosure.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verifier as a villager or auditor runs it: on files downloaded to a folder, with the county's
 * verifier key from a notice, reading its answer and its exit status.
 */
class VerifyCommandTest {

	@TempDir
	Path folder;

	private final KeyPair county = Ed25519Keys.generate();
	private final String key = new VerifierKey(CheckpointTest.KEY_NAME, county.getPublic()).encoded();
	private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

	@Test
	void aDownloadedStatementVerifies() throws IOException {
		Path bundle = write("statement-4.json", Statements.bundle(county, 4).toJson());
		assertThat(run("statement", bundle.toString(), "--key", key)).isZero();
		assertThat(output()).startsWith("verified / 已验证: the statement is entry 4").contains("of the 11",
				CheckpointTest.ORIGIN, "共 11 条");
	}

	@Test
	void theKeyMayBeReadFromAFileGivenFirst() throws IOException {
		Path bundle = write("statement-4.json", Statements.bundle(county, 4).toJson());
		Path keyFile = write("county.key", key + "\r\n");
		assertThat(run("--key", "@" + keyFile, "statement", bundle.toString())).isZero();
	}

	@Test
	void aStatementWithOneNumberChangedIsNotVerified() throws IOException {
		String json = Statements.bundle(county, 4).toJson();
		assertThat(json).contains("amount: 1200.00");
		Path bundle = write("statement-4.json", json.replace("amount: 1200.00", "amount: 1208.00"));
		assertThat(run("statement", bundle.toString(), "--key", key)).isEqualTo(1);
		assertThat(output()).startsWith("NOT verified / 未通过验证: the statement is not in the signed log");
	}

	@Test
	void aBundleSignedByAnotherKeyIsNotVerified() throws IOException {
		Path bundle = write("statement-4.json", Statements.bundle(Ed25519Keys.generate(), 4).toJson());
		assertThat(run("statement", bundle.toString(), "--key", key)).isEqualTo(1);
		assertThat(output()).startsWith("NOT verified / 未通过验证: the checkpoint is not signed by this key");
	}

	@Test
	void aLogThatKeepsItsPastVerifiesAsConsistent() throws IOException {
		List<byte[]> leaves = Statements.leafHashes(Statements.SIZE);
		String[] files = downloads(leaves, leaves);
		assertThat(run("consistency", files[0], files[1], files[2], "--key", key)).isZero();
		assertThat(output()).startsWith("verified / 已验证: log \"" + CheckpointTest.ORIGIN + "\" grew from 6 to 11");
	}

	@Test
	void aForkedLogIsNotConsistent() throws IOException {
		List<byte[]> leaves = Statements.leafHashes(Statements.SIZE);
		List<byte[]> rewritten = new ArrayList<>(leaves);
		rewritten.set(2, MerkleLog.leafHash("村务公开 statement 2, amount: 1.00\n".getBytes(StandardCharsets.UTF_8)));
		String[] files = downloads(leaves, rewritten);
		assertThat(run("consistency", files[0], files[1], files[2], "--key", key)).isEqualTo(1);
		assertThat(output()).startsWith("NOT verified / 未通过验证: the newer log does not extend the older");
	}

	@Test
	void swappedCheckpointsAreNamedAsSuch() throws IOException {
		List<byte[]> leaves = Statements.leafHashes(Statements.SIZE);
		String[] files = downloads(leaves, leaves);
		assertThat(run("consistency", files[1], files[0], files[2], "--key", key)).isEqualTo(1);
		assertThat(output()).contains("the files are swapped");
	}

	@Test
	void aWrongCommandLineIsAUsageError() throws IOException {
		Path bundle = write("statement-4.json", Statements.bundle(county, 4).toJson());
		String file = bundle.toString();
		List<String[]> wrong = List.of(new String[0], new String[] { "statement", file },
				new String[] { "statement", file, "--key" }, new String[] { "verify", file, "--key", key },
				new String[] { "statement", file, file, "--key", key }, new String[] { "statement", file, "--kee", key },
				new String[] { "statement", file, "--key", key, "--key", key },
				new String[] { "statement", folder.resolve("missing.json").toString(), "--key", key },
				new String[] { "statement", file, "--key", "not-a-key" },
				new String[] { "statement", file, "--key", "@" + folder.resolve("missing.key") });
		for (String[] args : wrong) {
			printed.reset();
			assertThat(run(args)).as(String.join(" ", args)).isEqualTo(2);
			assertThat(output()).startsWith("usage error / 用法错误: ").contains("VerifyCommand statement BUNDLE.json");
		}
	}

	private int run(String... args) {
		return VerifyCommand.run(args, new PrintStream(printed, true, StandardCharsets.UTF_8));
	}

	private String output() {
		return printed.toString(StandardCharsets.UTF_8);
	}

	/**
	 * What an auditor downloads at two times: the checkpoint of the first 6 entries of one log, the
	 * checkpoint of 11 entries of another (the same log, unless it was rewritten), and the consistency proof
	 * the later log gives from 6 to 11.
	 */
	private String[] downloads(List<byte[]> older, List<byte[]> newer) throws IOException {
		Path first = write("checkpoint-6.txt", Statements.signedCheckpoint(county, older, 6));
		Path second = write("checkpoint-11.txt", Statements.signedCheckpoint(county, newer, 11));
		Path proof = write("proof-6-11.txt", ProofText.format(MerkleLog.consistencyProof(newer, 6, 11)));
		return new String[] { first.toString(), second.toString(), proof.toString() };
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
	}
}
