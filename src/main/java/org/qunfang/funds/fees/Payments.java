package org.qunfang.funds.fees;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Objects;

import org.qunfang.funds.FundsPermissions;
import org.qunfang.funds.ledger.Ledger;
import org.qunfang.identity.Audited;
import org.qunfang.identity.Caller;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.Money;
import org.qunfang.platform.NotFoundException;
import org.qunfang.platform.text.PlainText;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 收款 — a household's payment against its bill, with a receipt (收据) numbered per village and year without
 * gaps, booked at once as income of the village's fund for the charge (in the same transaction: a payment
 * that cannot be booked, e.g. dated in a closed month, is not recorded). Part of a bill may be paid; more
 * than is owed may not. Each payment carries a key the client made before its first attempt: the same key
 * with the same payment returns the first receipt; with another payment it is refused.
 */
@Service
public class Payments {

	/** A payment as entered; {@code paidOn} is today and {@code payer} the household's head when not given. */
	public record NewPayment(String clientKey, Money amount, PaymentMethod method, LocalDate paidOn, String payer) {
	}

	/** The payment recorded; {@code replayed} when the key had already recorded it. */
	public record Recorded(long paymentId, boolean replayed) {
	}

	private final CollectionStore store;
	private final Ledger ledger;
	private final Clock clock;

	Payments(CollectionStore store, Ledger ledger, Clock clock) {
		this.store = store;
		this.ledger = ledger;
		this.clock = clock;
	}

	@Transactional
	@Audited(value = "funds.payment.record", target = "fund-payment", targetId = "#result.paymentId()")
	public Recorded record(Caller caller, long billId, NewPayment p) {
		caller.require(FundsPermissions.COLLECT);
		String key = key(p.clientKey());
		CollectionStore.StoredBill bill = store.lockBill(caller.jurisdiction().where("b"), billId)
			.orElseThrow(NotFoundException::new);
		LocalDate paidOn = p.paidOn() == null ? ledger.today() : p.paidOn();
		String payer = PlainText.optional("funds.field.payer", p.payer(), 100);
		String shownPayer = payer != null ? payer : bill.headName() != null ? bill.headName() : bill.householdNo();
		long amount = p.amount() == null ? 0 : p.amount().fen();
		var first = store.paymentByKey(bill.countyId(), key);
		if (first.isPresent()) {
			var f = first.get();
			if (f.billId() == bill.id() && f.amount() == amount && f.method() == p.method() && f.paidOn().equals(paidOn)
					&& Objects.equals(f.payer(), shownPayer)) {
				return new Recorded(f.id(), true);
			}
			throw new DomainException("error.funds.payment.key-reused");
		}
		if (p.method() == null) {
			throw new DomainException("error.funds.payment.method", "");
		}
		Money.fen(amount).requirePositive();
		Charge charge = store.charge(caller.jurisdiction().where("c"), bill.chargeId()).orElseThrow(NotFoundException::new);
		long owed = bill.amount() - bill.paid();
		if (bill.amount() == 0) {
			throw new DomainException("error.funds.payment.exempt");
		}
		if (owed == 0) {
			throw new DomainException("error.funds.payment.settled");
		}
		if (amount > owed) {
			throw new DomainException("error.funds.payment.overpaid", Money.fen(owed).yuan(), Money.fen(amount).yuan());
		}
		long entry = ledger.bookCollection(caller, bill.villageId(), new Ledger.Collection(charge.collectionKey(),
				fundName(charge), charge.kind().source(), new LinkedHashSet<>(charge.purposes()), Money.fen(amount), paidOn,
				shownPayer, charge.title() + "（" + bill.householdNo() + "）"));
		int receipt = store.nextReceipt(bill.countyId(), bill.villageId(), paidOn.getYear());
		try {
			return new Recorded(store.insertPayment(bill, key, receipt, amount, p.method(), paidOn, shownPayer, entry,
					caller.username(), caller.displayName(), clock.instant()), false);
		}
		catch (DuplicateKeyException sameKeyElsewhere) {
			throw new DomainException("error.funds.payment.key-reused");
		}
	}

	/**
	 * 作废 — the township finance officer voids a payment recorded in error: its ledger entry is reversed
	 * today, the household's bill owes the amount again, and the receipt keeps its number, marked void.
	 */
	@Transactional
	@Audited(value = "funds.payment.void", target = "fund-payment", targetId = "#paymentId")
	public void voidPayment(Caller caller, long paymentId, String reason) {
		caller.require(FundsPermissions.BOOK);
		var payment = store.payment(caller.jurisdiction().where("p"), paymentId).orElseThrow(NotFoundException::new);
		store.lockBill(caller.jurisdiction().where("b"), payment.billId()).orElseThrow(NotFoundException::new);
		if (store.payment(caller.jurisdiction().where("p"), paymentId).orElseThrow().voided()) {
			throw new DomainException("error.funds.payment.voided");
		}
		String why = PlainText.required("funds.field.reason", reason, 500);
		long reversal = ledger.reverseCollection(caller, payment.entryId(), why);
		store.voidPayment(payment, reversal, caller.displayName(), clock.instant(), why);
	}

	private static String fundName(Charge charge) {
		return charge.kind() == ChargeKind.LEVY ? "一事一议：" + charge.title() : charge.title();
	}

	private static String key(String clientKey) {
		if (clientKey == null || !clientKey.matches("[A-Za-z0-9_.:-]{8,80}")) {
			throw new DomainException("error.funds.payment.client-key");
		}
		return clientKey;
	}
}
