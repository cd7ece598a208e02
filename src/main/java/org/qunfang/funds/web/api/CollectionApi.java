package org.qunfang.funds.web.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.qunfang.funds.fees.BillViews.BillDetail;
import org.qunfang.funds.fees.BillViews.BillLine;
import org.qunfang.funds.fees.BillViews.Receipt;
import org.qunfang.funds.fees.CollectionQueries;
import org.qunfang.funds.fees.PaymentMethod;
import org.qunfang.funds.fees.Payments;
import org.qunfang.funds.ledger.LedgerQueries;
import org.qunfang.identity.Caller;
import org.qunfang.platform.Money;
import org.qunfang.platform.idempotency.IdempotencyFilter;
import org.qunfang.platform.web.ApiController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * Bills, payments and arrears. A payment takes the client's key ({@code clientKey} in the body, or the
 * {@code Idempotency-Key} header): the same key and payment return the first receipt (200, {@code replayed});
 * the same key with another payment is refused (422). Amounts are in fen.
 */
@ApiController
@Tag(name = "funds: bills and payments")
class CollectionApi {

	record PaymentBody(@Size(max = 80) String clientKey, Long amountFen, String method, LocalDate paidOn,
			@Size(max = 100) String payer) {
	}

	/** A payment's receipt; {@code replayed} when the key had already recorded it. */
	record ReceiptView(Receipt receipt, boolean replayed) {
	}

	private final CollectionQueries queries;
	private final Payments payments;
	private final LedgerQueries books;

	CollectionApi(CollectionQueries queries, Payments payments, LedgerQueries books) {
		this.queries = queries;
		this.payments = payments;
		this.books = books;
	}

	@GetMapping("/funds/bills/{id}")
	@Operation(summary = "A household's bill with its members (charged or exempt, and why) and payments")
	BillDetail bill(Caller caller, @PathVariable long id) {
		return queries.bill(caller, id);
	}

	@PostMapping("/funds/bills/{id}/payments")
	@Operation(summary = "Record a payment against a bill; it is booked as income of the village's fund for the charge")
	ResponseEntity<ReceiptView> pay(Caller caller, @PathVariable long id, @Valid @RequestBody PaymentBody body,
			@RequestHeader(name = IdempotencyFilter.HEADER, required = false) String idempotencyKey) {
		String key = body.clientKey() != null && !body.clientKey().isBlank() ? body.clientKey() : idempotencyKey;
		Payments.Recorded recorded = payments.record(caller, id, new Payments.NewPayment(key,
				body.amountFen() == null ? null : Money.fen(body.amountFen()), PaymentMethod.parse(body.method()),
				body.paidOn(), body.payer()));
		ReceiptView view = new ReceiptView(queries.receipt(caller, recorded.paymentId()), recorded.replayed());
		return recorded.replayed() ? ResponseEntity.ok(view)
				: ResponseEntity.created(URI.create(ApiController.ROOT + "/funds/payments/" + recorded.paymentId()))
					.body(view);
	}

	record Voiding(@Size(max = 500) String reason) {
	}

	@PostMapping("/funds/payments/{id}/voiding")
	@Operation(summary = "Void a payment recorded in error (the township finance officer): its entry is reversed, the bill owes it again")
	Receipt voidPayment(Caller caller, @PathVariable long id, @Valid @RequestBody Voiding body) {
		payments.voidPayment(caller, id, body.reason());
		return queries.receipt(caller, id);
	}

	@GetMapping("/funds/payments/{id}")
	@Operation(summary = "A payment's receipt (收据)")
	Receipt receipt(Caller caller, @PathVariable long id) {
		return queries.receipt(caller, id);
	}

	@GetMapping("/funds/villages/{id}/arrears")
	@Operation(summary = "The village's bills not paid in full, of one village group or charge when given")
	List<BillLine> arrears(Caller caller, @PathVariable long id, @RequestParam(required = false) Long group,
			@RequestParam(required = false) Long charge) {
		books.village(caller, id);
		return queries.arrears(caller, id, group, charge);
	}
}
