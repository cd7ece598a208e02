package org.qunfang.disclosure.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.qunfang.identity.Jurisdiction;
import org.qunfang.identity.ScopeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rows of published statements: inserted once, never changed. */
@Component
class StatementStore {

	private static final String SELECT = """
			select s.*, (select c.id from disclosure_statement c where c.corrects = s.id) as corrected_by
			from disclosure_statement s
			""";

	private final JdbcClient jdbc;

	StatementStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(PublishedStatement s) {
		jdbc.sql("""
				insert into disclosure_statement (id, county_id, scope_path, village_id, period_from, period_to, period_code,
				  statement_text, leaf_index, corrects, correction_reason, published_by, published_name, published_at)
				values (:id, :c, :p, :v, :from, :to, :code, :text, :leaf, :corrects, :reason, :by, :name, :at)""")
			.param("id", s.id()).param("c", s.countyId()).param("p", s.scopePath()).param("v", s.villageId())
			.param("from", s.period().from()).param("to", s.period().to()).param("code", s.period().code())
			.param("text", s.text()).param("leaf", s.leafIndex()).param("corrects", s.corrects())
			.param("reason", s.correctionReason()).param("by", s.publishedBy()).param("name", s.publishedName())
			.param("at", s.publishedAt().atOffset(ZoneOffset.UTC)).update();
	}

	Optional<PublishedStatement> find(long id) {
		return jdbc.sql(SELECT + "where s.id = :id").param("id", id).query(StatementStore::row).optional();
	}

	/** The statement of a village and period that no other corrects, if any has been published. */
	Optional<PublishedStatement> latest(long countyId, long villageId, Period period) {
		return jdbc.sql(SELECT + """
				where s.county_id = :c and s.village_id = :v and s.period_code = :code
				  and not exists (select 1 from disclosure_statement c where c.corrects = s.id)""")
			.param("c", countyId).param("v", villageId).param("code", period.code()).query(StatementStore::row).optional();
	}

	/** Every statement published for a village, the latest first. */
	List<PublishedStatement> ofVillage(long countyId, long villageId) {
		return jdbc.sql(SELECT + "where s.county_id = :c and s.village_id = :v order by s.leaf_index desc")
			.param("c", countyId).param("v", villageId).query(StatementStore::row).list();
	}

	/** How many statements each village of the jurisdiction has, and the end of its latest period. */
	List<VillageCount> countsIn(Jurisdiction jurisdiction) {
		ScopeFilter scope = jurisdiction.where("s");
		return scope.bind(jdbc.sql("select s.village_id, count(*) as statements, max(s.period_to) as latest_to"
				+ " from disclosure_statement s where " + scope.sql() + " group by s.village_id"))
			.query((rs, n) -> new VillageCount(rs.getLong("village_id"), rs.getInt("statements"),
					rs.getObject("latest_to", LocalDate.class)))
			.list();
	}

	/** A village's count of published statements and the last day of the latest period they cover. */
	record VillageCount(long villageId, int statements, LocalDate latestTo) {
	}

	private static PublishedStatement row(ResultSet rs, int n) throws SQLException {
		LocalDate from = rs.getObject("period_from", LocalDate.class);
		return new PublishedStatement(rs.getLong("id"), rs.getLong("county_id"), rs.getString("scope_path"),
				rs.getLong("village_id"), new Period(rs.getString("period_code"), from, rs.getObject("period_to", LocalDate.class)),
				rs.getString("statement_text"), rs.getLong("leaf_index"), (Long) rs.getObject("corrects", Long.class),
				rs.getString("correction_reason"), rs.getString("published_by"), rs.getString("published_name"),
				rs.getObject("published_at", OffsetDateTime.class).toInstant(),
				(Long) rs.getObject("corrected_by", Long.class));
	}
}
