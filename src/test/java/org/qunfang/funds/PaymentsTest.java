package org.qunfang.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.qunfang.funds.fees.BillViews.BillLine;
import org.qunfang.funds.fees.CollectionQueries;
import org.qunfang.funds.fees.PaymentMethod;
import org.qunfang.funds.fees.Payments;
import org.qunfang.funds.ledger.FundSource;
import org.qunfang.funds.ledger.LedgerQueries;
import org.qunfang.organization.HouseholdCategory;
import org.qunfang.platform.Money;
import org.qunfang.platform.RefusalException;
import org.qunfang.support.IntegrationTest;
import org.qunfang.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Payments against bills: once per client key (a replay returns the first receipt, another payment under
 * the same key is refused), never more than owed, receipts numbered without gaps, each booked at once as
 * income of the village's fund for the levy.
 */
class PaymentsTest extends IntegrationTest {

	@Autowired
	Payments payments;

	@Autowired
	CollectionQueries queries;

	@Autowired
	LedgerQueries books;

	@Autowired
	FundStatements statements;

	@Autowired
	org.qunfang.funds.ledger.Ledger ledger;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aReplayReturnsTheFirstReceiptAndAnotherAmountUnderTheSameKeyIsRefusedWithNothingWritten() {
		CollectionMother m = new CollectionMother(fixtures, "PR");
		m.household("R-1", HouseholdCategory.ORDINARY, 3);
		long bill = bill(m, m.billedLevy("修水井", 1_000), "R-1");
		Payments.NewPayment first = new Payments.NewPayment("receipt-key-0001", Money.fen(1_000), PaymentMethod.CASH,
				m.today(), "R-1成员1");

		Payments.Recorded recorded = payments.record(m.director, bill, first);
		Payments.Recorded again = payments.record(m.director, bill, first);
		assertThat(recorded.replayed()).isFalse();
		assertThat(again.replayed()).isTrue();
		assertThat(again.paymentId()).isEqualTo(recorded.paymentId());
		assertThat(queries.receipt(m.director, again.paymentId()).payment().receiptNumber())
			.isEqualTo(m.today().getYear() + "-00001");

		Map<String, Long> before = counts(m.village);
		assertThatThrownBy(() -> payments.record(m.director, bill, new Payments.NewPayment("receipt-key-0001",
				Money.fen(500), PaymentMethod.CASH, m.today(), "R-1成员1")))
			.extracting(e -> ((RefusalException) e).messageKey()).isEqualTo("error.funds.payment.key-reused");
		assertThat(counts(m.village)).isEqualTo(before);
		assertThat(paid(bill)).isEqualTo(1_000);
	}

	@Test
	void partPaymentsUpToTheBillOverpaymentRefusedAndReceiptsWithoutGaps() {
		CollectionMother m = new CollectionMother(fixtures, "PG");
		m.household("G-1", HouseholdCategory.ORDINARY, 2);
		m.household("G-2", HouseholdCategory.ORDINARY, 1);
		m.household("G-3", HouseholdCategory.LOW_INCOME, 2);
		long levy = m.billedLevy("买消防水带", 1_500);
		long g1 = bill(m, levy, "G-1");
		long g2 = bill(m, levy, "G-2");

		pay(m, g1, "gap-key-0001", 1_000);
		Map<String, Long> before = counts(m.village);
		assertThatThrownBy(() -> pay(m, g1, "gap-key-0002", 2_500)).satisfies(e -> {
			assertThat(((RefusalException) e).messageKey()).isEqualTo("error.funds.payment.overpaid");
			assertThat(((RefusalException) e).arguments()).containsExactly("20.00", "25.00");
		});
		assertThatThrownBy(() -> pay(m, bill(m, levy, "G-3"), "gap-key-0003", 100))
			.extracting(e -> ((RefusalException) e).messageKey()).isEqualTo("error.funds.payment.exempt");
		assertThat(counts(m.village)).as("refused payments write nothing").isEqualTo(before);
		pay(m, g2, "gap-key-0004", 1_500);
		pay(m, g1, "gap-key-0005", 2_000);
		assertThatThrownBy(() -> pay(m, g1, "gap-key-0006", 1)).extracting(e -> ((RefusalException) e).messageKey())
			.isEqualTo("error.funds.payment.settled");

		var receipts = queries.receipts(m.director, m.village, m.today().getYear());
		assertThat(receipts).extracting(r -> r.receiptNo()).containsExactly(1, 2, 3);
		assertThat(receipts).extracting(r -> r.amountFen()).containsExactly(1_000L, 1_500L, 2_000L);
		assertThat(paid(g1)).isEqualTo(3_000);
		assertThat(queries.arrears(m.director, m.village, null, null)).isEmpty();
		assertThat(queries.charge(m.director, levy)).satisfies(c -> {
			assertThat(c.billedFen()).isEqualTo(4_500);
			assertThat(c.paidFen()).isEqualTo(4_500);
		});
	}

	@Test
	void aPaymentIsIncomeOfTheVillagesFundForTheLevyInTheLedgerAndTheStatement() {
		CollectionMother m = new CollectionMother(fixtures, "PL");
		m.household("L-1", HouseholdCategory.ORDINARY, 2);
		m.household("L-2", HouseholdCategory.ORDINARY, 1);
		long levy = m.billedLevy("装监控探头", 1_200);
		long receipt = pay(m, bill(m, levy, "L-1"), "ledger-key-0001", 2_400);
		pay(m, bill(m, levy, "L-2"), "ledger-key-0002", 600);

		var village = books.village(m.director, m.village);
		assertThat(books.funds(village)).singleElement().satisfies(f -> {
			assertThat(f.name()).isEqualTo("一事一议：装监控探头");
			assertThat(f.source()).isEqualTo(FundSource.LEVY);
			assertThat(f.purposes()).containsExactly("TOOLS");
			assertThat(f.balance()).isEqualTo(Money.fen(3_000));
		});
		assertThat(books.bankBalance(village)).isEqualTo(Money.fen(3_000));
		var entries = books.entries(village, m.today(), m.today());
		assertThat(entries).hasSize(2).allSatisfy(e -> {
			assertThat(e.source()).isEqualTo(FundSource.LEVY);
			assertThat(e.bookedName()).isEqualTo("村主任" + m.directorName.substring(4).toUpperCase());
		});
		assertThat(entries.get(0).amount()).isEqualTo(Money.fen(2_400));
		assertThat(entries.get(0).counterparty()).isEqualTo("L-1成员1");
		assertThat(queries.receipt(m.director, receipt).voucherNo()).isEqualTo(entries.get(0).voucherNo());
		assertThat(statements.of(m.director, m.village, m.today(), m.today()).income())
			.singleElement().satisfies(i -> {
				assertThat(i.source()).isEqualTo("LEVY");
				assertThat(i.amountFen()).isEqualTo(3_000);
			});
	}

	@Test
	void aPaymentRecordedInErrorIsVoidedByTheTownshipItsEntryReversedAndTheBillOwedAgain() {
		CollectionMother m = new CollectionMother(fixtures, "PV");
		m.household("V-1", HouseholdCategory.ORDINARY, 2);
		long bill = bill(m, m.billedLevy("买巡逻手电", 500), "V-1");
		long wrong = pay(m, bill, "void-key-0001", 1_000);
		long entry = queries.receipt(m.director, wrong).payment().entryId();
		var finance = fixtures.caller("t1.finance");
		assertThatThrownBy(() -> ledger.reverse(finance, entry, null, "记错了"))
			.extracting(e -> ((RefusalException) e).messageKey()).isEqualTo("error.funds.reverse-collection");
		assertThatThrownBy(() -> payments.voidPayment(m.director, wrong, "记错了"))
			.isInstanceOf(org.qunfang.platform.ForbiddenException.class);

		payments.voidPayment(finance, wrong, "实际交的是另一户的钱");
		assertThatThrownBy(() -> payments.voidPayment(finance, wrong, "再次"))
			.extracting(e -> ((RefusalException) e).messageKey()).isEqualTo("error.funds.payment.voided");
		assertThat(paid(bill)).isZero();
		var village = books.village(m.director, m.village);
		assertThat(books.bankBalance(village)).isEqualTo(Money.ZERO);
		assertThat(books.entries(village, m.today(), m.today())).extracting(e -> e.kind().name())
			.containsExactly("INCOME", "REVERSAL");
		long right = pay(m, bill, "void-key-0002", 1_000);
		var receipts = queries.receipts(m.director, m.village, m.today().getYear());
		assertThat(receipts).extracting(r -> r.receiptNo()).containsExactly(1, 2);
		assertThat(receipts.get(0).voided()).isTrue();
		assertThat(receipts.get(0).voidReason()).isEqualTo("实际交的是另一户的钱");
		assertThat(receipts.get(1).id()).isEqualTo(right);
		assertThat(queries.receipt(m.director, right).paidToDateFen()).as("the void payment does not count").isEqualTo(1_000);
		assertThat(books.bankBalance(village)).isEqualTo(Money.fen(1_000));
	}

	@Test
	void twentyIdenticalPaymentFormsSentAtOnceRecordOnePayment() throws Exception {
		CollectionMother m = new CollectionMother(fixtures, "PP");
		m.household("P-1", HouseholdCategory.ORDINARY, 4);
		long bill = bill(m, m.billedLevy("修篮球场", 1_000), "P-1");
		WebSession director = signedIn(m.directorName);
		assertThat(director.get("/funds/bills/" + bill).body()).contains("payment-form").contains("40.00");
		Map<String, String> form = Map.of("clientKey", "parallel-payment-key-1", "amount", "25.00", "method", "CASH",
				"paidOn", m.today().toString(), "payer", "P-1成员1");
		ExecutorService pool = Executors.newFixedThreadPool(20);
		List<Future<HttpResponse<String>>> answers = new ArrayList<>();
		try {
			List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				calls.add(() -> director.post("/funds/bills/" + bill + "/payments", form));
			}
			answers.addAll(pool.invokeAll(calls));
		}
		finally {
			pool.shutdown();
		}
		long payment = jdbc.sql("select id from fund_payment where client_key = 'parallel-payment-key-1'").query(Long.class)
			.single();
		for (Future<HttpResponse<String>> answer : answers) {
			assertThat(answer.get().statusCode()).isEqualTo(302);
			assertThat(answer.get().headers().firstValue("Location")).hasValueSatisfying(
					l -> assertThat(l).matches(".*/funds/payments/" + payment + "/receipt\\?(recorded|replayed)"));
		}
		assertThat(paid(bill)).isEqualTo(2_500);
		assertThat(jdbc.sql("select count(*) from ledger_entry where village_id = :v").param("v", m.village)
			.query(Long.class).single()).isEqualTo(1);
		assertThat(answers.stream().filter(a -> a.resultNow().headers().firstValue("Location").orElse("").endsWith("recorded")))
			.as("one request recorded the payment, the others were shown its receipt").hasSize(1);
		assertThat(director.get("/funds/payments/" + payment + "/receipt?replayed").body()).contains("贰拾伍元整")
			.contains("这笔款已经收过")
			.contains(m.today().getYear() + "-00001");
	}

	@Test
	void theApiReplaysAPaymentUnderItsIdempotencyKeyAndRefusesAnotherBodyUnderIt() {
		CollectionMother m = new CollectionMother(fixtures, "PA");
		m.household("A-1", HouseholdCategory.ORDINARY, 2);
		long bill = bill(m, m.billedLevy("修路", 1_000), "A-1");
		WebSession director = signedIn(m.directorName);
		String path = "/api/v1/funds/bills/" + bill + "/payments";
		Map<String, String> key = Map.of("Idempotency-Key", "api-payment-key-1");

		HttpResponse<String> first = director.json("POST", path, "{\"amountFen\":500,\"method\":\"TRANSFER\"}", key);
		HttpResponse<String> again = director.json("POST", path, "{\"amountFen\":500,\"method\":\"TRANSFER\"}", key);
		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(again.statusCode()).isEqualTo(201);
		assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
		assertThat(again.body()).isEqualTo(first.body()).contains("\"receiptNo\":1");
		HttpResponse<String> other = director.json("POST", path, "{\"amountFen\":700,\"method\":\"TRANSFER\"}", key);
		assertThat(other.statusCode()).isEqualTo(422);
		HttpResponse<String> bodyKey = director.json("POST", path,
				"{\"clientKey\":\"api-payment-key-1\",\"amountFen\":500,\"method\":\"TRANSFER\"}", Map.of());
		assertThat(bodyKey.statusCode()).as("the same key in the body: the first receipt").isEqualTo(200);
		assertThat(bodyKey.body()).contains("\"replayed\":true");
		assertThat(paid(bill)).isEqualTo(500);
		HttpResponse<String> arrears = director.json("GET", "/api/v1/funds/villages/" + m.village + "/arrears", null, Map.of());
		assertThat(arrears.body()).contains("\"householdNo\":\"A-1\"").contains("\"paidFen\":500");
	}

	private long pay(CollectionMother m, long bill, String key, long fen) {
		return payments.record(m.director, bill, new Payments.NewPayment(key, Money.fen(fen), PaymentMethod.CASH, null, null))
			.paymentId();
	}

	private long bill(CollectionMother m, long charge, String householdNo) {
		return queries.bills(m.director, charge).stream().filter(b -> b.householdNo().equals(householdNo))
			.map(BillLine::id).findFirst().orElseThrow();
	}

	private long paid(long bill) {
		return jdbc.sql("select paid from fund_bill where id = :b").param("b", bill).query(Long.class).single();
	}

	private Map<String, Long> counts(long village) {
		Map<String, Long> counts = new java.util.TreeMap<>();
		for (String table : new String[] { "fund_payment", "ledger_entry", "fund", "fund_receipt_counter" }) {
			counts.put(table, jdbc.sql("select count(*) from " + table + " where village_id = :v").param("v", village)
				.query(Long.class).single());
		}
		counts.put("paid", jdbc.sql("select coalesce(sum(paid), 0) from fund_bill where village_id = :v").param("v", village)
			.query(Long.class).single());
		counts.put("next-receipt", jdbc.sql("select coalesce(max(next_no), 0) from fund_receipt_counter where village_id = :v")
			.param("v", village).query(Long.class).single());
		return counts;
	}
}
