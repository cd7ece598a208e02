package org.qunfang.cases.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.qunfang.cases.CasesPermissions;
import org.qunfang.identity.Caller;
import org.qunfang.identity.PersonalData;
import org.qunfang.identity.ScopeFilter;
import org.qunfang.organization.registry.Page;
import org.qunfang.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the case register: pages of lines, the whole register for export, a case, counts by month. */
@Service
public class CaseQueries {

	static final int EXPORT_CHUNK = 2000;

	private static final String COLUMNS = """
			r.id, r.case_no, r.village_id, r.case_type, r.occurred_at, r.reported_at, r.place, r.summary, r.loss_fen,
			r.reporter_name, r.channel, r.owner_org_name, r.status, r.outcome, r.ended_at""";

	private final JdbcClient jdbc;
	private final PersonalData personalData;
	private final ZoneId zone;

	CaseQueries(JdbcClient jdbc, PersonalData personalData, ZoneId zone) {
		this.jdbc = jdbc;
		this.personalData = personalData;
		this.zone = zone;
	}

	/** A page of the register, newest occurrence first. */
	@Transactional(readOnly = true)
	public Page<CaseRow> page(Caller caller, CaseFilter filter, int page, int size) {
		caller.require(CasesPermissions.CASE_VIEW);
		Where where = where(caller, filter);
		long total = jdbc.sql("select count(*) from case_record r where " + where.sql).params(where.params)
			.query(Long.class).single();
		List<CaseRow> rows = jdbc.sql("select " + COLUMNS + " from case_record r where " + where.sql
				+ " order by r.occurred_at desc, r.id desc limit :limit offset :offset")
			.params(where.params).param("limit", size).param("offset", (long) page * size)
			.query(CaseQueries::row).list();
		return new Page<>(withParties(caller.jurisdiction().countyId(), rows), page, size, total);
	}

	/**
	 * The whole filtered register for export, read in chunks (newest first) so that a county's register
	 * of any size streams without being held in memory.
	 */
	public Stream<CaseRow> all(Caller caller, CaseFilter filter) {
		caller.require(CasesPermissions.CASE_VIEW);
		Where where = where(caller, filter);
		Spliterator<CaseRow> chunks = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED) {
			private List<CaseRow> chunk = List.of();
			private int next;
			private boolean done;

			@Override
			public boolean tryAdvance(Consumer<? super CaseRow> action) {
				if (next == chunk.size()) {
					if (done) {
						return false;
					}
					CaseRow last = chunk.isEmpty() ? null : chunk.getLast();
					chunk = chunkAfter(where, last);
					next = 0;
					done = chunk.size() < EXPORT_CHUNK;
					if (chunk.isEmpty()) {
						return false;
					}
				}
				action.accept(chunk.get(next++));
				return true;
			}
		};
		return StreamSupport.stream(chunks, false);
	}

	private List<CaseRow> chunkAfter(Where where, CaseRow last) {
		String after = last == null ? "" : " and (r.occurred_at < :lastAt or (r.occurred_at = :lastAt and r.id < :lastId))";
		var statement = jdbc.sql("select " + COLUMNS + " from case_record r where " + where.sql + after
				+ " order by r.occurred_at desc, r.id desc limit :limit").params(where.params).param("limit", EXPORT_CHUNK);
		if (last != null) {
			statement = statement.param("lastAt", CaseFiles.utc(last.occurredAt())).param("lastId", last.id());
		}
		return withParties((Long) where.params.get("qfCounty"), statement.query(CaseQueries::row).list());
	}

	/** Cases by month of occurrence, for the twelve months up to and including {@code last}. */
	@Transactional(readOnly = true)
	public Map<YearMonth, Long> byMonth(Caller caller, CaseFilter filter, YearMonth last) {
		caller.require(CasesPermissions.CASE_VIEW);
		YearMonth first = last.minusMonths(11);
		CaseFilter window = new CaseFilter(filter.villageId(), filter.caseType(), filter.status(), filter.channel(),
				first.atDay(1), last.atEndOfMonth(), filter.text());
		Where where = where(caller, window);
		Map<YearMonth, Long> counts = new LinkedHashMap<>();
		for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
			counts.put(m, 0L);
		}
		jdbc.sql("select r.occurred_at from case_record r where " + where.sql).params(where.params).query(rs -> {
			YearMonth month = YearMonth.from(rs.getObject(1, OffsetDateTime.class).atZoneSameInstant(zone));
			counts.computeIfPresent(month, (m, n) -> n + 1);
		});
		return counts;
	}

	/** One case inside the caller's jurisdiction. */
	@Transactional(readOnly = true)
	public CaseDetail detail(Caller caller, long caseId) {
		caller.require(CasesPermissions.CASE_VIEW);
		ScopeFilter scope = caller.jurisdiction().where("r");
		record Extra(long countyId, long ownerOrgId, Long groupId, Double lat, Double lon, String sourceKind, Long sourceId,
				String referredTo, String registeredName) {
		}
		Map<Long, Extra> extra = new HashMap<>();
		CaseRow row = scope.bind(jdbc.sql("select " + COLUMNS + """
				, r.county_id, r.owner_org_id, r.group_id, r.latitude, r.longitude, r.source_kind, r.source_id, r.referred_to,
				  r.registered_name
				from case_record r where r.id = :id and\s""" + scope.sql())).param("id", caseId).query((rs, n) -> {
					extra.put(rs.getLong(1), new Extra(rs.getLong(16), rs.getLong(17), (Long) rs.getObject(18),
							(Double) rs.getObject(19), (Double) rs.getObject(20), rs.getString(21), (Long) rs.getObject(22),
							rs.getString(23), rs.getString(24)));
					return row(rs, n);
				}).optional().orElseThrow(NotFoundException::new);
		Extra e = extra.get(caseId);
		List<CaseDetail.Party> parties = jdbc.sql("""
				select party_role, name, resident_id, phone_cipher, note from case_party where case_id = :id and county_id = :c
				order by sort_order""")
			.param("id", caseId).param("c", e.countyId())
			.query((rs, n) -> new CaseDetail.Party(PartyRole.valueOf(rs.getString(1)), rs.getString(2), (Long) rs.getObject(3),
					rs.getString(4) == null ? null : personalData.masked(PersonalData.Kind.PHONE, rs.getString(4)),
					rs.getString(5)))
			.list();
		List<CaseDetail.Step> steps = jdbc.sql("""
				select kind, note, from_org_id, to_org_id, referred_to, by_name, step_at from case_step
				where case_id = :id and county_id = :c order by step_at, id""").param("id", caseId).param("c", e.countyId())
			.query((rs, n) -> new CaseDetail.Step(StepKind.valueOf(rs.getString(1)), rs.getString(2), (Long) rs.getObject(3),
					(Long) rs.getObject(4), rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant()))
			.list();
		List<Long> photos = jdbc.sql("""
				select attachment_id from case_photo where case_id = :id and county_id = :c order by attachment_id""")
			.param("id", caseId).param("c", e.countyId()).query(Long.class).list();
		return new CaseDetail(withParties(e.countyId(), List.of(row)).getFirst(), e.countyId(), e.ownerOrgId(), e.groupId(), e.lat(),
				e.lon(), e.sourceKind(), e.sourceId(), e.referredTo(), e.registeredName(), parties, steps, photos);
	}

	private List<CaseRow> withParties(long countyId, List<CaseRow> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Long, List<String>> names = new HashMap<>();
		jdbc.sql("""
				select case_id, name from case_party where county_id = :c and case_id in (:ids) order by case_id, sort_order""")
			.param("c", countyId).param("ids", rows.stream().map(CaseRow::id).toList())
			.query(rs -> {
				names.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
			});
		List<CaseRow> out = new ArrayList<>(rows.size());
		for (CaseRow r : rows) {
			List<String> parties = List.copyOf(names.getOrDefault(r.id(), Collections.emptyList()));
			out.add(new CaseRow(r.id(), r.caseNo(), r.villageId(), r.caseType(), r.occurredAt(), r.reportedAt(), r.place(),
					r.summary(), r.lossFen(), r.reporterName(), r.channel(), r.ownerOrgName(), r.status(), r.outcome(), parties,
					r.endedAt()));
		}
		return out;
	}

	private record Where(String sql, Map<String, Object> params) {
	}

	/** The filter as SQL over alias r; every value is a bound parameter. */
	private Where where(Caller caller, CaseFilter f) {
		ScopeFilter scope = caller.jurisdiction().where("r");
		StringBuilder sql = new StringBuilder(scope.sql());
		Map<String, Object> params = new HashMap<>(scope.params());
		if (f.villageId() != null) {
			sql.append(" and r.village_id = :village");
			params.put("village", f.villageId());
		}
		if (f.caseType() != null && !f.caseType().isBlank()) {
			sql.append(" and r.case_type = :type");
			params.put("type", f.caseType());
		}
		if (f.status() != null) {
			sql.append(" and r.status = :status");
			params.put("status", f.status().name());
		}
		if (f.channel() != null) {
			sql.append(" and r.channel = :channel");
			params.put("channel", f.channel().name());
		}
		if (f.from() != null) {
			sql.append(" and r.occurred_at >= :from");
			params.put("from", f.from().atStartOfDay(zone).toOffsetDateTime());
		}
		if (f.to() != null) {
			sql.append(" and r.occurred_at < :to");
			params.put("to", f.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
		}
		if (f.text() != null && !f.text().isBlank()) {
			sql.append(" and (lower(r.case_no) like :text escape '\\' or lower(r.summary) like :text escape '\\'"
					+ " or lower(r.place) like :text escape '\\')");
			params.put("text", "%" + f.text().strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
				.replace("%", "\\%").replace("_", "\\_") + "%");
		}
		return new Where(sql.toString(), params);
	}

	private static CaseRow row(ResultSet rs, int n) throws SQLException {
		OffsetDateTime ended = rs.getObject(15, OffsetDateTime.class);
		return new CaseRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
				rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getObject(6, OffsetDateTime.class).toInstant(),
				rs.getString(7), rs.getString(8), rs.getLong(9), rs.getString(10), CaseChannel.valueOf(rs.getString(11)),
				rs.getString(12), CaseStatus.valueOf(rs.getString(13)), rs.getString(14), List.of(), ended == null ? null
						: ended.toInstant());
	}
}
