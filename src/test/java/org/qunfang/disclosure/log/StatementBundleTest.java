package org.qunfang.disclosure.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The bundle a villager downloads proves its statement against the county's key, as JSON and back. */
class StatementBundleTest {

	private final KeyPair county = Ed25519Keys.generate();
	private final VerifierKey key = new VerifierKey(CheckpointTest.KEY_NAME, county.getPublic());

	@Test
	void aBundleSurvivesJsonAndVerifies() {
		StatementBundle bundle = Statements.bundle(county, 4);
		String json = bundle.toJson();
		assertThat(json).contains("\"leafIndex\": 4", "\"treeSize\": 11", "\"inclusionProof\": [", "\"checkpoint\": \"");
		StatementBundle read = StatementBundle.fromJson(json);
		assertThat(read).isEqualTo(bundle);
		assertThat(read.statement()).isEqualTo(bundle.statement());
		assertThat(read.verify(key).size()).isEqualTo(11);
	}

	@Test
	void aChangedStatementIndexOrSizeDoesNotVerify() {
		StatementBundle bundle = Statements.bundle(county, 4);
		StatementBundle changed = new StatementBundle(bundle.statement().replace("1200.00", "1300.00"), 4, 11,
				bundle.inclusionProof(), bundle.checkpoint());
		assertRefused(changed, LogVerificationException.NOT_INCLUDED);
		assertRefused(new StatementBundle(bundle.statement(), 5, 11, bundle.inclusionProof(), bundle.checkpoint()),
				LogVerificationException.NOT_INCLUDED);
		assertRefused(new StatementBundle(bundle.statement(), 4, 12, bundle.inclusionProof(), bundle.checkpoint()),
				LogVerificationException.SIZE_MISMATCH);
		List<byte[]> proof = new ArrayList<>(bundle.inclusionProof());
		proof.remove(proof.size() - 1);
		assertRefused(new StatementBundle(bundle.statement(), 4, 11, proof, bundle.checkpoint()),
				LogVerificationException.NOT_INCLUDED);
	}

	@Test
	void theLeafIsTheStatementsUtf8Text() {
		StatementBundle bundle = Statements.bundle(county, 0);
		assertThat(bundle.leafHash()).isEqualTo(MerkleLog.leafHash(bundle.statement().getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void jsonThatIsNotABundleIsRefused() {
		String json = Statements.bundle(county, 2).toJson();
		for (String bad : new String[] { "", "[]", "{}", json.replace("\"leafIndex\": 2", "\"leafIndex\": \"2\""),
				json.replace("\"leafIndex\": 2", "\"leafIndex\": 2.5"), json.replace("\"treeSize\": 11", "\"treeSize\": 1"),
				json.replace("}\n", "},"), json.replace("\"statement\"", "\"leafIndex\": 1, \"statement\""),
				json.substring(0, json.length() / 2), json.replace("=\"", "\"") }) {
			assertThatThrownBy(() -> StatementBundle.fromJson(bad)).as(bad)
				.isInstanceOfSatisfying(LogVerificationException.class,
						e -> assertThat(e.messageKey()).isEqualTo(LogVerificationException.MALFORMED_BUNDLE));
		}
	}

	@Test
	void jsonReadsEscapesAndPassesOverUnknownNames() {
		StatementBundle bundle = Statements.bundle(county, 3);
		String json = "\uFEFF" + bundle.toJson().replaceFirst("\\{", "{\"village\": {\"id\": [1, true, null]}, ");
		assertThat(StatementBundle.fromJson(json)).isEqualTo(bundle);
		String quoted = JsonText.quote("a\"b\\c\n\t\u0001 村 /");
		assertThat(quoted).isEqualTo("\"a\\\"b\\\\c\\n\\t\\u0001 村 /\"");
		assertThat(JsonText.parse(quoted)).isEqualTo("a\"b\\c\n\t\u0001 村 /");
		assertThat(JsonText.parse("\"\\u6751\\/\"")).isEqualTo("村/");
	}

	private void assertRefused(StatementBundle bundle, String messageKey) {
		assertThatThrownBy(() -> bundle.verify(key)).isInstanceOfSatisfying(LogVerificationException.class,
				e -> assertThat(e.messageKey()).isEqualTo(messageKey));
	}
}
