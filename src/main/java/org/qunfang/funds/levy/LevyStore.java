package org.qunfang.funds.levy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.qunfang.funds.fees.ChargeStatus;
import org.qunfang.funds.fees.Exemption;
import org.qunfang.funds.ledger.FundVillage;
import org.qunfang.identity.ScopeFilter;
import org.qunfang.platform.ConflictException;
import org.qunfang.platform.IdGenerator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes levies (the charges of kind LEVY), their meetings, decisions and marked exemptions, and reads a
 * levy back. Callers check permissions and scope.
 */
@Component
class LevyStore {

	/** A levy as stored. */
	record StoredLevy(long id, long countyId, String scopePath, long villageId, int year, String purpose, String title,
			long totalFen, long perPersonFen, ChargeStatus status, Meeting meeting, String proposedBy, String proposedName,
			Instant proposedAt, String decidedName, Instant decidedAt, String decisionNote, int version) {
	}

	/** A resident marked exempt. */
	record MarkedExemption(long residentId, Exemption reason, String note, String markedBy, Instant markedAt) {
	}

	private final JdbcClient jdbc;
	private final IdGenerator ids;

	LevyStore(JdbcClient jdbc, IdGenerator ids) {
		this.jdbc = jdbc;
		this.ids = ids;
	}

	long insert(FundVillage v, int year, String purpose, String title, long totalFen, long perPersonFen, String by,
			String byName, Instant at) {
		long id = ids.next();
		jdbc.sql("""
				insert into fund_charge (id, county_id, scope_path, village_id, kind, charge_year, title, purposes, unit_amount,
				  total_amount, status, created_by, created_name, created_at, version)
				values (:id, :c, :p, :v, 'LEVY', :y, :t, :purpose, :unit, :total, 'PROPOSED', :by, :name, :at, 0)""")
			.param("id", id).param("c", v.countyId()).param("p", v.scopePath()).param("v", v.id()).param("y", year)
			.param("t", title).param("purpose", purpose).param("unit", perPersonFen).param("total", totalFen)
			.param("by", by).param("name", byName).param("at", at.atOffset(ZoneOffset.UTC)).update();
		return id;
	}

	Optional<StoredLevy> find(ScopeFilter scope, long id) {
		return scope.bind(jdbc.sql("select c.* from fund_charge c where c.id = :id and c.kind = 'LEVY' and " + scope.sql()))
			.param("id", id).query(LevyStore::levy).optional();
	}

	/** Locks the levies of the village's year, so approvals that share its cap are taken one at a time. */
	void lockYear(long countyId, long villageId, int year) {
		jdbc.sql("""
				select id from fund_charge where county_id = :c and village_id = :v and charge_year = :y and kind = 'LEVY'
				for update""").param("c", countyId).param("v", villageId).param("y", year).query(Long.class).list();
	}

	/** What the village's approved levies of the year, other than this one, come to a person. */
	long othersPerPerson(long countyId, long villageId, int year, long except) {
		return jdbc.sql("""
				select coalesce(sum(unit_amount), 0) from fund_charge where county_id = :c and village_id = :v and charge_year = :y
				  and kind = 'LEVY' and status = 'APPROVED' and id <> :id""").param("c", countyId).param("v", villageId)
			.param("y", year).param("id", except).query(Long.class).single();
	}

	void saveMeeting(StoredLevy levy, Meeting m) {
		requireUpdated(jdbc.sql("""
				update fund_charge set meeting_on = :on, representatives = :r, present = :p, attendance = :list,
				  votes_for = :yes, votes_against = :no, votes_abstain = :abstain, version = version + 1
				where id = :id and version = :version""").param("on", m.on()).param("r", m.representatives())
			.param("p", m.present()).param("list", m.attendees().isEmpty() ? null : String.join("\n", m.attendees()))
			.param("yes", m.votesFor()).param("no", m.votesAgainst()).param("abstain", m.votesAbstain())
			.param("id", levy.id()).param("version", levy.version()).update());
	}

	void decide(StoredLevy levy, ChargeStatus status, String by, String byName, Instant at, String note) {
		requireUpdated(jdbc.sql("""
				update fund_charge set status = :s, decided_by = :by, decided_name = :name, decided_at = :at,
				  decision_note = :note, version = version + 1
				where id = :id and version = :version""").param("s", status.name()).param("by", by).param("name", byName)
			.param("at", at.atOffset(ZoneOffset.UTC)).param("note", note).param("id", levy.id())
			.param("version", levy.version()).update());
	}

	boolean billed(long id) {
		return jdbc.sql("select count(*) from fund_bill where charge_id = :c").param("c", id).query(Long.class).single() > 0;
	}

	/** Marks the resident exempt from the levy with the reason (replacing an earlier mark). */
	void exempt(StoredLevy levy, long residentId, Exemption reason, String note, String by, Instant at) {
		unexempt(levy, residentId);
		jdbc.sql("""
				insert into fund_levy_exemption (charge_id, resident_id, county_id, reason, note, marked_by, marked_at)
				values (:c, :r, :county, :reason, :note, :by, :at)""").param("c", levy.id()).param("r", residentId)
			.param("county", levy.countyId()).param("reason", reason.name()).param("note", note).param("by", by)
			.param("at", at.atOffset(ZoneOffset.UTC)).update();
	}

	boolean unexempt(StoredLevy levy, long residentId) {
		return jdbc.sql("delete from fund_levy_exemption where charge_id = :c and resident_id = :r and county_id = :county")
			.param("c", levy.id()).param("r", residentId).param("county", levy.countyId()).update() > 0;
	}

	List<MarkedExemption> exemptions(StoredLevy levy) {
		return jdbc.sql("""
				select resident_id, reason, note, marked_by, marked_at from fund_levy_exemption
				where charge_id = :c and county_id = :county order by marked_at""").param("c", levy.id())
			.param("county", levy.countyId())
			.query((rs, n) -> new MarkedExemption(rs.getLong(1), Exemption.valueOf(rs.getString(2)), rs.getString(3),
					rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant()))
			.list();
	}

	/** Refuses when someone else changed the levy since it was read. */
	private static void requireUpdated(int updated) {
		if (updated != 1) {
			throw new ConflictException("error.funds.levy.changed");
		}
	}

	private static StoredLevy levy(ResultSet rs, int n) throws SQLException {
		Meeting meeting = rs.getObject("meeting_on") == null ? null
				: new Meeting(rs.getObject("meeting_on", LocalDate.class), rs.getInt("representatives"), rs.getInt("present"),
						rs.getString("attendance") == null ? List.of() : List.of(rs.getString("attendance").split("\n")),
						rs.getInt("votes_for"), rs.getInt("votes_against"), rs.getInt("votes_abstain"));
		OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
		return new StoredLevy(rs.getLong("id"), rs.getLong("county_id"), rs.getString("scope_path"), rs.getLong("village_id"),
				rs.getInt("charge_year"), rs.getString("purposes"), rs.getString("title"), rs.getLong("total_amount"),
				rs.getLong("unit_amount"), ChargeStatus.valueOf(rs.getString("status")), meeting, rs.getString("created_by"),
				rs.getString("created_name"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getString("decided_name"), decided == null ? null : decided.toInstant(), rs.getString("decision_note"),
				rs.getInt("version"));
	}
}
