package org.qunfang.funds.insurance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import org.qunfang.funds.ledger.FundVillage;
import org.qunfang.identity.ScopeFilter;
import org.qunfang.platform.ConflictException;
import org.qunfang.platform.IdGenerator;
import org.qunfang.platform.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes policies and the links to their premium proposals, and reads a policy back. Callers check permissions. */
@Component
class InsuranceStore {

	/** A policy as stored. */
	record Stored(long id, long countyId, String scopePath, long villageId, long residentId, String insuredName,
			PolicyTerms terms, LocalDate endedOn, int version) {
	}

	/** How many premium proposals of a policy are open and how many are booked. */
	record Premiums(int open, int booked) {
	}

	private final JdbcClient jdbc;
	private final IdGenerator ids;

	InsuranceStore(JdbcClient jdbc, IdGenerator ids) {
		this.jdbc = jdbc;
		this.ids = ids;
	}

	long insert(FundVillage v, InsuredPeople.Insured who, PolicyTerms t, String by, Instant at) {
		long id = ids.next();
		jdbc.sql("""
				insert into fund_insurance_policy (id, county_id, scope_path, village_id, resident_id, insured_name, org_name,
				  post_code, kind, insurer, policy_no, starts_on, ends_on, premium, created_by, created_at, version)
				values (:id, :c, :p, :v, :r, :name, :org, :post, :kind, :insurer, :no, :start, :end, :premium, :by, :at, 0)""")
			.param("id", id).param("c", v.countyId()).param("p", v.scopePath()).param("v", v.id())
			.param("r", who.residentId()).param("name", who.name()).param("org", who.orgName()).param("post", who.postCode())
			.param("kind", t.kind().name()).param("insurer", t.insurer()).param("no", t.policyNo())
			.param("start", t.startsOn()).param("end", t.endsOn()).param("premium", t.yearlyPremium().fen())
			.param("by", by).param("at", at.atOffset(ZoneOffset.UTC)).update();
		return id;
	}

	Optional<Stored> find(ScopeFilter scope, long id) {
		return scope.bind(jdbc.sql("""
				select id, county_id, scope_path, village_id, resident_id, insured_name, kind, insurer, policy_no, starts_on,
				  ends_on, premium, ended_on, version
				from fund_insurance_policy p where p.id = :id and\s""" + scope.sql()))
			.param("id", id)
			.query((rs, n) -> new Stored(rs.getLong("id"), rs.getLong("county_id"), rs.getString("scope_path"),
					rs.getLong("village_id"), rs.getLong("resident_id"), rs.getString("insured_name"),
					new PolicyTerms(InsuranceKind.valueOf(rs.getString("kind")), rs.getString("insurer"),
							rs.getString("policy_no"), rs.getObject("starts_on", LocalDate.class),
							rs.getObject("ends_on", LocalDate.class), Money.fen(rs.getLong("premium"))),
					rs.getObject("ended_on", LocalDate.class), rs.getInt("version")))
			.optional();
	}

	/** Changes the terms; a new end date clears the reminders sent for the old one. */
	void update(Stored s, PolicyTerms t) {
		changed(jdbc.sql("""
				update fund_insurance_policy set kind = :kind, insurer = :insurer, policy_no = :no, starts_on = :start,
				  ends_on = :end, premium = :premium,
				  reminded_days = case when ends_on = :end then reminded_days else null end, version = version + 1
				where id = :id and version = :v""").param("kind", t.kind().name()).param("insurer", t.insurer())
			.param("no", t.policyNo()).param("start", t.startsOn()).param("end", t.endsOn())
			.param("premium", t.yearlyPremium().fen()).param("id", s.id()).param("v", s.version()).update());
	}

	void end(Stored s, LocalDate on, String reason) {
		changed(jdbc.sql("""
				update fund_insurance_policy set ended_on = :on, end_reason = :reason, version = version + 1
				where id = :id and version = :v""").param("on", on).param("reason", reason).param("id", s.id())
			.param("v", s.version()).update());
	}

	/** Whether another policy of the county has this insurer and number. */
	boolean numberTaken(long countyId, PolicyTerms t, Long except) {
		return jdbc.sql("""
				select count(*) from fund_insurance_policy where county_id = :c and insurer = :insurer and policy_no = :no
				  and id <> :except""").param("c", countyId).param("insurer", t.insurer()).param("no", t.policyNo())
			.param("except", except == null ? 0L : except).query(Long.class).single() > 0;
	}

	/** The number of another policy of the same kind that covers the person on some day of this term, if any. */
	Optional<String> overlapping(long countyId, long residentId, PolicyTerms t, Long except) {
		return jdbc.sql("""
				select policy_no from fund_insurance_policy where county_id = :c and resident_id = :r and kind = :kind
				  and id <> :except and starts_on <= :end and coalesce(ended_on, ends_on) >= :start
				order by starts_on""").param("c", countyId).param("r", residentId).param("kind", t.kind().name())
			.param("except", except == null ? 0L : except).param("start", t.startsOn()).param("end", t.endsOn())
			.query(String.class).list().stream().findFirst();
	}

	void linkPremium(Stored s, long proposalId) {
		jdbc.sql("""
				insert into fund_insurance_premium (policy_id, proposal_id, county_id, scope_path)
				values (:p, :proposal, :c, :path)""").param("p", s.id()).param("proposal", proposalId)
			.param("c", s.countyId()).param("path", s.scopePath()).update();
	}

	/** Locks the policy until the transaction ends, so that its premiums are proposed one at a time. */
	void lock(Stored s) {
		jdbc.sql("select id from fund_insurance_policy where id = :id and county_id = :c for update").param("id", s.id())
			.param("c", s.countyId()).query(Long.class).single();
	}

	Premiums premiums(Stored s) {
		return jdbc.sql("""
				select coalesce(sum(case when f.status in ('PENDING', 'AWAITING_LEADER', 'APPROVED') then 1 else 0 end), 0),
				  coalesce(sum(case when f.status = 'BOOKED' then 1 else 0 end), 0)
				from fund_insurance_premium i join fund_proposal f on f.id = i.proposal_id
				where i.policy_id = :p and i.county_id = :c""").param("p", s.id()).param("c", s.countyId())
			.query((rs, n) -> new Premiums(rs.getInt(1), rs.getInt(2))).single();
	}

	private static void changed(int rows) {
		if (rows != 1) {
			throw new ConflictException("error.funds.insurance.changed");
		}
	}
}
