package org.qunfang.cases.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
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
 * 安全检查台账 — reading inspections inside the caller's jurisdiction: the register with its filters,
 * inspections and hazards per month, and one inspection with its items, photos and tasks.
 */
@Service
public class InspectionQueries {

	/** What the register shows: a village, a kind of template, a period, with or without hazards; {@code null} for any. */
	public record Filter(Long villageId, ChecklistKind kind, LocalDate from, LocalDate to, Boolean hazards) {

		public static Filter all() {
			return new Filter(null, null, null, null, null);
		}
	}

	/** An inspection as the register shows it; {@code openTasks} counts its tasks not closed. */
	public record Row(long id, long villageId, String villageZh, String villageEn, String placeName, String groupName,
			LocalDate inspectedOn, ChecklistKind kind, String templateName, String inspectors, int hazards, int openTasks,
			String orgName, String recordedBy, Instant recordedAt, long templateId, int templateRevision) {
	}

	/** Inspections made in a month and the hazards they found. */
	public record Month(YearMonth month, long inspections, long hazards) {
	}

	/** An item of an inspection as it read that day, with its result and photos. */
	public record Item(int seq, String wording, boolean passed, String note, List<Long> photos) {
	}

	/** One inspection with its items and the tasks of its hazards. */
	public record Detail(Row inspection, List<Item> items, List<RectificationQueries.Row> tasks) {
	}

	private static final String COLUMNS = """
			select i.id, i.village_id, i.place_name, i.group_name, i.inspected_on, i.template_kind, i.template_name,
			  i.inspectors, i.hazards,
			  (select count(*) from rectification r where r.inspection_id = i.id and r.status <> 'CLOSED') as open_tasks,
			  i.org_name, i.recorded_by, i.recorded_at, i.template_id, i.template_revision
			from inspection i where\s""";

	private final JdbcClient jdbc;
	private final InspectionPhotos photos;
	private final RectificationQueries tasks;
	private final VillageNames villages;
	private final InspectionCalendar calendar;

	InspectionQueries(JdbcClient jdbc, InspectionPhotos photos, RectificationQueries tasks, VillageNames villages,
			InspectionCalendar calendar) {
		this.jdbc = jdbc;
		this.photos = photos;
		this.tasks = tasks;
		this.villages = villages;
		this.calendar = calendar;
	}

	/** The register, newest first. */
	@Transactional(readOnly = true)
	public List<Row> list(Caller caller, Filter filter) {
		caller.require(CasesPermissions.INSPECTION_VIEW);
		ScopeFilter scope = caller.jurisdiction().where("i");
		String sql = COLUMNS + scope.sql() + conditions(filter, true)
				+ " order by i.inspected_on desc, i.recorded_at desc, i.id desc";
		return rows(caller, bind(scope.bind(jdbc.sql(sql)), filter, true));
	}

	/** Inspections and hazards in each of the last twelve months, for the filter's village, kind and hazards. */
	@Transactional(readOnly = true)
	public List<Month> months(Caller caller, Filter filter) {
		caller.require(CasesPermissions.INSPECTION_VIEW);
		ScopeFilter scope = caller.jurisdiction().where("i");
		String sql = "select ym, count(*), sum(h) from (select " + Months.of("i.inspected_on") + " as ym, i.hazards as h"
				+ " from inspection i where " + scope.sql() + conditions(filter, false)
				+ " and i.inspected_on >= :start) t group by ym";
		LocalDate today = calendar.today();
		return Months.list(Months.count(bind(scope.bind(jdbc.sql(sql)), filter, false).param("start", Months.start(today)),
				today), Month::new);
	}

	@Transactional(readOnly = true)
	public Detail get(Caller caller, long id) {
		caller.require(CasesPermissions.INSPECTION_VIEW);
		ScopeFilter scope = caller.jurisdiction().where("i");
		Row row = rows(caller, scope.bind(jdbc.sql(COLUMNS + scope.sql() + " and i.id = :id")).param("id", id)).stream()
			.findFirst().orElseThrow(NotFoundException::new);
		List<InspectionPhotos.Photo> all = photos.of(id);
		List<Item> items = jdbc.sql("select seq, wording, passed, note from inspection_item where inspection_id = :i order by seq")
			.param("i", id)
			.query((rs, n) -> {
				int seq = rs.getInt(1);
				return new Item(seq, rs.getString(2), rs.getBoolean(3), rs.getString(4), all.stream()
					.filter(p -> Integer.valueOf(seq).equals(p.itemSeq())).map(InspectionPhotos.Photo::attachmentId).toList());
			})
			.list();
		return new Detail(row, items, tasks.ofInspection(caller, id));
	}

	private static String conditions(Filter filter, boolean withPeriod) {
		StringBuilder sql = new StringBuilder();
		if (filter.villageId() != null) {
			sql.append(" and i.village_id = :village");
		}
		if (filter.kind() != null) {
			sql.append(" and i.template_kind = :kind");
		}
		if (withPeriod && filter.from() != null) {
			sql.append(" and i.inspected_on >= :from");
		}
		if (withPeriod && filter.to() != null) {
			sql.append(" and i.inspected_on <= :to");
		}
		if (filter.hazards() != null) {
			sql.append(filter.hazards() ? " and i.hazards > 0" : " and i.hazards = 0");
		}
		return sql.toString();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Filter filter, boolean withPeriod) {
		JdbcClient.StatementSpec bound = spec;
		if (filter.villageId() != null) {
			bound = bound.param("village", filter.villageId());
		}
		if (filter.kind() != null) {
			bound = bound.param("kind", filter.kind().name());
		}
		if (withPeriod && filter.from() != null) {
			bound = bound.param("from", filter.from());
		}
		if (withPeriod && filter.to() != null) {
			bound = bound.param("to", filter.to());
		}
		return bound;
	}

	private List<Row> rows(Caller caller, JdbcClient.StatementSpec spec) {
		Map<Long, ScopeUnit> names = villages.of(caller.jurisdiction());
		return spec.query((rs, n) -> {
			ScopeUnit unit = names.get(rs.getLong(2));
			return new Row(rs.getLong(1), rs.getLong(2), unit == null ? "" : unit.nameZh(), unit == null ? "" : unit.nameEn(),
					rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class), ChecklistKind.valueOf(rs.getString(6)),
					rs.getString(7), rs.getString(8), rs.getInt(9), rs.getInt(10), rs.getString(11), rs.getString(12),
					rs.getObject(13, OffsetDateTime.class).toInstant(), rs.getLong(14), rs.getInt(15));
		}).list();
	}
}
