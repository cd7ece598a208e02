package org.qunfang.disclosure.publication;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.qunfang.disclosure.log.LogVerificationException;
import org.qunfang.disclosure.log.MerkleLog;
import org.qunfang.disclosure.log.ProofText;
import org.qunfang.disclosure.log.StatementBundle;
import org.qunfang.disclosure.log.VerifierKey;
import org.qunfang.organization.AdminUnit;
import org.qunfang.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What anyone may read without signing in (村务公开): a village's published statements, each re-verified
 * against the county's latest signed checkpoint with the county's key, the questions on them with their
 * answers, and what the offline verifier needs — a statement's bundle, the checkpoints and the consistency
 * proof between two of them, the verifier key. Nothing else of the village.
 */
@Service
public class PublicDisclosure {

	/** The state of the county's log: its latest signed checkpoint, its size and the key that checks it. */
	public record LogState(long size, String signedNote, String verifierKey) {
	}

	/**
	 * Whether a statement verified; if not, why, as a message key and its arguments.
	 */
	public record Verification(boolean verified, String problemKey, List<Object> problemArguments) {

		static final Verification VERIFIED = new Verification(true, null, List.of());

		static Verification failed(String key, Object... arguments) {
			return new Verification(false, key, List.of(arguments));
		}

		/** The problem's argument of that position, or nothing, for the message that says it. */
		public Object argument(int position) {
			return position < problemArguments.size() ? problemArguments.get(position) : "";
		}
	}

	/** A statement as its village's page shows it: its lines, whether it verified, the questions on it. */
	public record ShownStatement(PublishedStatement statement, List<StatementText.Line> lines, Verification verification,
			List<Question> questions) {
	}

	/** A village's public page: its published statements, the latest first, and the county's log. */
	public record VillagePage(AdminUnit village, List<ShownStatement> statements, Optional<LogState> log) {
	}

	private final DisclosureVillages villages;
	private final StatementStore statements;
	private final LogStore logs;
	private final SigningKeys keys;
	private final Questions questions;

	PublicDisclosure(DisclosureVillages villages, StatementStore statements, LogStore logs, SigningKeys keys,
			Questions questions) {
		this.villages = villages;
		this.statements = statements;
		this.logs = logs;
		this.keys = keys;
		this.questions = questions;
	}

	@Transactional(readOnly = true)
	public VillagePage page(long villageId) {
		AdminUnit village = villages.publicVillage(villageId);
		List<PublishedStatement> published = statements.ofVillage(village.countyId(), village.id());
		Optional<LogStore.StoredCheckpoint> latest = logs.latest(village.countyId());
		Optional<VerifierKey> key = keys.verifierKey(villages.county(village));
		List<byte[]> leaves = published.isEmpty() ? List.of() : logs.leafHashes(village.countyId());
		Map<Long, List<Question>> asked = questions.publicOf(village).stream()
			.collect(Collectors.groupingBy(Question::statementId));
		return new VillagePage(village, published.stream()
			.map(s -> new ShownStatement(s, StatementText.lines(s.text()), verify(s, leaves, latest, key),
					asked.getOrDefault(s.id(), List.of())))
			.toList(), state(latest, key));
	}

	/** Any village, whose public page this is. */
	public AdminUnit village(long villageId) {
		return villages.publicVillage(villageId);
	}

	/** A published statement, of any village. */
	public PublishedStatement statement(long statementId) {
		return statements.find(statementId).orElseThrow(NotFoundException::new);
	}

	/** The bundle of a published statement: its text, its index and its inclusion proof in the latest checkpoint. */
	@Transactional(readOnly = true)
	public StatementBundle bundle(long statementId) {
		PublishedStatement s = statement(statementId);
		LogStore.StoredCheckpoint latest = logs.latest(s.countyId()).orElseThrow(NotFoundException::new);
		try {
			return bundle(s, logs.leafHashes(s.countyId()), latest);
		}
		catch (IllegalArgumentException notInTheLog) {
			throw new NotFoundException();
		}
	}

	/** The text of the checkpoint of the village's county's log at a size (the latest when not given). */
	public String checkpoint(long villageId, Long size) {
		AdminUnit village = villages.publicVillage(villageId);
		return (size == null ? logs.latest(village.countyId()) : logs.checkpoint(village.countyId(), size))
			.orElseThrow(NotFoundException::new).signedNote();
	}

	/** The consistency proof between two sizes the county signed checkpoints at, one base64 hash a line. */
	@Transactional(readOnly = true)
	public String consistencyProof(long villageId, long from, long to) {
		AdminUnit village = villages.publicVillage(villageId);
		if (from < 1 || from > to || logs.checkpoint(village.countyId(), from).isEmpty()
				|| logs.checkpoint(village.countyId(), to).isEmpty()) {
			throw new NotFoundException();
		}
		try {
			return ProofText.format(MerkleLog.consistencyProof(logs.leafHashes(village.countyId()), from, to));
		}
		catch (IllegalArgumentException fewerLeavesThanSigned) {
			throw new NotFoundException();
		}
	}

	/** The state of the county's log, if it has published anything and has its key. */
	public Optional<LogState> log(AdminUnit village) {
		return state(logs.latest(village.countyId()), keys.verifierKey(villages.county(village)));
	}

	private static Optional<LogState> state(Optional<LogStore.StoredCheckpoint> latest, Optional<VerifierKey> key) {
		return latest.flatMap(l -> key.map(k -> new LogState(l.size(), l.signedNote(), k.encoded())));
	}

	/**
	 * Re-verifies a statement as a villager's verifier would: its text is in the latest checkpoint, which the
	 * county's key signed (the key the county holds, not one read back with the checkpoint).
	 */
	private static Verification verify(PublishedStatement s, List<byte[]> leaves,
			Optional<LogStore.StoredCheckpoint> latest, Optional<VerifierKey> key) {
		if (latest.isEmpty() || key.isEmpty()) {
			return Verification.failed(LogVerificationException.UNKNOWN_KEY);
		}
		try {
			bundle(s, leaves, latest.get()).verify(key.get());
			return Verification.VERIFIED;
		}
		catch (LogVerificationException refused) {
			return Verification.failed(refused.messageKey(), refused.arguments());
		}
		catch (IllegalArgumentException notInTheLog) {
			return Verification.failed(LogVerificationException.NOT_INCLUDED, s.leafIndex(), latest.get().size());
		}
	}

	private static StatementBundle bundle(PublishedStatement s, List<byte[]> leaves, LogStore.StoredCheckpoint latest) {
		return new StatementBundle(s.text(), s.leafIndex(), latest.size(),
				MerkleLog.inclusionProof(leaves, s.leafIndex(), latest.size()), latest.signedNote());
	}
}
