package org.qunfang.funds;

import java.time.LocalDate;

/**
 * An expense was booked in a village's ledger: how much, for which purpose, to whom. Assessment and
 * supervision count funding from it.
 *
 * @param amountFen the amount in fen
 */
public record ExpensePosted(long countyId, long villageId, long entryId, LocalDate bookedOn, String purpose,
		String payee, long amountFen) {
}
