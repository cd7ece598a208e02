package org.qunfang.cases.register;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.qunfang.identity.Caller;
import org.qunfang.identity.Jurisdiction;
import org.qunfang.identity.ScopeFilter;
import org.qunfang.platform.ConflictException;
import org.qunfang.platform.IdGenerator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores cases: the register row, its parties, its history and its photos. */
@Repository
public class CaseFiles {

	/** A new case row, checked and complete. */
	record Row(long id, long countyId, long villageId, String scopePath, String caseNo, NewCase form, long ownerOrgId,
			String ownerOrgName, Instant reportedAt, Instant createdAt) {
	}

	private final JdbcClient jdbc;
	private final IdGenerator ids;

	CaseFiles(JdbcClient jdbc, IdGenerator ids) {
		this.jdbc = jdbc;
		this.ids = ids;
	}

	/** The next case number of a village in a year, counted under a row lock so two never share one. */
	int nextNumber(long countyId, long villageId, int year) {
		jdbc.sql("""
				insert into case_counter (county_id, village_id, year_no, last_no) values (:c, :v, :y, 0)
				on conflict do nothing""").param("c", countyId).param("v", villageId).param("y", year).update();
		jdbc.sql("update case_counter set last_no = last_no + 1 where village_id = :v and year_no = :y").param("v", villageId)
			.param("y", year).update();
		return jdbc.sql("select last_no from case_counter where village_id = :v and year_no = :y").param("v", villageId)
			.param("y", year).query(Integer.class).single();
	}

	void insert(Row row, String byUser, String byName, Iterable<EncryptedParty> parties) {
		NewCase f = row.form();
		jdbc.sql("""
				insert into case_record (id, county_id, village_id, scope_path, case_no, case_type, occurred_at, reported_at,
				  group_id, place, latitude, longitude, summary, loss_fen, reporter_name, channel, source_kind, source_id,
				  owner_org_id, owner_org_name, status, registered_by, registered_name, created_at, version)
				values (:id, :c, :v, :path, :no, :type, :occurred, :reported, :g, :place, :lat, :lon, :summary, :loss,
				  :reporter, :channel, :sk, :sid, :owner, :ownerName, 'REGISTERED', :by, :byName, :now, 0)""")
			.param("id", row.id()).param("c", row.countyId()).param("v", row.villageId()).param("path", row.scopePath())
			.param("no", row.caseNo()).param("type", f.caseType()).param("occurred", utc(f.occurredAt()))
			.param("reported", utc(row.reportedAt())).param("g", f.groupId()).param("place", f.place())
			.param("lat", f.latitude()).param("lon", f.longitude()).param("summary", f.summary()).param("loss", f.lossFen())
			.param("reporter", f.reporterName()).param("channel", f.channel().name()).param("sk", f.sourceKind())
			.param("sid", f.sourceId()).param("owner", row.ownerOrgId()).param("ownerName", row.ownerOrgName())
			.param("by", byUser).param("byName", byName).param("now", utc(row.createdAt())).update();
		int order = 0;
		for (EncryptedParty p : parties) {
			jdbc.sql("""
					insert into case_party (id, case_id, county_id, party_role, name, resident_id, phone_cipher, note, sort_order)
					values (:id, :case, :c, :role, :name, :resident, :phone, :note, :o)""")
				.param("id", ids.next()).param("case", row.id()).param("c", row.countyId()).param("role", p.role().name())
				.param("name", p.name()).param("resident", p.residentId()).param("phone", p.phoneCipher())
				.param("note", p.note()).param("o", order++).update();
		}
		step(row.id(), row.countyId(), new CaseFile.Step(StepKind.REGISTERED, null, null, row.ownerOrgId(), null,
				row.createdAt()), byUser, byName);
	}

	/** A party ready to store: the phone already encrypted. */
	record EncryptedParty(PartyRole role, String name, Long residentId, String phoneCipher, String note) {
	}

	/** A case inside the jurisdiction, for handling. */
	Optional<CaseFile> find(Jurisdiction jurisdiction, long id) {
		ScopeFilter scope = jurisdiction.where("r");
		return scope.bind(jdbc.sql("""
				select r.id, r.county_id, r.village_id, r.scope_path, r.status, r.owner_org_id, r.owner_org_name, r.version,
				  (select count(*) from case_step s where s.case_id = r.id and s.kind = 'HANDLING')
				from case_record r where r.id = :id and\s""" + scope.sql()))
			.param("id", id)
			.query((rs, n) -> new CaseFile(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
					CaseStatus.valueOf(rs.getString(5)), rs.getLong(6), rs.getString(7), rs.getInt(9), rs.getLong(8)))
			.optional();
	}

	/** Stores the case's new state and steps; refuses if someone else changed it meanwhile. */
	void save(CaseFile file, String byUser, String byName) {
		String outcome = null;
		String referredTo = null;
		Instant endedAt = null;
		for (CaseFile.Step step : file.pendingSteps()) {
			step(file.id(), file.countyId(), step, byUser, byName);
			if (step.kind() == StepKind.RESOLVED || step.kind() == StepKind.REFERRED
					|| step.kind() == StepKind.CLOSED_UNRESOLVED) {
				outcome = step.note();
				referredTo = step.referredTo();
				endedAt = step.at();
			}
		}
		int changed = jdbc.sql("""
				update case_record set status = :status, owner_org_id = :owner, owner_org_name = :ownerName,
				  outcome = coalesce(:outcome, outcome), referred_to = coalesce(:referred, referred_to),
				  ended_at = coalesce(:ended, ended_at), version = version + 1
				where id = :id and version = :version""")
			.param("status", file.status().name()).param("owner", file.ownerOrgId()).param("ownerName", file.ownerOrgName())
			.param("outcome", outcome).param("referred", referredTo).param("ended", endedAt == null ? null : utc(endedAt))
			.param("id", file.id()).param("version", file.version()).update();
		if (changed == 0) {
			throw new ConflictException("error.concurrent-change");
		}
	}

	void addPhoto(CaseFile file, long attachmentId, Caller by, Instant at) {
		jdbc.sql("insert into case_photo (case_id, attachment_id, county_id) values (:case, :a, :c)").param("case", file.id())
			.param("a", attachmentId).param("c", file.countyId()).update();
		step(file.id(), file.countyId(), new CaseFile.Step(StepKind.PHOTO, null, null, null, null, at), by.username(),
				by.displayName());
	}

	int photoCount(long caseId) {
		return jdbc.sql("select count(*) from case_photo where case_id = :case").param("case", caseId).query(Integer.class)
			.single();
	}

	boolean hasPhoto(long caseId, long attachmentId) {
		return jdbc.sql("select count(*) from case_photo where case_id = :case and attachment_id = :a").param("case", caseId)
			.param("a", attachmentId).query(Long.class).single() > 0;
	}

	private void step(long caseId, long countyId, CaseFile.Step step, String byUser, String byName) {
		jdbc.sql("""
				insert into case_step (id, case_id, county_id, kind, note, from_org_id, to_org_id, referred_to, by_user,
				  by_name, step_at)
				values (:id, :case, :c, :kind, :note, :from, :to, :referred, :by, :byName, :at)""")
			.param("id", ids.next()).param("case", caseId).param("c", countyId).param("kind", step.kind().name())
			.param("note", step.note()).param("from", step.fromOrgId()).param("to", step.toOrgId())
			.param("referred", step.referredTo()).param("by", byUser).param("byName", byName).param("at", utc(step.at()))
			.update();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
