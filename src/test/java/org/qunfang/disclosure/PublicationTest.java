package org.qunfang.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qunfang.disclosure.log.VerifyCommand;
import org.qunfang.disclosure.publication.Period;
import org.qunfang.disclosure.publication.Publications;
import org.qunfang.platform.ForbiddenException;
import org.qunfang.platform.NotFoundException;
import org.qunfang.platform.RefusalException;
import org.qunfang.support.IntegrationTest;
import org.qunfang.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The township publishes a village's month; anyone downloads the statement's bundle and the county's key
 * from the village's public page and checks them offline; a changed digit, a rewritten past and a second
 * publication that is not a correction are all caught; the public sees the published statements of the
 * village and nothing else.
 */
class PublicationTest extends IntegrationTest {

	@TempDir
	Path downloads;

	@Autowired
	Publications publications;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPublishedStatementVerifiesOfflineWithTheCountysKey() throws IOException {
		Township township = new Township(fixtures, clock);
		Township.Village v = township.village("东岭村");
		Period month = township.bookMonth(v, 2, 500_000, 120_000, "东岭村巡逻队");
		long id = township.publish(v, month);

		String text = statementText(id);
		assertThat(text).startsWith("群防群治经费收支公开表\n格式\tqunfang-statement-1\n县\t测试县\n乡镇\t" + township.unit.nameZh()
				+ "\n村\t东岭村\n").contains("期初余额\t\t0.00\n", "收入\t乡镇财政\t5000.00\n", "收入合计\t\t5000.00\n",
						"支出\t巡逻工资 · 东岭村巡逻队 · 1笔\t1200.00\n", "支出合计\t\t1200.00\n",
						"经费\t东岭村巡逻经费 · 乡镇财政 · 巡逻工资、防范器材\t0.00 → 3800.00\n")
			.endsWith("期末余额\t\t3800.00\n");

		WebSession villager = browser();
		String page = villager.get("/public/villages/" + v.id() + "/funds").body();
		assertThat(page).contains("东岭村巡逻队", "3800.00", ">已验证<").doesNotContain("未通过验证");
		Path bundle = download(villager, "/public/statements/" + id + "/bundle.json", "statement.json");
		String key = villager.get("/public/villages/" + v.id() + "/funds/verifier-key.txt").body().strip();
		assertThat(page).contains(key);
		assertThat(key).startsWith("qunfang-T+");
		assertThat(verify("statement", bundle.toString(), "--key", key)).startsWith("0 verified / 已验证");
		assertThat(villager.get("/api/v1/public/statements/" + id + "/bundle").body())
			.isEqualTo(Files.readString(bundle));
		assertThat(jdbc.sql("select count(*) from operation_log where action = 'disclosure.statement.publish'"
				+ " and target_id = :id and outcome = 'SUCCESS'").param("id", Long.toString(id)).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void aNumberChangedInTheStoredStatementIsCaughtByThePageAndTheVerifier() throws IOException {
		Township township = new Township(fixtures, clock);
		Township.Village v = township.village("西岭村");
		long id = township.publish(v, township.bookMonth(v, 2, 300_000, 45_000, "西岭村巡逻队"));
		String honest = statementText(id);
		WebSession villager = browser();
		String key = villager.get("/public/villages/" + v.id() + "/funds/verifier-key.txt").body().strip();
		try {
			jdbc.sql("update disclosure_statement set statement_text = :t where id = :id")
				.param("t", honest.replace("450.00", "540.00")).param("id", id).update();
			String page = villager.get("/public/villages/" + v.id() + "/funds").body();
			assertThat(page).contains("540.00", "未通过验证", "公开内容不在签名日志中").doesNotContain(">已验证<");
			Path bundle = download(villager, "/public/statements/" + id + "/bundle.json", "tampered.json");
			assertThat(verify("statement", bundle.toString(), "--key", key))
				.startsWith("1 NOT verified / 未通过验证: the statement is not in the signed log");
		}
		finally {
			jdbc.sql("update disclosure_statement set statement_text = :t where id = :id").param("t", honest).param("id", id)
				.update();
		}
		assertThat(villager.get("/public/villages/" + v.id() + "/funds").body()).contains(">已验证<");
	}

	@Test
	void aLaterCheckpointExtendsTheOnePrintedOnAnEarlierNotice() throws IOException {
		Township township = new Township(fixtures, clock);
		Township.Village v = township.village("南岭村");
		long first = township.publish(v, township.bookMonth(v, 3, 100_000, 0, null));
		long printedSize = leafIndex(first) + 1;
		String notice = signedIn("t1.finance").get("/disclosure/statements/" + fixtures.id("statementA") + "/notice").body();
		assertThat(notice).contains("甲村群防群治经费收支公开", "验证公钥");
		township.publish(v, township.bookMonth(v, 2, 200_000, 30_000, "南岭村巡逻队"));
		Township.Village other = township.village("北岭村");
		township.publish(other, township.bookMonth(other, 2, 50_000, 0, null));

		WebSession auditor = browser();
		String base = "/public/villages/" + v.id() + "/funds/";
		Path older = download(auditor, base + "checkpoint.txt?size=" + printedSize, "old.txt");
		Path newer = download(auditor, base + "checkpoint.txt", "new.txt");
		long latest = Long.parseLong(Files.readString(newer).lines().skip(1).findFirst().orElseThrow());
		assertThat(latest).isGreaterThanOrEqualTo(printedSize + 2);
		Path proof = download(auditor, base + "consistency.txt?from=" + printedSize + "&to=" + latest, "proof.txt");
		String key = auditor.get(base + "verifier-key.txt").body().strip();
		assertThat(verify("consistency", older.toString(), newer.toString(), proof.toString(), "--key", key))
			.startsWith("0 verified / 已验证: log \"qunfang-T/statements\" grew from " + printedSize + " to " + latest);
		assertThat(verify("consistency", newer.toString(), older.toString(), proof.toString(), "--key", key))
			.startsWith("1 NOT verified");
		assertThat(auditor.get(base + "consistency.txt?from=" + latest + "&to=" + (latest + 1)).statusCode()).isEqualTo(404);
	}

	@Test
	void aPeriodIsPublishedOnceItIsOverAndAgainOnlyAsACorrectionOfTheLatest() {
		Township township = new Township(fixtures, clock);
		Township.Village v = township.village("中岭村");
		Period month = township.bookMonth(v, 2, 80_000, 0, null);
		String thisMonth = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
		long[] before = counts();
		assertThat(refusal(() -> township.publish(v, Period.parse(thisMonth)))).isEqualTo("error.disclosure.period-not-over");
		assertThat(refusal(() -> township.publish(v, Period.parse("2026-13")))).isEqualTo("error.disclosure.period");
		assertThat(counts()).as("a refusal writes nothing").isEqualTo(before);

		long first = township.publish(v, month);
		assertThat(refusal(() -> township.publish(v, month))).isEqualTo("error.disclosure.already-published");
		assertThat(refusal(() -> publications.publish(township.finance, v.id(),
				new Publications.NewPublication(month.code(), first, " ")))).isEqualTo("error.text.empty");
		long correction = publications.publish(township.finance, v.id(),
				new Publications.NewPublication(month.code(), first, "漏记一笔捐款"));
		assertThat(refusal(() -> publications.publish(township.finance, v.id(),
				new Publications.NewPublication(month.code(), first, "再更正一次")))).isEqualTo("error.disclosure.correct-latest");
		assertThat(statementText(correction)).contains("更正\t本表更正日志第 " + leafIndex(first) + " 号");
		assertThat(leafIndex(correction)).isGreaterThan(leafIndex(first));
		assertThatThrownBy(() -> publications.publish(v.director(), v.id(), new Publications.NewPublication(month.code(),
				correction, "村里也想更正"))).isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> publications.publish(fixtures.caller("t1.finance"), v.id(),
				new Publications.NewPublication(month.code(), correction, "别的乡镇"))).isInstanceOf(NotFoundException.class);

		String page = browser().get("/public/villages/" + v.id() + "/funds").body();
		assertThat(page).contains("本表是更正：漏记一笔捐款", "本表已被更正");
		assertThat(page.indexOf("statement-" + correction)).as("the latest first").isLessThan(page.indexOf("statement-" + first));
	}

	@Test
	void aVillagerSeesOnlyThePublishedStatementsOfTheVillageWhosePageItIs() {
		Township township = new Township(fixtures, clock);
		Township.Village v = township.village("上岭村");
		Township.Village neighbour = township.village("下岭村");
		township.publish(v, township.bookMonth(v, 2, 70_000, 20_000, "上岭村巡逻队"));
		township.bookMonth(v, 1, 90_000, 33_300, "上岭村未公布的收款人");
		township.publish(neighbour, township.bookMonth(neighbour, 2, 60_000, 10_000, "下岭村巡逻队"));

		WebSession villager = browser();
		String page = villager.get("/public/villages/" + v.id() + "/funds").body();
		assertThat(page).contains("上岭村巡逻队", "700.00").doesNotContain("上岭村未公布的收款人", "333.00", "下岭村巡逻队");
		assertThat(villager.get("/public/villages/" + neighbour.id() + "/funds").body()).contains("下岭村巡逻队")
			.doesNotContain("上岭村");
		assertThat(villager.get("/public/villages/" + township.unit.id() + "/funds").statusCode()).isEqualTo(404);
		assertThat(villager.get("/public/villages/999999999/funds").statusCode()).isEqualTo(404);
		assertThat(villager.get("/disclosure/villages/" + v.id()).statusCode()).as("the officials' page needs a sign-in")
			.isEqualTo(302);
		assertThat(villager.get("/public/villages/" + fixtures.id("C") + "/funds").body()).contains("还没有公布收支公开表");
	}

	@Test
	void theApiListsAVillagesStatementsWithinTheJurisdictionAndPublishes() {
		Township township = new Township(fixtures, clock);
		Township.Village v = township.village("前岭村");
		Period month = township.bookMonth(v, 2, 40_000, 0, null);
		WebSession finance = signedIn(township.finance.username());
		HttpResponse<String> created = finance.json("POST", "/api/v1/disclosure/villages/" + v.id() + "/statements",
				"{\"period\":\"" + month.code() + "\"}", Map.of());
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
			.startsWith("/api/v1/disclosure/statements/"));
		assertThat(created.body()).contains("\"period\":\"" + month.code() + "\"", "前岭村");
		HttpResponse<String> again = finance.json("POST", "/api/v1/disclosure/villages/" + v.id() + "/statements",
				"{\"period\":\"" + month.code() + "\"}", Map.of());
		assertThat(again.statusCode()).isEqualTo(422);
		assertThat(again.body()).contains("再次公布须作为更正");
		assertThat(finance.get("/api/v1/disclosure/villages/" + v.id() + "/statements").body()).contains("前岭村");
		assertThat(signedIn("t2.officer").get("/api/v1/disclosure/villages/" + v.id() + "/statements").statusCode())
			.isEqualTo(404);
	}

	private long[] counts() {
		return new long[] { jdbc.sql("select count(*) from disclosure_statement").query(Long.class).single(),
				jdbc.sql("select count(*) from disclosure_leaf").query(Long.class).single(),
				jdbc.sql("select count(*) from disclosure_checkpoint").query(Long.class).single() };
	}

	private String statementText(long id) {
		return jdbc.sql("select statement_text from disclosure_statement where id = :id").param("id", id).query(String.class)
			.single();
	}

	private long leafIndex(long id) {
		return jdbc.sql("select leaf_index from disclosure_statement where id = :id").param("id", id).query(Long.class)
			.single();
	}

	private Path download(WebSession client, String path, String name) throws IOException {
		HttpResponse<byte[]> answer = client.getBytes(path);
		assertThat(answer.statusCode()).as(path).isEqualTo(200);
		return Files.write(downloads.resolve(name), answer.body());
	}

	/** Runs the offline verifier; answers its exit status and what it printed. */
	private static String verify(String... args) {
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		int status = VerifyCommand.run(args, new PrintStream(printed, true, StandardCharsets.UTF_8));
		return status + " " + printed.toString(StandardCharsets.UTF_8);
	}

	private static String refusal(Runnable action) {
		try {
			action.run();
		}
		catch (RefusalException refused) {
			return refused.messageKey();
		}
		throw new AssertionError("not refused");
	}
}
