package org.qunfang.funds.fees;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/** Charges, bills and payments as pages, exports and the API show them. */
public final class BillViews {

	private BillViews() {
	}

	/** Where a bill stands. */
	public enum BillState {
		EXEMPT, UNPAID, PART_PAID, PAID;

		public String messageKey() {
			return "funds.bill.state." + name();
		}
	}

	/** A charge with what its bills come to and what has been paid. */
	public record ChargeLine(long id, long villageId, String villageZh, String villageEn, ChargeKind kind, int year,
			String title, List<String> purposes, long unitFen, ChargeStatus status, long bills, long billedFen,
			long paidFen) {

		public String village(Locale locale) {
			return "en".equals(locale.getLanguage()) ? villageEn : villageZh;
		}

		public long owedFen() {
			return billedFen - paidFen;
		}
	}

	/** A household's bill. */
	public record BillLine(long id, long chargeId, ChargeKind kind, int year, String title, long villageId,
			long householdId, String householdNo, String headName, Long groupId, String groupName, String category,
			int persons, int charged, long amountFen, long paidFen, Exemption exemption) {

		public long owedFen() {
			return amountFen - paidFen;
		}

		public BillState state() {
			return amountFen == 0 ? BillState.EXEMPT
					: paidFen == 0 ? BillState.UNPAID : paidFen < amountFen ? BillState.PART_PAID : BillState.PAID;
		}
	}

	/** A member as the bill counted them. */
	public record MemberView(long residentId, String name, LocalDate birthDate, Exemption exemption) {
	}

	/**
	 * A payment with its receipt number (年度-序号, e.g. 2026-00012) and what it paid; a voided one (作废) keeps
	 * its number with who voided it, when and why.
	 */
	public record PaymentLine(long id, int receiptYear, int receiptNo, LocalDate paidOn, long amountFen,
			PaymentMethod method, String payer, String collectedName, Instant collectedAt, long entryId, long billId,
			String householdNo, String headName, String groupName, ChargeKind kind, int year, String title,
			String voidedBy, Instant voidedAt, String voidReason) {

		public String receiptNumber() {
			return receiptYear + "-" + String.format("%05d", receiptNo);
		}

		public boolean voided() {
			return voidedAt != null;
		}

		/** What the payment counts for: nothing once voided. */
		public long countedFen() {
			return voided() ? 0 : amountFen;
		}
	}

	/** A bill with its members and payments. */
	public record BillDetail(BillLine bill, String villageZh, String villageEn, List<MemberView> members,
			List<PaymentLine> payments) {

		public String village(Locale locale) {
			return "en".equals(locale.getLanguage()) ? villageEn : villageZh;
		}
	}

	/** A receipt (收据): the payment, its village, its bill and what the bill has been paid up to it. */
	public record Receipt(PaymentLine payment, String villageZh, String villageEn, long billFen, long paidToDateFen,
			long voucherNo) {

		public String village(Locale locale) {
			return "en".equals(locale.getLanguage()) ? villageEn : villageZh;
		}

		public long owedAfterFen() {
			return billFen - paidToDateFen;
		}
	}

	static final String BILL_COLUMNS = "b.id, b.charge_id, c.kind, c.charge_year, c.title, b.village_id, b.household_id,"
			+ " b.household_no, b.head_name, b.group_id, b.group_name, b.category, b.persons, b.charged, b.amount, b.paid,"
			+ " b.exemption";

	static final String PAYMENT_COLUMNS = "p.id, p.receipt_year, p.receipt_no, p.paid_on, p.amount, p.method, p.payer,"
			+ " p.collected_name, p.collected_at, p.entry_id, p.bill_id, b.household_no, b.head_name, b.group_name, c.kind,"
			+ " c.charge_year, c.title, p.voided_by, p.voided_at, p.void_reason";

	static BillLine bill(ResultSet rs, int n) throws SQLException {
		return new BillLine(rs.getLong(1), rs.getLong(2), ChargeKind.valueOf(rs.getString(3)), rs.getInt(4),
				rs.getString(5), rs.getLong(6), rs.getLong(7), rs.getString(8), rs.getString(9),
				(Long) rs.getObject(10, Long.class), rs.getString(11), rs.getString(12), rs.getInt(13), rs.getInt(14),
				rs.getLong(15), rs.getLong(16), rs.getString(17) == null ? null : Exemption.valueOf(rs.getString(17)));
	}

	static PaymentLine payment(ResultSet rs, int n) throws SQLException {
		return new PaymentLine(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getObject(4, LocalDate.class), rs.getLong(5),
				PaymentMethod.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8),
				rs.getObject(9, OffsetDateTime.class).toInstant(), rs.getLong(10), rs.getLong(11), rs.getString(12),
				rs.getString(13), rs.getString(14), ChargeKind.valueOf(rs.getString(15)), rs.getInt(16), rs.getString(17),
				rs.getString(18), rs.getObject(19) == null ? null : rs.getObject(19, OffsetDateTime.class).toInstant(),
				rs.getString(20));
	}
}
