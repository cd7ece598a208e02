package org.qunfang.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qunfang.platform.publicform.RateLimits;
import org.qunfang.support.IntegrationTest;
import org.qunfang.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A villager asks about a line of a published statement from the public page, without an account; the
 * village's director answers in the app; the page shows the question, awaiting its answer and then with
 * it, under the asker's masked name. What fails the checks writes nothing.
 */
class QuestionsTest extends IntegrationTest {

	private static final Pattern QUESTION = Pattern.compile("id=\"challenge-question\"[^>]*>(\\d+) 加 (\\d+)");
	private static final Pattern TOKEN = Pattern.compile("name=\"challengeToken\" value=\"([^\"]+)\"");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RateLimits limits;

	@BeforeEach
	void forgetCounts() {
		limits.clear();
	}

	@Test
	void aVillagerAsksAboutALineAndTheVillageAnswersInPublic() {
		Township township = new Township(fixtures, clock);
		Township.Village v = township.village("溪口村");
		long statement = township.publish(v, township.bookMonth(v, 2, 260_000, 88_800, "溪口村巡逻队"));
		int line = lineOf(statement, "支出\t");

		WebSession villager = browser();
		HttpResponse<String> asked = ask(villager, statement, Map.of("line", Integer.toString(line), "question",
				"巡逻工资 888 元发给了几个人？", "name", "溪口村李大山"));
		assertThat(asked.statusCode()).isEqualTo(302);
		assertThat(asked.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
			.endsWith("/public/villages/" + v.id() + "/funds#statement-" + statement));
		Map<String, Object> row = jdbc.sql("select * from disclosure_question where statement_id = :s").param("s", statement)
			.query().singleRow();
		assertThat(row).containsEntry("line_no", line).containsEntry("line_text", "支出 巡逻工资 · 溪口村巡逻队 · 1笔 888.00");
		assertThat(row.values().stream().map(String::valueOf)).noneMatch(value -> value.contains("溪口村李大山"));
		assertThat(jdbc.sql("select count(*) from notification where message_key = 'disclosure.notice.question'"
				+ " and scope_path = :p").param("p", township.unit.scopePath()).query(Long.class).single()).isEqualTo(1);

		String page = villager.get("/public/villages/" + v.id() + "/funds").body();
		assertThat(page).contains("巡逻工资 888 元发给了几个人？", "溪*****", "待答复").doesNotContain("溪口村李大山");

		WebSession director = signedIn(v.director().username());
		assertThat(director.get("/disclosure/villages/" + v.id()).body()).contains("巡逻工资 888 元发给了几个人？");
		long question = ((Number) row.get("id")).longValue();
		HttpResponse<String> answered = director.post("/disclosure/questions/" + question + "/answer",
				Map.of("village", Long.toString(v.id()), "answer", "发给巡逻队 4 名队员，每人 222 元。"));
		assertThat(answered.statusCode()).isEqualTo(302);
		assertThat(villager.get("/public/villages/" + v.id() + "/funds").body()).contains("发给巡逻队 4 名队员，每人 222 元。")
			.doesNotContain("待答复");
		assertThat(director.post("/disclosure/questions/" + question + "/answer",
				Map.of("village", Long.toString(v.id()), "answer", "改一下答复")).statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("select answer from disclosure_question where id = :id").param("id", question)
			.query(String.class).single()).as("answered once").isEqualTo("发给巡逻队 4 名队员，每人 222 元。");
		WebSession foreign = signedIn("b.director");
		foreign.get("/disclosure");
		assertThat(foreign.post("/disclosure/questions/" + fixtures.id("questionA") + "/answer",
				Map.of("village", Long.toString(fixtures.id("A")), "answer", "别村答复")).statusCode()).isEqualTo(404);
	}

	@Test
	void aWrongAnswerTheHoneypotOrNoLineWriteNothing() {
		long statement = fixtures.id("statementA");
		long before = questions();
		WebSession villager = browser();
		HttpResponse<String> wrong = ask(villager, statement, Map.of("line", "9", "question", "为什么？", "answer", "99"));
		assertThat(wrong.statusCode()).isEqualTo(422);
		assertThat(wrong.body()).contains("验证题答错了");
		assertThat(ask(villager, statement, Map.of("line", "9", "question", "为什么？", "website", "http://spam"))
			.statusCode()).isEqualTo(422);
		HttpResponse<String> noLine = ask(villager, statement, Map.of("line", "999", "question", "为什么？"));
		assertThat(noLine.statusCode()).isEqualTo(422);
		assertThat(noLine.body()).contains("请选择表中的一行");
		assertThat(ask(villager, statement, Map.of("line", "9", "question", "<script>alert(1)</script>")).statusCode())
			.isEqualTo(422);
		assertThat(questions()).isEqualTo(before);
		assertThat(villager.get("/public/statements/999999999/ask").statusCode()).isEqualTo(404);
	}

	private long questions() {
		return jdbc.sql("select count(*) from disclosure_question").query(Long.class).single();
	}

	private int lineOf(long statement, String prefix) {
		String text = jdbc.sql("select statement_text from disclosure_statement where id = :id").param("id", statement)
			.query(String.class).single();
		String[] lines = text.split("\n");
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].startsWith(prefix)) {
				return i + 1;
			}
		}
		throw new AssertionError("no line " + prefix);
	}

	/** Opens the question form, answers its small sum (unless the fields do) and sends the fields. */
	private static HttpResponse<String> ask(WebSession villager, long statement, Map<String, String> fields) {
		String form = villager.get("/public/statements/" + statement + "/ask").body();
		Matcher q = QUESTION.matcher(form);
		Matcher t = TOKEN.matcher(form);
		if (!q.find() || !t.find()) {
			throw new IllegalStateException("no challenge on the form");
		}
		Map<String, String> body = new LinkedHashMap<>();
		body.put("answer", Integer.toString(Integer.parseInt(q.group(1)) + Integer.parseInt(q.group(2))));
		body.put("challengeToken", t.group(1));
		body.putAll(fields);
		return villager.post("/public/statements/" + statement + "/questions", body);
	}
}
