package org.qunfang.funds.approval;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.qunfang.funds.ledger.FundVillage;
import org.qunfang.identity.ScopeFilter;
import org.qunfang.platform.ConflictException;
import org.qunfang.platform.IdGenerator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes proposals and their steps, and reads a proposal back as its aggregate. Callers check permissions. */
@Component
class ProposalStore {

	/** A proposal as stored: its place, its content and the aggregate. */
	record Stored(long villageId, long countyId, String scopePath, int version, String purpose, String payee,
			String description, Long fromFundId, Proposal proposal) {
	}

	private final JdbcClient jdbc;
	private final IdGenerator ids;

	ProposalStore(JdbcClient jdbc, IdGenerator ids) {
		this.jdbc = jdbc;
		this.ids = ids;
	}

	long insert(FundVillage v, ProposalKind kind, String purpose, String payee, long amount, String description,
			Long fromFund, boolean needsLeader, String by, String byName, Instant at) {
		long id = ids.next();
		jdbc.sql("""
				insert into fund_proposal (id, county_id, scope_path, village_id, kind, purpose, payee, amount, description,
				  from_fund_id, status, needs_leader, proposed_by, proposed_name, proposed_at, version)
				values (:id, :c, :p, :v, :kind, :purpose, :payee, :amount, :d, :from, 'PENDING', :leader, :by, :name, :at, 0)""")
			.param("id", id).param("c", v.countyId()).param("p", v.scopePath()).param("v", v.id())
			.param("kind", kind.name()).param("purpose", purpose).param("payee", payee).param("amount", amount)
			.param("d", description).param("from", fromFund).param("leader", needsLeader).param("by", by)
			.param("name", byName).param("at", at.atOffset(ZoneOffset.UTC)).update();
		step(id, v.countyId(), v.scopePath(), ProposalStep.PROPOSED, by, byName, at, null);
		return id;
	}

	Optional<Stored> find(ScopeFilter scope, long id) {
		return scope.bind(jdbc.sql("""
				select p.*, (select s.actor from fund_proposal_step s where s.proposal_id = p.id and s.step = 'APPROVED'
				  order by s.acted_at desc limit 1) as approved_by
				from fund_proposal p where p.id = :id and\s""" + scope.sql()))
			.param("id", id)
			.query((rs, n) -> new Stored(rs.getLong("village_id"), rs.getLong("county_id"), rs.getString("scope_path"),
					rs.getInt("version"), rs.getString("purpose"), rs.getString("payee"), rs.getString("description"),
					(Long) rs.getObject("from_fund_id", Long.class),
					new Proposal(rs.getLong("id"), ProposalKind.valueOf(rs.getString("kind")), rs.getLong("amount"),
							rs.getBoolean("needs_leader"), rs.getString("proposed_by"),
							ProposalStatus.valueOf(rs.getString("status")), rs.getString("approved_by"))))
			.optional();
	}

	/** Saves the proposal's status, refusing when someone else changed it since it was read. */
	void save(Stored stored, Long entryId) {
		int updated = jdbc.sql("""
				update fund_proposal set status = :s, entry_id = coalesce(:e, entry_id), version = version + 1
				where id = :id and version = :v""").param("s", stored.proposal().status().name()).param("e", entryId)
			.param("id", stored.proposal().id()).param("v", stored.version()).update();
		if (updated != 1) {
			throw new ConflictException("error.funds.proposal-changed");
		}
	}

	void step(long proposalId, long countyId, String scopePath, ProposalStep step, String actor, String actorName,
			Instant at, String note) {
		jdbc.sql("""
				insert into fund_proposal_step (id, proposal_id, county_id, scope_path, step, actor, actor_name, acted_at, note)
				values (:id, :p, :c, :path, :step, :actor, :name, :at, :note)""").param("id", ids.next())
			.param("p", proposalId).param("c", countyId).param("path", scopePath).param("step", step.name())
			.param("actor", actor).param("name", actorName).param("at", at.atOffset(ZoneOffset.UTC)).param("note", note)
			.update();
	}

	void attach(long proposalId, long attachmentId, long countyId) {
		jdbc.sql("insert into fund_proposal_document (proposal_id, attachment_id, county_id) values (:p, :a, :c)")
			.param("p", proposalId).param("a", attachmentId).param("c", countyId).update();
	}
}
