package org.qunfang.disclosure.publication;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.qunfang.disclosure.DisclosurePermissions;
import org.qunfang.disclosure.log.Checkpoint;
import org.qunfang.disclosure.log.Ed25519Keys;
import org.qunfang.disclosure.log.MerkleLog;
import org.qunfang.disclosure.log.VerifierKey;
import org.qunfang.funds.FundStatement;
import org.qunfang.funds.FundStatements;
import org.qunfang.identity.Audited;
import org.qunfang.identity.Caller;
import org.qunfang.organization.AdminUnit;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.IdGenerator;
import org.qunfang.platform.text.PlainText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 公布 — the township publishes a village's statement for a month or a quarter that is over: the statement
 * is drawn from the books, written as its canonical text, appended as the next leaf of the county's log,
 * and the county signs the log's new checkpoint. A village's period is published once; publishing it again
 * is a correction, which names the statement it corrects, and both stay in the log. Publications of a
 * county queue on its log's row, so each gets its own index and the tree never forks.
 */
@Service
public class Publications {

	/**
	 * What the publisher asks for: the period ({@code 2026-05} or {@code 2026-Q2}) and, for a correction, the
	 * statement it corrects and why.
	 */
	public record NewPublication(String period, Long corrects, String reason) {
	}

	private final FundStatements statements;
	private final DisclosureVillages villages;
	private final StatementStore store;
	private final LogStore logs;
	private final SigningKeys keys;
	private final MessageSource messages;
	private final IdGenerator ids;
	private final Clock clock;
	private final ZoneId zone;

	Publications(FundStatements statements, DisclosureVillages villages, StatementStore store, LogStore logs,
			SigningKeys keys, MessageSource messages, IdGenerator ids, Clock clock, ZoneId displayZone) {
		this.statements = statements;
		this.villages = villages;
		this.store = store;
		this.logs = logs;
		this.keys = keys;
		this.messages = messages;
		this.ids = ids;
		this.clock = clock;
		this.zone = displayZone;
	}

	/** Publishes the village's statement for the period; answers the published statement's id. */
	@Transactional
	@Audited(value = "disclosure.statement.publish", target = "disclosure-statement", targetId = "#result")
	public long publish(Caller caller, long villageId, NewPublication publication) {
		caller.require(DisclosurePermissions.PUBLISH);
		AdminUnit village = villages.village(caller, villageId);
		Period period = Period.parse(publication.period());
		LocalDate today = today();
		if (!period.overBy(today)) {
			throw new DomainException("error.disclosure.period-not-over", period.code(), period.to());
		}
		String reason = publication.corrects() == null ? null
				: PlainText.required("disclosure.field.reason", publication.reason(), 500);
		FundStatement statement = statements.of(caller, villageId, period.from(), period.to());
		if (!statement.addsUp()) {
			throw new DomainException("error.disclosure.not-balanced");
		}
		AdminUnit county = villages.county(village);
		LogStore.LogRow log = logs.lock(county);
		StatementText.Correction correction = correction(store.latest(county.id(), villageId, period),
				publication.corrects(), reason);
		String text = StatementText.render(statement, period, names(statement, county, village), today, correction);
		PublishedStatement published = new PublishedStatement(ids.next(), county.id(), village.scopePath(), villageId,
				period, text, log.treeSize(), publication.corrects(), reason, caller.username(), caller.displayName(),
				clock.instant(), null);
		store.insert(published);
		logs.append(log, published.id(), MerkleLog.leafHash(text.getBytes(StandardCharsets.UTF_8)));
		sign(log, county);
		return published.id();
	}

	/** The day in the display zone: a period is over once its last day is before it. */
	public LocalDate today() {
		return LocalDate.now(clock.withZone(zone));
	}

	/**
	 * The correction this publication is, or none; refused unless it names the latest statement of the period,
	 * if there is one.
	 */
	private StatementText.Correction correction(Optional<PublishedStatement> latest, Long corrects, String reason) {
		if (latest.isEmpty()) {
			if (corrects != null) {
				throw new DomainException("error.disclosure.nothing-to-correct");
			}
			return null;
		}
		PublishedStatement earlier = latest.get();
		if (corrects == null) {
			throw new DomainException("error.disclosure.already-published", earlier.period().code(), publishedOn(earlier));
		}
		if (corrects != earlier.id()) {
			throw new DomainException("error.disclosure.correct-latest", earlier.leafIndex());
		}
		return new StatementText.Correction(earlier.leafIndex(), publishedOn(earlier), reason);
	}

	/** Signs the checkpoint of the locked log at its new size with the county's key, and keeps it. */
	private void sign(LogStore.LogRow log, AdminUnit county) {
		List<byte[]> leaves = logs.leafHashes(county.id());
		Checkpoint checkpoint = new Checkpoint(log.origin(), leaves.size(), MerkleLog.rootHash(leaves));
		PrivateKey key = keys.signingKey(log, county);
		VerifierKey verifier = new VerifierKey(log.keyName(), Ed25519Keys.publicKeyOf(key));
		logs.saveCheckpoint(county.id(), checkpoint, checkpoint.sign(log.keyName(), key), verifier.encoded());
	}

	/** The Chinese names the statement is printed with: of places, of the sources it names, of the county's purposes. */
	private StatementText.Names names(FundStatement statement, AdminUnit county, AdminUnit village) {
		Map<String, String> sources = new LinkedHashMap<>();
		Stream.concat(statement.income().stream().map(FundStatement.IncomeLine::source),
				statement.funds().stream().map(FundStatement.FundLine::source))
			.forEach(code -> sources.put(code,
					messages.getMessage("funds.source." + code, null, code, Locale.SIMPLIFIED_CHINESE)));
		return new StatementText.Names(county.nameZh(), villages.township(village).nameZh(), village.nameZh(), sources,
				statements.purposeNames(county.id(), Locale.SIMPLIFIED_CHINESE));
	}

	private LocalDate publishedOn(PublishedStatement s) {
		return LocalDate.ofInstant(s.publishedAt(), zone);
	}
}
