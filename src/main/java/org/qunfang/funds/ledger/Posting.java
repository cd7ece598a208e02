package org.qunfang.funds.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.qunfang.platform.DomainException;
import org.qunfang.platform.Money;

/**
 * The posting rules of the ledger, in plain Java: which lines an income, an expense, a reversal or a
 * re-designation writes, and the checks that keep the books right — every entry balances, an expense
 * draws only from funds that allow its purpose, and no fund's balance goes below zero. The store applies
 * the lines; the rules live here alone.
 */
public final class Posting {

	/** A fund as it stands when an entry is posted. */
	public record FundState(long id, Set<String> purposes, long balance, LocalDate openedOn) {

		public boolean allows(String purpose) {
			return purposes.contains(purpose);
		}
	}

	/** One line of an entry: a debit or a credit (never both) to the bank account or to a fund. */
	public record Line(Account account, Long fundId, long debit, long credit) {

		public Line {
			if (debit < 0 || credit < 0 || (debit == 0) == (credit == 0)) {
				throw new IllegalArgumentException("a line is a positive debit or a positive credit");
			}
			if ((account == Account.FUND) != (fundId != null)) {
				throw new IllegalArgumentException("fund lines name their fund, bank lines none");
			}
		}

		/** What the line does to its fund's balance (credits add, debits take away). */
		long fundDelta() {
			return credit - debit;
		}

		/** What the line does to the bank account's balance (debits add, credits take away). */
		long bankDelta() {
			return debit - credit;
		}

		Line opposite() {
			return new Line(account, fundId, credit, debit);
		}
	}

	private Posting() {
	}

	/** Money in: the bank account is debited, the fund credited. */
	public static List<Line> income(long fundId, long amount) {
		positive(amount);
		return List.of(new Line(Account.BANK, null, amount, 0), new Line(Account.FUND, fundId, 0, amount));
	}

	/**
	 * Money out for a purpose: drawn from the funds that allow it (only {@code chosenFund} when one is
	 * named) — the most narrowly earmarked first, so general money stays for purposes only it may pay, then
	 * the oldest — each no further than its balance; refused when no fund allows the purpose or they do not
	 * hold enough between them.
	 */
	public static List<Line> expense(List<FundState> funds, String purpose, long amount, Long chosenFund) {
		positive(amount);
		List<FundState> eligible = funds.stream()
			.filter(f -> f.allows(purpose) && (chosenFund == null || f.id() == chosenFund))
			.sorted(Comparator.comparingInt((FundState f) -> f.purposes().size())
				.thenComparing(FundState::openedOn)
				.thenComparingLong(FundState::id))
			.toList();
		if (eligible.isEmpty()) {
			throw new DomainException(chosenFund == null ? "error.funds.no-fund-for-purpose" : "error.funds.fund-not-for-purpose");
		}
		long available = eligible.stream().mapToLong(FundState::balance).sum();
		if (available < amount) {
			throw new DomainException("error.funds.insufficient", yuan(available), yuan(amount));
		}
		List<Line> lines = new ArrayList<>();
		long left = amount;
		for (FundState fund : eligible) {
			long draw = Math.min(left, fund.balance());
			if (draw > 0) {
				lines.add(new Line(Account.FUND, fund.id(), draw, 0));
				left -= draw;
			}
		}
		lines.add(new Line(Account.BANK, null, 0, amount));
		return List.copyOf(lines);
	}

	/** Money moved from one fund to another: nothing leaves the bank account. */
	public static List<Line> redesignation(FundState from, long toFund, long amount) {
		positive(amount);
		if (from.id() == toFund) {
			throw new DomainException("error.funds.redesignate-same");
		}
		if (from.balance() < amount) {
			throw new DomainException("error.funds.insufficient", yuan(from.balance()), yuan(amount));
		}
		return List.of(new Line(Account.FUND, from.id(), amount, 0), new Line(Account.FUND, toFund, 0, amount));
	}

	/** The exact opposite of an entry's lines. */
	public static List<Line> reversal(List<Line> original) {
		return original.stream().map(Line::opposite).toList();
	}

	/**
	 * What the lines do to each fund's balance, checked against the balances before: refused (with the
	 * fund named) when one would go below zero, and refused when the lines do not balance.
	 */
	public static Map<Long, Long> fundChanges(List<Line> lines, Map<Long, Long> balances) {
		requireBalanced(lines);
		Map<Long, Long> changes = new HashMap<>();
		for (Line line : lines) {
			if (line.account() == Account.FUND) {
				changes.merge(line.fundId(), line.fundDelta(), Long::sum);
			}
		}
		changes.forEach((fund, delta) -> {
			if (balances.getOrDefault(fund, 0L) + delta < 0) {
				throw new DomainException("error.funds.would-overdraw", yuan(balances.getOrDefault(fund, 0L)));
			}
		});
		return changes;
	}

	/** What the lines do to the bank account's balance. */
	public static long bankChange(List<Line> lines) {
		return lines.stream().filter(l -> l.account() == Account.BANK).mapToLong(Line::bankDelta).sum();
	}

	/** Refuses lines whose debits and credits differ. */
	public static void requireBalanced(List<Line> lines) {
		long debits = lines.stream().mapToLong(Line::debit).sum();
		long credits = lines.stream().mapToLong(Line::credit).sum();
		if (lines.isEmpty() || debits != credits) {
			throw new IllegalStateException("an entry must balance: debits " + debits + ", credits " + credits);
		}
	}

	private static void positive(long amount) {
		new Money(amount).requirePositive();
	}

	private static String yuan(long fen) {
		return new Money(fen).yuan();
	}
}
