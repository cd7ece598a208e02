package org.qunfang.cases.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.qunfang.cases.CasesPermissions;
import org.qunfang.identity.Caller;
import org.qunfang.identity.ScopeFilter;
import org.qunfang.identity.ScopeUnit;
import org.qunfang.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 隐患整改台账 — reading rectification tasks inside the caller's jurisdiction: the list with its filters,
 * the tasks found and closed per month, one task with its history, and how many are overdue.
 */
@Service
public class RectificationQueries {

	/** What the list shows: a status, only overdue tasks, one village; {@code null} for any. */
	public record Filter(RectificationStatus status, boolean overdueOnly, Long villageId) {

		public static Filter all() {
			return new Filter(null, false, null);
		}
	}

	/** A task as lists show it; {@code overdueDays} is zero unless it is overdue. */
	public record Row(long id, long inspectionId, long villageId, String villageZh, String villageEn, String placeName,
			int itemSeq, String hazard, String responsible, LocalDate foundOn, LocalDate deadline,
			RectificationStatus status, LocalDate closedOn, long overdueDays) {

		public boolean overdue() {
			return overdueDays > 0;
		}
	}

	/** Tasks found (by the day of the inspection) and closed in a month. */
	public record Month(YearMonth month, long found, long closed) {
	}

	/** A step of a task's history with the photos submitted with it. */
	public record Step(long id, RectificationStep step, String note, LocalDate deadline, String actorName, Instant at,
			List<Long> photos) {
	}

	/** One task with the item it came from, the proof now on file, photos waiting to be submitted, history. */
	public record Detail(Row task, String itemWording, String itemNote, List<Long> itemPhotos, String proofNote,
			String noPhotoReason, List<Long> pendingPhotos, List<Step> history) {
	}

	private static final String COLUMNS = """
			select r.id, r.inspection_id, r.village_id, i.place_name, r.item_seq, r.hazard, r.responsible, r.found_on,
			  r.deadline, r.status, r.closed_on
			from rectification r join inspection i on i.id = r.inspection_id
			where\s""";

	private final JdbcClient jdbc;
	private final InspectionPhotos photos;
	private final VillageNames villages;
	private final InspectionCalendar calendar;

	RectificationQueries(JdbcClient jdbc, InspectionPhotos photos, VillageNames villages, InspectionCalendar calendar) {
		this.jdbc = jdbc;
		this.photos = photos;
		this.villages = villages;
		this.calendar = calendar;
	}

	/** Open tasks first, by deadline; then closed ones. */
	@Transactional(readOnly = true)
	public List<Row> list(Caller caller, Filter filter) {
		caller.require(CasesPermissions.INSPECTION_VIEW);
		ScopeFilter scope = caller.jurisdiction().where("r");
		StringBuilder sql = new StringBuilder(COLUMNS).append(scope.sql());
		if (filter.status() != null) {
			sql.append(" and r.status = :status");
		}
		if (filter.overdueOnly()) {
			sql.append(" and r.status <> 'CLOSED' and r.deadline < :today");
		}
		if (filter.villageId() != null) {
			sql.append(" and r.village_id = :village");
		}
		sql.append(" order by case when r.status = 'CLOSED' then 1 else 0 end, r.deadline, r.id");
		JdbcClient.StatementSpec spec = scope.bind(jdbc.sql(sql.toString())).param("today", calendar.today());
		if (filter.status() != null) {
			spec = spec.param("status", filter.status().name());
		}
		if (filter.villageId() != null) {
			spec = spec.param("village", filter.villageId());
		}
		return rows(caller, spec);
	}

	/** The tasks of one inspection (already checked to be inside the jurisdiction). */
	List<Row> ofInspection(Caller caller, long inspectionId) {
		ScopeFilter scope = caller.jurisdiction().where("r");
		return rows(caller, scope.bind(jdbc.sql(COLUMNS + scope.sql() + " and r.inspection_id = :i order by r.item_seq"))
			.param("i", inspectionId));
	}

	/** Tasks found and closed in each of the last twelve months, in the village filtered (if any). */
	@Transactional(readOnly = true)
	public List<Month> months(Caller caller, Long villageId) {
		caller.require(CasesPermissions.INSPECTION_VIEW);
		ScopeFilter scope = caller.jurisdiction().where("r");
		String village = villageId == null ? "" : " and r.village_id = :village";
		String sql = "select ym, sum(f), sum(c) from (select " + Months.of("r.found_on") + " as ym, 1 as f, 0 as c"
				+ " from rectification r where " + scope.sql() + village + " and r.found_on >= :start"
				+ " union all select " + Months.of("r.closed_on") + " as ym, 0 as f, 1 as c from rectification r where "
				+ scope.sql() + village + " and r.closed_on >= :start) t group by ym";
		LocalDate today = calendar.today();
		JdbcClient.StatementSpec spec = scope.bind(jdbc.sql(sql)).param("start", Months.start(today));
		if (villageId != null) {
			spec = spec.param("village", villageId);
		}
		return Months.list(Months.count(spec, today), Month::new);
	}

	/** How many tasks inside the caller's jurisdiction are overdue today. */
	@Transactional(readOnly = true)
	public long overdueCount(Caller caller) {
		caller.require(CasesPermissions.INSPECTION_VIEW);
		ScopeFilter scope = caller.jurisdiction().where("r");
		return scope.bind(jdbc.sql("select count(*) from rectification r where " + scope.sql()
				+ " and r.status <> 'CLOSED' and r.deadline < :today")).param("today", calendar.today()).query(Long.class).single();
	}

	@Transactional(readOnly = true)
	public Detail get(Caller caller, long id) {
		caller.require(CasesPermissions.INSPECTION_VIEW);
		ScopeFilter scope = caller.jurisdiction().where("r");
		Row task = rows(caller, scope.bind(jdbc.sql(COLUMNS + scope.sql() + " and r.id = :id")).param("id", id)).stream()
			.findFirst().orElseThrow(NotFoundException::new);
		List<InspectionPhotos.Photo> all = photos.of(task.inspectionId());
		List<Step> history = jdbc.sql("""
				select id, step, note, deadline, actor_name, happened_at from rectification_step
				where rectification_id = :r order by happened_at, id""")
			.param("r", id)
			.query((rs, n) -> {
				long step = rs.getLong(1);
				return new Step(step, RectificationStep.valueOf(rs.getString(2)), rs.getString(3),
						rs.getObject(4, LocalDate.class), rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant(),
						all.stream().filter(p -> Long.valueOf(step).equals(p.stepId())).map(InspectionPhotos.Photo::attachmentId)
							.toList());
			})
			.list();
		return jdbc.sql("""
				select it.wording, it.note, r.proof_note, r.no_photo_reason
				from rectification r join inspection_item it on it.inspection_id = r.inspection_id and it.seq = r.item_seq
				where r.id = :id""")
			.param("id", id)
			.query((rs, n) -> new Detail(task, rs.getString(1), rs.getString(2),
					all.stream().filter(p -> Integer.valueOf(task.itemSeq()).equals(p.itemSeq()))
						.map(InspectionPhotos.Photo::attachmentId).toList(),
					rs.getString(3), rs.getString(4),
					all.stream().filter(p -> Long.valueOf(id).equals(p.rectificationId()) && p.stepId() == null)
						.map(InspectionPhotos.Photo::attachmentId).toList(),
					history))
			.single();
	}

	private List<Row> rows(Caller caller, JdbcClient.StatementSpec spec) {
		Map<Long, ScopeUnit> names = villages.of(caller.jurisdiction());
		LocalDate today = calendar.today();
		return spec.query((rs, n) -> {
			long village = rs.getLong(3);
			ScopeUnit unit = names.get(village);
			LocalDate deadline = rs.getObject(9, LocalDate.class);
			RectificationStatus status = RectificationStatus.valueOf(rs.getString(10));
			boolean overdue = new Rectification(rs.getObject(8, LocalDate.class), status, deadline, null, null, null)
				.overdue(today);
			return new Row(rs.getLong(1), rs.getLong(2), village, unit == null ? "" : unit.nameZh(),
					unit == null ? "" : unit.nameEn(), rs.getString(4), rs.getInt(5), rs.getString(6), rs.getString(7),
					rs.getObject(8, LocalDate.class), deadline, status, rs.getObject(11, LocalDate.class),
					overdue ? ChronoUnit.DAYS.between(deadline, today) : 0);
		}).list();
	}
}
