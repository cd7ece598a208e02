package org.qunfang.platform;

import java.math.BigDecimal;

/**
 * An amount of money in fen (分), the unit every amount is kept and added in; yuan with two decimals is
 * only how it is typed and shown. Amounts are bounded (a hundred million yuan at most) so that sums of
 * many of them cannot overflow.
 */
public record Money(long fen) implements Comparable<Money> {

	/** The largest amount one entry may carry: 100,000,000.00 yuan. */
	public static final long MAX_FEN = 10_000_000_000L;

	public static final Money ZERO = new Money(0);

	public static Money fen(long fen) {
		return new Money(fen);
	}

	/**
	 * Reads an amount typed in yuan ("1200", "35.5", "0.08"); refuses text that is not a number, more than
	 * two decimals, a negative amount or one above {@link #MAX_FEN}.
	 */
	public static Money parseYuan(String text) {
		if (text == null || text.isBlank()) {
			throw new DomainException("error.money.missing");
		}
		BigDecimal yuan;
		try {
			yuan = new BigDecimal(text.strip().replace(",", "").replace("，", "").replace("¥", "").replace("￥", ""));
		}
		catch (NumberFormatException e) {
			throw new DomainException("error.money.format", text.strip());
		}
		if (yuan.stripTrailingZeros().scale() > 2) {
			throw new DomainException("error.money.decimals", text.strip());
		}
		if (yuan.signum() < 0) {
			throw new DomainException("error.money.negative", text.strip());
		}
		if (yuan.compareTo(BigDecimal.valueOf(MAX_FEN, 2)) > 0) {
			throw new DomainException("error.money.too-large", text.strip());
		}
		return new Money(yuan.movePointRight(2).longValueExact());
	}

	/** Refuses zero, a negative amount or one above {@link #MAX_FEN}: what an entry or a bill must carry. */
	public Money requirePositive() {
		if (fen <= 0) {
			throw new DomainException("error.money.positive");
		}
		if (fen > MAX_FEN) {
			throw new DomainException("error.money.too-large", yuan());
		}
		return this;
	}

	public Money plus(Money other) {
		return new Money(Math.addExact(fen, other.fen));
	}

	public Money minus(Money other) {
		return new Money(Math.subtractExact(fen, other.fen));
	}

	public boolean isPositive() {
		return fen > 0;
	}

	public boolean isNegative() {
		return fen < 0;
	}

	/** The amount in yuan with two decimals, e.g. {@code 1200.00}. */
	public String yuan() {
		return BigDecimal.valueOf(fen, 2).toPlainString();
	}

	@Override
	public int compareTo(Money other) {
		return Long.compare(fen, other.fen);
	}

	@Override
	public String toString() {
		return yuan();
	}
}
