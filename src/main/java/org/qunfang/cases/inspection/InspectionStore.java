package org.qunfang.cases.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.qunfang.identity.ScopeFilter;
import org.qunfang.platform.ConflictException;
import org.qunfang.platform.IdGenerator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes inspections and rectification tasks, and reads a task back as its aggregate: the one place
 * their rows are written, for the use cases and the demo alike. Callers check permissions and scope.
 */
@Component
class InspectionStore {

	/** Where and by whom an inspection was made, as it is written. */
	record Header(long countyId, String scopePath, long villageId, long orgId, String orgName,
			ChecklistTemplates.Template template, String placeName, Long groupId, String groupName, LocalDate inspectedOn,
			String inspectors, String recordedBy) {
	}

	/** A written inspection: its id and the id of the task of each failed item (by item number). */
	record Recorded(long inspectionId, Map<Integer, Long> tasks) {
	}

	/** A task as stored: where it belongs, its version, and the aggregate. */
	record StoredTask(long id, long countyId, String scopePath, long villageId, long inspectionId, int version,
			Rectification task) {
	}

	private final JdbcClient jdbc;
	private final IdGenerator ids;

	InspectionStore(JdbcClient jdbc, IdGenerator ids) {
		this.jdbc = jdbc;
		this.ids = ids;
	}

	/** Writes the inspection, its items, and a task (with its first step) for every hazard. */
	Recorded insert(Header h, InspectionSheet sheet, Instant at) {
		long id = ids.next();
		jdbc.sql("""
				insert into inspection (id, county_id, scope_path, village_id, org_id, org_name, template_id,
				  template_revision, template_kind, template_name, place_name, group_id, group_name, inspected_on,
				  inspectors, hazards, recorded_by, recorded_at)
				values (:id, :c, :path, :v, :org, :orgName, :t, :rev, :kind, :tName, :place, :g, :gName, :on, :who,
				  :hazards, :by, :at)""")
			.param("id", id).param("c", h.countyId()).param("path", h.scopePath()).param("v", h.villageId())
			.param("org", h.orgId()).param("orgName", h.orgName()).param("t", h.template().id())
			.param("rev", h.template().revision()).param("kind", h.template().kind().name())
			.param("tName", h.template().name()).param("place", h.placeName()).param("g", h.groupId())
			.param("gName", h.groupName()).param("on", h.inspectedOn()).param("who", h.inspectors())
			.param("hazards", sheet.hazards().size()).param("by", h.recordedBy()).param("at", utc(at)).update();
		for (InspectionSheet.Finding f : sheet.findings()) {
			jdbc.sql("""
					insert into inspection_item (inspection_id, seq, county_id, scope_path, item_id, wording, passed, note)
					values (:i, :seq, :c, :path, :item, :w, :passed, :note)""")
				.param("i", id).param("seq", f.seq()).param("c", h.countyId()).param("path", h.scopePath())
				.param("item", f.itemId()).param("w", f.wording()).param("passed", f.passed()).param("note", f.note()).update();
		}
		Map<Integer, Long> tasks = new LinkedHashMap<>();
		for (InspectionSheet.Hazard hazard : sheet.hazards()) {
			long task = ids.next();
			jdbc.sql("""
					insert into rectification (id, county_id, scope_path, village_id, inspection_id, item_seq, hazard,
					  responsible, found_on, deadline, status, version)
					values (:id, :c, :path, :v, :i, :seq, :hazard, :who, :on, :due, 'OPEN', 0)""")
				.param("id", task).param("c", h.countyId()).param("path", h.scopePath()).param("v", h.villageId())
				.param("i", id).param("seq", hazard.seq()).param("hazard", hazard.description())
				.param("who", hazard.responsible()).param("on", h.inspectedOn()).param("due", hazard.deadline()).update();
			step(task, h.countyId(), h.scopePath(), RectificationStep.FOUND, null, hazard.deadline(), h.recordedBy(), at);
			tasks.put(hazard.seq(), task);
		}
		return new Recorded(id, tasks);
	}

	/** A task inside the scope, or nothing. */
	Optional<StoredTask> task(ScopeFilter scope, long id) {
		return scope.bind(jdbc.sql("""
				select r.id, r.county_id, r.scope_path, r.village_id, r.inspection_id, r.version, r.found_on, r.status,
				  r.deadline, r.proof_note, r.no_photo_reason, r.closed_on
				from rectification r where r.id = :id and\s""" + scope.sql()))
			.param("id", id)
			.query((rs, n) -> new StoredTask(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
					rs.getInt(6), new Rectification(rs.getObject(7, LocalDate.class),
							RectificationStatus.valueOf(rs.getString(8)), rs.getObject(9, LocalDate.class), rs.getString(10),
							rs.getString(11), rs.getObject(12, LocalDate.class))))
			.optional();
	}

	/** Saves the task's state, refusing when someone changed it since it was read. */
	void save(StoredTask stored) {
		Rectification r = stored.task();
		int changed = jdbc.sql("""
				update rectification set
				  overdue_notified_at = case when deadline = :due then overdue_notified_at end,
				  status = :s, deadline = :due, proof_note = :proof, no_photo_reason = :reason, closed_on = :closed,
				  version = version + 1
				where id = :id and version = :version""")
			.param("s", r.status().name()).param("due", r.deadline()).param("proof", r.proofNote())
			.param("reason", r.noPhotoReason()).param("closed", r.closedOn()).param("id", stored.id())
			.param("version", stored.version()).update();
		if (changed == 0) {
			throw new ConflictException("error.rectification.changed");
		}
	}

	/** Records a step of a task's history. */
	long step(long taskId, long countyId, String scopePath, RectificationStep step, String note, LocalDate deadline,
			String actor, Instant at) {
		return step(taskId, countyId, scopePath, step, note, deadline, actor, null, at);
	}

	/** Records a step of a task's history, with the account that took it. */
	long step(long taskId, long countyId, String scopePath, RectificationStep step, String note, LocalDate deadline,
			String actor, String actorUser, Instant at) {
		long id = ids.next();
		jdbc.sql("""
				insert into rectification_step (id, rectification_id, county_id, scope_path, step, note, deadline,
				  actor_name, actor_user, happened_at)
				values (:id, :r, :c, :path, :step, :note, :due, :actor, :user, :at)""")
			.param("id", id).param("r", taskId).param("c", countyId).param("path", scopePath).param("step", step.name())
			.param("note", note).param("due", deadline).param("actor", actor).param("user", actorUser)
			.param("at", utc(at)).update();
		return id;
	}

	/** The account that submitted the task's latest proof, if known. */
	java.util.Optional<String> lastProofBy(long taskId, long countyId) {
		return jdbc.sql("""
				select actor_user from rectification_step where rectification_id = :r and county_id = :c and step = 'PROOF'
				order by happened_at desc, id desc limit 1""")
			.param("r", taskId).param("c", countyId).query(String.class).optional();
	}

	static OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}
}
