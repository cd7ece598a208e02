package org.qunfang.cases.suggestion;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.qunfang.identity.ScopeFilter;
import org.qunfang.platform.ConflictException;
import org.qunfang.platform.IdGenerator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The suggestion book's rows and their history; the one place that reads and writes them. */
@Repository
public class Suggestions {

	private static final String AWAITING = "s.status in ('SUBMITTED', 'REOPENED')";

	private final JdbcClient jdbc;
	private final IdGenerator ids;

	Suggestions(JdbcClient jdbc, IdGenerator ids) {
		this.jdbc = jdbc;
		this.ids = ids;
	}

	void insert(Suggestion s) {
		jdbc.sql("""
				insert into suggestion (id, county_id, village_id, scope_path, owner_org_id, owner_name, kind, content,
				  anonymous, name_cipher, phone_cipher, tracking_hash, status, submitted_at, due_at, escalated_at,
				  escalations, reply, replied_at, replied_by, outcome_note, closed_at, version)
				values (:id, :county, :village, :path, :owner, :ownerName, :kind, :content, :anonymous, :name, :phone,
				  :hash, :status, :submitted, :due, :escalated, :escalations, :reply, :replied, :repliedBy, :note,
				  :closed, 0)""")
			.param("id", s.id()).param("county", s.countyId()).param("village", s.villageId()).param("path", s.scopePath())
			.param("owner", s.ownerOrgId()).param("ownerName", s.ownerName()).param("kind", s.kind().name())
			.param("content", s.content()).param("anonymous", s.anonymous()).param("name", s.nameCipher())
			.param("phone", s.phoneCipher()).param("hash", s.trackingHash()).param("status", s.status().name())
			.param("submitted", utc(s.submittedAt())).param("due", utc(s.dueAt())).param("escalated", utc(s.escalatedAt()))
			.param("escalations", s.escalations()).param("reply", s.reply()).param("replied", utc(s.repliedAt()))
			.param("repliedBy", s.repliedBy()).param("note", s.outcomeNote()).param("closed", utc(s.closedAt()))
			.update();
	}

	/** Saves a changed suggestion and returns it as saved; refuses if someone else changed it since it was read. */
	Suggestion update(Suggestion s) {
		int changed = jdbc.sql("""
				update suggestion set status = :status, due_at = :due, escalated_at = :escalated,
				  escalations = :escalations, reply = :reply, replied_at = :replied, replied_by = :repliedBy,
				  outcome_note = :note, closed_at = :closed, version = version + 1
				where id = :id and version = :version""")
			.param("status", s.status().name()).param("due", utc(s.dueAt())).param("escalated", utc(s.escalatedAt()))
			.param("escalations", s.escalations()).param("reply", s.reply()).param("replied", utc(s.repliedAt()))
			.param("repliedBy", s.repliedBy()).param("note", s.outcomeNote()).param("closed", utc(s.closedAt()))
			.param("id", s.id()).param("version", s.version()).update();
		if (changed != 1) {
			throw new ConflictException("error.concurrent-change");
		}
		return s.saved();
	}

	void addStep(Suggestion s, String step, String actor, String note, Instant at) {
		jdbc.sql("""
				insert into suggestion_step (id, suggestion_id, county_id, step, actor, note, occurred_at)
				values (:id, :s, :c, :step, :actor, :note, :at)""")
			.param("id", ids.next()).param("s", s.id()).param("c", s.countyId()).param("step", step)
			.param("actor", actor).param("note", note).param("at", utc(at)).update();
	}

	public List<SuggestionStep> steps(Suggestion s) {
		return jdbc.sql("""
				select step, actor, note, occurred_at from suggestion_step
				where suggestion_id = :s and county_id = :c order by occurred_at, id""")
			.param("s", s.id()).param("c", s.countyId())
			.query((rs, n) -> new SuggestionStep(rs.getString("step"), rs.getString("actor"), rs.getString("note"),
					instant(rs, "occurred_at")))
			.list();
	}

	public Optional<Suggestion> find(long id) {
		return jdbc.sql("select * from suggestion s where s.id = :id").param("id", id).query(Suggestions::map).optional();
	}

	public Optional<Suggestion> findByTrackingHash(String hash) {
		return jdbc.sql("select * from suggestion s where s.tracking_hash = :h").param("h", hash).query(Suggestions::map)
			.optional();
	}

	/** The register: suggestions inside the scope matching the filter, newest first. */
	public List<Suggestion> list(ScopeFilter scope, SuggestionFilter filter, Instant now, Instant since, int limit) {
		String sql = "select * from suggestion s where " + where(scope, filter) + " order by s.submitted_at desc, s.id desc limit :limit";
		return bind(scope, sql, filter, now, since).param("limit", limit).query(Suggestions::map).list();
	}

	/** How many suggestions inside the scope match the filter. */
	public long count(ScopeFilter scope, SuggestionFilter filter, Instant now) {
		return bind(scope, "select count(*) from suggestion s where " + where(scope, filter), filter, now, Instant.EPOCH)
			.query(Long.class).single();
	}

	private static String where(ScopeFilter scope, SuggestionFilter filter) {
		return scope.sql() + " " + """
				and (cast(:village as bigint) is null or s.village_id = :village)
				and (cast(:kind as varchar(20)) is null or s.kind = :kind)
				and (cast(:status as varchar(30)) is null or s.status = :status)
				and s.submitted_at >= :since""" + (filter.awaiting() || filter.overdue() ? " and " + AWAITING : "")
				+ (filter.overdue() ? " and s.due_at < :now" : "");
	}

	private JdbcClient.StatementSpec bind(ScopeFilter scope, String sql, SuggestionFilter filter, Instant now, Instant since) {
		return scope.bind(jdbc.sql(sql)).param("village", filter.villageId())
			.param("kind", filter.kind() == null ? null : filter.kind().name())
			.param("status", filter.status() == null ? null : filter.status().name()).param("since", utc(since))
			.param("now", utc(now));
	}

	/** Suggestions whose reply is overdue and not yet escalated, oldest deadline first (every county). */
	List<Suggestion> overdueUnescalated(Instant now, int limit) {
		return jdbc.sql("select * from suggestion s where " + AWAITING
				+ " and s.due_at < :now and s.escalated_at is null order by s.due_at, s.id limit :limit")
			.param("now", utc(now)).param("limit", limit).query(Suggestions::map).list();
	}

	/** A village's answered opinions and suggestions, for its public page, newest reply first. */
	List<Suggestion> publicReplies(long villageId, int limit) {
		return jdbc.sql("""
				select * from suggestion s where s.village_id = :v and s.kind in ('OPINION', 'SUGGESTION')
				and s.reply is not null order by s.replied_at desc, s.id desc limit :limit""")
			.param("v", villageId).param("limit", limit).query(Suggestions::map).list();
	}

	/** How many of a village's opinions and suggestions await a reply, and how many of those are overdue. */
	long[] publicWaiting(long villageId, Instant now) {
		return jdbc.sql("select count(*), sum(case when s.due_at < :now then 1 else 0 end) from suggestion s"
				+ " where s.village_id = :v and s.kind in ('OPINION', 'SUGGESTION') and " + AWAITING)
			.param("v", villageId).param("now", utc(now))
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
	}

	private static Suggestion map(ResultSet rs, int row) throws SQLException {
		return new Suggestion(rs.getLong("id"), rs.getLong("county_id"), rs.getLong("village_id"),
				rs.getString("scope_path"), rs.getObject("owner_org_id", Long.class), rs.getString("owner_name"),
				SuggestionKind.valueOf(rs.getString("kind")), rs.getString("content"), rs.getBoolean("anonymous"),
				rs.getString("name_cipher"), rs.getString("phone_cipher"), rs.getString("tracking_hash"),
				SuggestionStatus.valueOf(rs.getString("status")), instant(rs, "submitted_at"), instant(rs, "due_at"),
				instant(rs, "escalated_at"), rs.getInt("escalations"), rs.getString("reply"), instant(rs, "replied_at"),
				rs.getString("replied_by"), rs.getString("outcome_note"), instant(rs, "closed_at"), rs.getInt("version"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}
}
