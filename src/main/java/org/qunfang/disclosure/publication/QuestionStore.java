package org.qunfang.disclosure.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.qunfang.identity.Jurisdiction;
import org.qunfang.identity.ScopeFilter;
import org.qunfang.platform.crypto.Masking;
import org.qunfang.platform.crypto.PersonalDataCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rows of villagers' questions: the asker's name encrypted, read back only masked. */
@Component
class QuestionStore {

	/** A question to file, with the statement's place it belongs to. */
	record NewQuestion(long id, PublishedStatement statement, int lineNo, String lineText, String question, String asker,
			Instant askedAt) {
	}

	private final JdbcClient jdbc;
	private final PersonalDataCipher cipher;

	QuestionStore(JdbcClient jdbc, PersonalDataCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	void insert(NewQuestion q) {
		jdbc.sql("""
				insert into disclosure_question (id, county_id, scope_path, village_id, statement_id, line_no, line_text,
				  question, asker_cipher, asked_at)
				values (:id, :c, :p, :v, :s, :line, :text, :q, :asker, :at)""")
			.param("id", q.id()).param("c", q.statement().countyId()).param("p", q.statement().scopePath())
			.param("v", q.statement().villageId()).param("s", q.statement().id()).param("line", q.lineNo())
			.param("text", q.lineText()).param("q", q.question()).param("asker", cipher.encrypt(q.asker()))
			.param("at", q.askedAt().atOffset(ZoneOffset.UTC)).update();
	}

	Optional<Question> find(long id) {
		return jdbc.sql("select * from disclosure_question where id = :id").param("id", id).query(this::row).optional();
	}

	/** Records the answer of a question that has none; false if it was answered meanwhile. */
	boolean answer(Question q, String answer, String by, String name, Instant at) {
		return jdbc.sql("""
				update disclosure_question set answer = :a, answered_by = :by, answered_name = :name, answered_at = :at
				where id = :id and county_id = :c and answer is null""").param("a", answer).param("by", by)
			.param("name", name).param("at", at.atOffset(ZoneOffset.UTC)).param("id", q.id()).param("c", q.countyId())
			.update() == 1;
	}

	/** A village's questions, the unanswered first, then the newest. */
	List<Question> ofVillage(long countyId, long villageId) {
		return jdbc.sql("""
				select * from disclosure_question where county_id = :c and village_id = :v
				order by case when answer is null then 0 else 1 end, asked_at desc""").param("c", countyId)
			.param("v", villageId).query(this::row).list();
	}

	/** How many questions await an answer in each village of the jurisdiction. */
	Map<Long, Integer> awaitingIn(Jurisdiction jurisdiction) {
		ScopeFilter scope = jurisdiction.where("q");
		return scope.bind(jdbc.sql("select q.village_id, count(*) as n from disclosure_question q where " + scope.sql()
				+ " and q.answer is null group by q.village_id"))
			.query((rs, n) -> Map.entry(rs.getLong("village_id"), rs.getInt("n"))).list().stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private Question row(ResultSet rs, int n) throws SQLException {
		OffsetDateTime answeredAt = rs.getObject("answered_at", OffsetDateTime.class);
		return new Question(rs.getLong("id"), rs.getLong("county_id"), rs.getLong("village_id"), rs.getLong("statement_id"),
				rs.getInt("line_no"), rs.getString("line_text"), rs.getString("question"),
				Masking.name(cipher.decrypt(rs.getString("asker_cipher"))),
				rs.getObject("asked_at", OffsetDateTime.class).toInstant(), rs.getString("answer"),
				rs.getString("answered_name"), answeredAt == null ? null : answeredAt.toInstant());
	}
}
