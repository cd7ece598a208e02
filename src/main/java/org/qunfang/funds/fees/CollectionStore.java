package org.qunfang.funds.fees;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.qunfang.identity.ScopeFilter;
import org.qunfang.platform.IdGenerator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes bills, payments and receipt numbers, and the defense fee's charge rows. A payment is taken with
 * its bill locked, so the payments of a bill are recorded one at a time and each sees what the one before
 * paid; receipt numbers come from a counter per village and year raised in the payment's transaction.
 * Callers check permissions and scope.
 */
@Component
class CollectionStore {

	/** A bill as a payment needs it. */
	record StoredBill(long id, long countyId, String scopePath, long villageId, long chargeId, String householdNo,
			String headName, long amount, long paid) {
	}

	/** A payment as a retry compares itself with, and as voiding needs it. */
	record StoredPayment(long id, long billId, long amount, PaymentMethod method, LocalDate paidOn, String payer,
			long entryId, boolean voided) {
	}

	static final String CHARGE_COLUMNS = "c.id, c.county_id, c.scope_path, c.village_id, c.kind, c.charge_year, c.title,"
			+ " c.purposes, c.unit_amount, c.status";

	private final JdbcClient jdbc;
	private final IdGenerator ids;

	CollectionStore(JdbcClient jdbc, IdGenerator ids) {
		this.jdbc = jdbc;
		this.ids = ids;
	}

	Optional<Charge> charge(ScopeFilter scope, long id) {
		return scope.bind(jdbc.sql("select " + CHARGE_COLUMNS + " from fund_charge c where c.id = :id and " + scope.sql()))
			.param("id", id).query(CollectionStore::charge).optional();
	}

	/** Locks the charge until the transaction ends, so it is billed or changed by one request at a time. */
	void lockCharge(long chargeId) {
		jdbc.sql("select id from fund_charge where id = :id for update").param("id", chargeId).query(Long.class).single();
	}

	/** The defense fee of a village for a year, if set. */
	Optional<Charge> fee(long countyId, long villageId, int year) {
		return jdbc.sql("select " + CHARGE_COLUMNS
				+ " from fund_charge c where c.county_id = :c and c.village_id = :v and c.fee_year = :y")
			.param("c", countyId).param("v", villageId).param("y", year).query(CollectionStore::charge).optional();
	}

	long insertFee(long countyId, String scopePath, long villageId, int year, String title, Set<String> purposes,
			long perHousehold, String by, String byName, Instant at) {
		long id = ids.next();
		jdbc.sql("""
				insert into fund_charge (id, county_id, scope_path, village_id, kind, charge_year, title, purposes, unit_amount,
				  status, created_by, created_name, created_at, fee_year, version)
				values (:id, :c, :p, :v, 'DEFENSE_FEE', :y, :t, :purposes, :unit, 'APPROVED', :by, :name, :at, :y, 0)""")
			.param("id", id).param("c", countyId).param("p", scopePath).param("v", villageId).param("y", year)
			.param("t", title).param("purposes", String.join(",", purposes)).param("unit", perHousehold).param("by", by)
			.param("name", byName).param("at", at.atOffset(ZoneOffset.UTC)).update();
		return id;
	}

	void changeFee(long chargeId, Set<String> purposes, long perHousehold) {
		jdbc.sql("update fund_charge set purposes = :p, unit_amount = :u, version = version + 1 where id = :id")
			.param("p", String.join(",", purposes)).param("u", perHousehold).param("id", chargeId).update();
	}

	long bills(long chargeId) {
		return jdbc.sql("select count(*) from fund_bill where charge_id = :c").param("c", chargeId).query(Long.class).single();
	}

	Set<Long> billedHouseholds(long chargeId) {
		return new HashSet<>(jdbc.sql("select household_id from fund_bill where charge_id = :c").param("c", chargeId)
			.query(Long.class).list());
	}

	/** The residents the village marked exempt from a levy, with the reasons. */
	Map<Long, Exemption> markedExemptions(long chargeId) {
		Map<Long, Exemption> marked = new HashMap<>();
		jdbc.sql("select resident_id, reason from fund_levy_exemption where charge_id = :c").param("c", chargeId)
			.query((rs, n) -> marked.put(rs.getLong(1), Exemption.valueOf(rs.getString(2)))).list();
		return marked;
	}

	void insertBill(Charge charge, BillDraft draft, Instant at) {
		long id = ids.next();
		var h = draft.household();
		jdbc.sql("""
				insert into fund_bill (id, county_id, scope_path, village_id, charge_id, household_id, household_no,
				  head_name, group_id, group_name, category, persons, charged, amount, paid, exemption, created_at)
				values (:id, :c, :p, :v, :charge, :h, :no, :head, :g, :gname, :cat, :persons, :charged, :amount, 0, :ex, :at)""")
			.param("id", id).param("c", charge.countyId()).param("p", charge.scopePath()).param("v", charge.villageId())
			.param("charge", charge.id()).param("h", h.id()).param("no", h.householdNo()).param("head", h.headName())
			.param("g", h.groupId()).param("gname", h.groupName()).param("cat", h.category().name())
			.param("persons", draft.members().size()).param("charged", draft.charged()).param("amount", draft.amountFen())
			.param("ex", draft.exemption() == null ? null : draft.exemption().name()).param("at", at.atOffset(ZoneOffset.UTC))
			.update();
		for (BillDraft.MemberLine m : draft.members()) {
			jdbc.sql("""
					insert into fund_bill_member (bill_id, resident_id, county_id, name, birth_date, exemption)
					values (:b, :r, :c, :name, :birth, :ex)""").param("b", id).param("r", m.residentId())
				.param("c", charge.countyId()).param("name", m.name()).param("birth", m.birthDate())
				.param("ex", m.exemption() == null ? null : m.exemption().name()).update();
		}
	}

	/** The bill, locked until the transaction ends, if it lies in the scope. */
	Optional<StoredBill> lockBill(ScopeFilter scope, long billId) {
		return scope.bind(jdbc.sql("""
				select b.id, b.county_id, b.scope_path, b.village_id, b.charge_id, b.household_no, b.head_name, b.amount, b.paid
				from fund_bill b where b.id = :id and\s""" + scope.sql() + " for update"))
			.param("id", billId)
			.query((rs, n) -> new StoredBill(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
					rs.getString(6), rs.getString(7), rs.getLong(8), rs.getLong(9)))
			.optional();
	}

	Optional<StoredPayment> paymentByKey(long countyId, String clientKey) {
		return jdbc.sql("select " + PAYMENT + " from fund_payment p where p.county_id = :c and p.client_key = :k")
			.param("c", countyId).param("k", clientKey).query(CollectionStore::payment).optional();
	}

	Optional<StoredPayment> payment(ScopeFilter scope, long paymentId) {
		return scope.bind(jdbc.sql("select " + PAYMENT + " from fund_payment p where p.id = :id and " + scope.sql()))
			.param("id", paymentId).query(CollectionStore::payment).optional();
	}

	/** Marks the payment void with the entry that reversed it, and takes it off the bill (call with the bill locked). */
	void voidPayment(StoredPayment payment, long reversalEntryId, String byName, Instant at, String reason) {
		int updated = jdbc.sql("""
				update fund_payment set voided_entry_id = :e, voided_by = :by, voided_at = :at, void_reason = :why
				where id = :id and voided_entry_id is null""").param("e", reversalEntryId).param("by", byName)
			.param("at", at.atOffset(ZoneOffset.UTC)).param("why", reason).param("id", payment.id()).update();
		int bill = jdbc.sql("update fund_bill set paid = paid - :a where id = :b and paid - :a >= 0")
			.param("a", payment.amount()).param("b", payment.billId()).update();
		if (updated != 1 || bill != 1) {
			throw new IllegalStateException("payment " + payment.id() + " changed under its bill's lock");
		}
	}

	/** Takes the village's next receipt number of the year (call with the village's books locked). */
	int nextReceipt(long countyId, long villageId, int year) {
		jdbc.sql("""
				insert into fund_receipt_counter (village_id, counter_year, county_id, next_no)
				select :v, :y, :c, 1 where not exists (select 1 from fund_receipt_counter where village_id = :v and counter_year = :y)""")
			.param("v", villageId).param("y", year).param("c", countyId).update();
		int next = jdbc.sql("select next_no from fund_receipt_counter where village_id = :v and counter_year = :y for update")
			.param("v", villageId).param("y", year).query(Integer.class).single();
		jdbc.sql("update fund_receipt_counter set next_no = next_no + 1 where village_id = :v and counter_year = :y")
			.param("v", villageId).param("y", year).update();
		return next;
	}

	/** Writes the payment and adds it to what the bill has been paid (call with the bill locked). */
	long insertPayment(StoredBill bill, String clientKey, int receiptNo, long amount, PaymentMethod method, LocalDate paidOn,
			String payer, long entryId, String by, String byName, Instant at) {
		long id = ids.next();
		jdbc.sql("""
				insert into fund_payment (id, county_id, scope_path, village_id, bill_id, client_key, receipt_year, receipt_no,
				  amount, method, paid_on, payer, entry_id, collected_by, collected_name, collected_at)
				values (:id, :c, :p, :v, :b, :k, :y, :no, :amount, :m, :on, :payer, :e, :by, :name, :at)""")
			.param("id", id).param("c", bill.countyId()).param("p", bill.scopePath()).param("v", bill.villageId())
			.param("b", bill.id()).param("k", clientKey).param("y", paidOn.getYear()).param("no", receiptNo)
			.param("amount", amount).param("m", method.name()).param("on", paidOn).param("payer", payer).param("e", entryId)
			.param("by", by).param("name", byName).param("at", at.atOffset(ZoneOffset.UTC)).update();
		int updated = jdbc.sql("update fund_bill set paid = paid + :a where id = :b and paid + :a <= amount")
			.param("a", amount).param("b", bill.id()).update();
		if (updated != 1) {
			throw new IllegalStateException("bill " + bill.id() + " changed under its lock");
		}
		return id;
	}

	private static final String PAYMENT = "p.id, p.bill_id, p.amount, p.method, p.paid_on, p.payer, p.entry_id,"
			+ " p.voided_entry_id";

	private static StoredPayment payment(ResultSet rs, int n) throws SQLException {
		return new StoredPayment(rs.getLong(1), rs.getLong(2), rs.getLong(3), PaymentMethod.valueOf(rs.getString(4)),
				rs.getObject(5, LocalDate.class), rs.getString(6), rs.getLong(7), rs.getObject(8) != null);
	}

	static Charge charge(ResultSet rs, int n) throws SQLException {
		return new Charge(rs.getLong("id"), rs.getLong("county_id"), rs.getString("scope_path"), rs.getLong("village_id"),
				ChargeKind.valueOf(rs.getString("kind")), rs.getInt("charge_year"), rs.getString("title"),
				List.of(rs.getString("purposes").split(",")), rs.getLong("unit_amount"),
				ChargeStatus.valueOf(rs.getString("status")));
	}
}
