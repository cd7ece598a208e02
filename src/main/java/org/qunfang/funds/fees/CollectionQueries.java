package org.qunfang.funds.fees;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.qunfang.funds.FundsPermissions;
import org.qunfang.funds.fees.BillViews.BillDetail;
import org.qunfang.funds.fees.BillViews.BillLine;
import org.qunfang.funds.fees.BillViews.ChargeLine;
import org.qunfang.funds.fees.BillViews.MemberView;
import org.qunfang.funds.fees.BillViews.PaymentLine;
import org.qunfang.funds.fees.BillViews.Receipt;
import org.qunfang.identity.Caller;
import org.qunfang.identity.ScopeFilter;
import org.qunfang.organization.AdminUnit;
import org.qunfang.organization.AdminUnits;
import org.qunfang.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading charges, bills, payments and receipts within the caller's jurisdiction: the charges of villages
 * with what was billed and paid, a charge's bills (the bills register), a bill with its members and
 * payments, the arrears (欠费) of a village or village group, the receipts register of a year, a receipt.
 */
@Service
public class CollectionQueries {

	private static final String BILL_FROM = " from fund_bill b join fund_charge c on c.id = b.charge_id";
	private static final String PAYMENT_FROM = " from fund_payment p join fund_bill b on b.id = p.bill_id"
			+ " join fund_charge c on c.id = b.charge_id";

	private final JdbcClient jdbc;
	private final AdminUnits units;

	CollectionQueries(JdbcClient jdbc, AdminUnits units) {
		this.jdbc = jdbc;
		this.units = units;
	}

	/** The charges of the caller's jurisdiction (of one village when given), the newest year first. */
	@Transactional(readOnly = true)
	public List<ChargeLine> charges(Caller caller, Long villageId) {
		return charges(caller, villageId, null);
	}

	/** One charge the caller may see, with its totals. */
	@Transactional(readOnly = true)
	public ChargeLine charge(Caller caller, long chargeId) {
		return charges(caller, null, chargeId).stream().findFirst().orElseThrow(NotFoundException::new);
	}

	private List<ChargeLine> charges(Caller caller, Long villageId, Long chargeId) {
		ScopeFilter scope = scope(caller, "c");
		Map<Long, AdminUnit> villages = new HashMap<>();
		List<ChargeLine> lines = scope.bind(jdbc.sql("""
				select c.id, c.village_id, c.kind, c.charge_year, c.title, c.purposes, c.unit_amount, c.status,
				  (select count(*) from fund_bill b where b.charge_id = c.id),
				  (select coalesce(sum(b.amount), 0) from fund_bill b where b.charge_id = c.id),
				  (select coalesce(sum(b.paid), 0) from fund_bill b where b.charge_id = c.id)
				from fund_charge c
				where (cast(:v as bigint) is null or c.village_id = :v) and (cast(:id as bigint) is null or c.id = :id)
				  and\s""" + scope.sql()
				+ " order by c.charge_year desc, case when c.status = 'PROPOSED' then 0 else 1 end, c.created_at desc"))
			.param("v", villageId).param("id", chargeId)
			.query((rs, n) -> {
				AdminUnit village = village(villages, rs.getLong(2));
				return new ChargeLine(rs.getLong(1), village.id(), village.nameZh(), village.nameEn(),
						ChargeKind.valueOf(rs.getString(3)), rs.getInt(4), rs.getString(5), List.of(rs.getString(6).split(",")),
						rs.getLong(7), ChargeStatus.valueOf(rs.getString(8)), rs.getLong(9), rs.getLong(10), rs.getLong(11));
			})
			.list();
		// the newest year first; within it, charges waiting for approval first, then by village code
		return lines.stream().sorted(Comparator.comparingInt(ChargeLine::year).reversed()
			.thenComparing(l -> l.status() == ChargeStatus.PROPOSED ? 0 : 1)
			.thenComparing(l -> villages.get(l.villageId()).code())).toList();
	}

	private AdminUnit village(Map<Long, AdminUnit> cache, long id) {
		return cache.computeIfAbsent(id, v -> units.find(v).orElseThrow());
	}

	/** The bills of a charge, by village group and household number. */
	@Transactional(readOnly = true)
	public List<BillLine> bills(Caller caller, long chargeId) {
		ScopeFilter scope = scope(caller, "b");
		return scope.bind(jdbc.sql("select " + BillViews.BILL_COLUMNS + BILL_FROM + " where b.charge_id = :c and "
				+ scope.sql() + " order by b.group_name, b.household_no")).param("c", chargeId).query(BillViews::bill).list();
	}

	@Transactional(readOnly = true)
	public BillDetail bill(Caller caller, long billId) {
		ScopeFilter scope = scope(caller, "b");
		BillLine bill = scope.bind(jdbc.sql("select " + BillViews.BILL_COLUMNS + BILL_FROM + " where b.id = :id and "
				+ scope.sql())).param("id", billId).query(BillViews::bill).optional().orElseThrow(NotFoundException::new);
		AdminUnit village = units.find(bill.villageId()).orElseThrow();
		List<MemberView> members = jdbc.sql("""
				select resident_id, name, birth_date, exemption from fund_bill_member where bill_id = :b
				order by birth_date, resident_id""").param("b", billId)
			.query((rs, n) -> new MemberView(rs.getLong(1), rs.getString(2), rs.getObject(3, java.time.LocalDate.class),
					rs.getString(4) == null ? null : Exemption.valueOf(rs.getString(4))))
			.list();
		List<PaymentLine> payments = jdbc.sql("select " + BillViews.PAYMENT_COLUMNS + PAYMENT_FROM
				+ " where p.bill_id = :b order by p.receipt_year, p.receipt_no").param("b", billId)
			.query(BillViews::payment).list();
		return new BillDetail(bill, village.nameZh(), village.nameEn(), members, payments);
	}

	/** The village's bills not paid in full, of one village group and one charge when given. */
	@Transactional(readOnly = true)
	public List<BillLine> arrears(Caller caller, long villageId, Long groupId, Long chargeId) {
		ScopeFilter scope = scope(caller, "b");
		return scope.bind(jdbc.sql("select " + BillViews.BILL_COLUMNS + BILL_FROM
				+ " where b.village_id = :v and b.paid < b.amount and c.status = 'APPROVED'"
				+ " and (cast(:g as bigint) is null or b.group_id = :g) and (cast(:c as bigint) is null or b.charge_id = :c)"
				+ " and " + scope.sql() + " order by b.group_name, b.household_no, c.charge_year, c.id"))
			.param("v", villageId).param("g", groupId).param("c", chargeId).query(BillViews::bill).list();
	}

	/** The receipts of a village in a year, by number (收据存根). */
	@Transactional(readOnly = true)
	public List<PaymentLine> receipts(Caller caller, long villageId, int year) {
		ScopeFilter scope = scope(caller, "p");
		return scope.bind(jdbc.sql("select " + BillViews.PAYMENT_COLUMNS + PAYMENT_FROM
				+ " where p.village_id = :v and p.receipt_year = :y and " + scope.sql() + " order by p.receipt_no"))
			.param("v", villageId).param("y", year).query(BillViews::payment).list();
	}

	@Transactional(readOnly = true)
	public Receipt receipt(Caller caller, long paymentId) {
		ScopeFilter scope = scope(caller, "p");
		PaymentLine p = scope.bind(jdbc.sql("select " + BillViews.PAYMENT_COLUMNS + PAYMENT_FROM + " where p.id = :id and "
				+ scope.sql())).param("id", paymentId).query(BillViews::payment).optional()
			.orElseThrow(NotFoundException::new);
		var row = jdbc.sql("""
				select b.village_id, b.amount,
				  (select coalesce(sum(q.amount), 0) from fund_payment q where q.bill_id = b.id and q.id <= :p
				    and q.voided_entry_id is null) as to_date,
				  (select e.voucher_no from ledger_entry e where e.id = :e) as voucher
				from fund_bill b where b.id = :b""")
			.param("p", paymentId).param("e", p.entryId()).param("b", p.billId()).query().singleRow();
		AdminUnit village = units.find(((Number) row.get("village_id")).longValue()).orElseThrow();
		return new Receipt(p, village.nameZh(), village.nameEn(), ((Number) row.get("amount")).longValue(),
				((Number) row.get("to_date")).longValue(), ((Number) row.get("voucher")).longValue());
	}

	private static ScopeFilter scope(Caller caller, String alias) {
		caller.require(FundsPermissions.VIEW);
		return caller.jurisdiction().where(alias);
	}
}
