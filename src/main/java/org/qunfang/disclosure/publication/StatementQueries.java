package org.qunfang.disclosure.publication;

import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.qunfang.identity.Caller;
import org.qunfang.organization.AdminUnit;
import org.qunfang.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What officials see of publication, within their jurisdiction: the villages, their statements, a notice to print. */
@Service
public class StatementQueries {

	/** A village of the jurisdiction: how many statements it published, up to which day, and questions awaiting an answer. */
	public record VillageOverview(AdminUnit village, int statements, LocalDate latestTo, int awaiting) {
	}

	/**
	 * A published statement as its notice prints it (公告): its lines, and the checkpoint the county signed right
	 * after it went into the log — the size, the root hash and the signed note — with the county's verifier key.
	 */
	public record Notice(AdminUnit village, PublishedStatement statement, List<StatementText.Line> lines, long treeSize,
			String rootHash, String signedNote, String verifierKey) {
	}

	private final DisclosureVillages villages;
	private final StatementStore store;
	private final LogStore logs;
	private final SigningKeys keys;
	private final Questions questions;

	StatementQueries(DisclosureVillages villages, StatementStore store, LogStore logs, SigningKeys keys,
			Questions questions) {
		this.villages = villages;
		this.store = store;
		this.logs = logs;
		this.keys = keys;
		this.questions = questions;
	}

	/** The villages of the caller's jurisdiction with what they published. */
	public List<VillageOverview> overview(Caller caller) {
		List<AdminUnit> all = villages.villages(caller);
		Map<Long, StatementStore.VillageCount> counts = store.countsIn(caller.jurisdiction()).stream()
			.collect(Collectors.toMap(StatementStore.VillageCount::villageId, Function.identity()));
		Map<Long, Integer> awaiting = questions.awaiting(caller);
		return all.stream().map(v -> {
			StatementStore.VillageCount c = counts.get(v.id());
			return new VillageOverview(v, c == null ? 0 : c.statements(), c == null ? null : c.latestTo(),
					awaiting.getOrDefault(v.id(), 0));
		}).toList();
	}

	/** The statements a village in the caller's jurisdiction published, the latest first. */
	public List<PublishedStatement> ofVillage(Caller caller, long villageId) {
		AdminUnit village = villages.village(caller, villageId);
		return store.ofVillage(village.countyId(), village.id());
	}

	/** A statement of a village in the caller's jurisdiction. */
	public PublishedStatement statement(Caller caller, long statementId) {
		PublishedStatement s = store.find(statementId).orElseThrow(NotFoundException::new);
		villages.village(caller, s.villageId());
		return s;
	}

	/** The notice of a statement of a village in the caller's jurisdiction. */
	@Transactional(readOnly = true)
	public Notice notice(Caller caller, long statementId) {
		PublishedStatement s = statement(caller, statementId);
		AdminUnit village = villages.village(caller, s.villageId());
		LogStore.StoredCheckpoint checkpoint = logs.checkpoint(s.countyId(), s.sizeAtPublication())
			.orElseThrow(NotFoundException::new);
		String key = keys.verifierKey(villages.county(village)).orElseThrow(NotFoundException::new).encoded();
		return new Notice(village, s, StatementText.lines(s.text()), checkpoint.size(),
				Base64.getEncoder().encodeToString(checkpoint.rootHash()), checkpoint.signedNote(), key);
	}
}
