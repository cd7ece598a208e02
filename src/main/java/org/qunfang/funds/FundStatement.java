package org.qunfang.funds;

import java.time.LocalDate;
import java.util.List;

/**
 * 收支公开表 — a village's revenue and expenditure over a period, as the notice board shows it: the opening
 * balance, income by source, expenditure by purpose and payee, money moved between purposes, and each
 * fund's balance at both ends. Amounts are in fen; reversals are netted into the lines they correct. The
 * opening balance plus income less expenditure is the closing balance, and the funds add up to both.
 */
public record FundStatement(long countyId, long villageId, String villageNameZh, String villageNameEn, LocalDate from,
		LocalDate to, long openingFen, List<IncomeLine> income, List<ExpenseLine> expenses,
		List<Redesignation> redesignations, List<FundLine> funds, long closingFen) {

	/** Income of one source over the period. */
	public record IncomeLine(String source, long amountFen) {
	}

	/** Expenditure for one purpose to one payee over the period, and how many payments it took. */
	public record ExpenseLine(String purpose, String payee, long amountFen, int payments) {
	}

	/** Money moved from one fund to another with other purposes. */
	public record Redesignation(LocalDate on, long voucherNo, String fromFund, String toFund, long amountFen,
			String reason) {
	}

	/** One fund at the start and the end of the period. */
	public record FundLine(long fundId, String name, String source, List<String> purposes, long openingFen,
			long closingFen) {
	}

	public long incomeFen() {
		return income.stream().mapToLong(IncomeLine::amountFen).sum();
	}

	public long expenseFen() {
		return expenses.stream().mapToLong(ExpenseLine::amountFen).sum();
	}

	/** Expenditure per purpose, in the order the lines come. */
	public java.util.Map<String, Long> expenseByPurpose() {
		java.util.Map<String, Long> byPurpose = new java.util.LinkedHashMap<>();
		expenses.forEach(e -> byPurpose.merge(e.purpose(), e.amountFen(), Long::sum));
		return byPurpose;
	}

	/** Whether the statement adds up: opening + income − expenditure = closing, and the funds sum to both ends. */
	public boolean addsUp() {
		return openingFen + incomeFen() - expenseFen() == closingFen
				&& funds.stream().mapToLong(FundLine::openingFen).sum() == openingFen
				&& funds.stream().mapToLong(FundLine::closingFen).sum() == closingFen;
	}
}
