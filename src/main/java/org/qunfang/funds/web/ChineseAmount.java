package org.qunfang.funds.web;

/**
 * 大写金额 — an amount written in the capital numerals a receipt (收据) carries beside the figures, so it
 * cannot be altered: 1,205.30 yuan is 壹仟贰佰零伍元叁角整.
 */
final class ChineseAmount {

	private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
	private static final String[] PLACES = { "", "拾", "佰", "仟" };
	private static final String[] SECTIONS = { "", "万", "亿" };

	private ChineseAmount() {
	}

	/** The amount of {@code fen} (0 to 100,000,000.00 yuan) in capitals. */
	static String of(long fen) {
		if (fen < 0 || fen > 10_000_000_000L) {
			throw new IllegalArgumentException("amount out of range: " + fen);
		}
		long yuan = fen / 100;
		int jiao = (int) (fen / 10 % 10);
		int cents = (int) (fen % 10);
		StringBuilder out = new StringBuilder(yuan == 0 ? "" : integer(yuan) + "元");
		if (jiao == 0 && cents == 0) {
			return (out.isEmpty() ? "零元" : out) + "整";
		}
		if (jiao > 0) {
			out.append(DIGITS.charAt(jiao)).append('角');
		}
		if (cents > 0) {
			out.append(jiao == 0 && yuan > 0 ? "零" : "").append(DIGITS.charAt(cents)).append('分');
		}
		else {
			out.append('整');
		}
		return out.toString();
	}

	private static String integer(long n) {
		StringBuilder out = new StringBuilder();
		boolean zeroBefore = false;
		for (int s = SECTIONS.length - 1; s >= 0; s--) {
			int section = (int) (n / (long) Math.pow(10_000, s) % 10_000);
			if (section == 0) {
				zeroBefore = !out.isEmpty();
				continue;
			}
			if (!out.isEmpty() && (zeroBefore || section < 1000)) {
				out.append('零');
			}
			out.append(section(section)).append(SECTIONS[s]);
			zeroBefore = false;
		}
		return out.toString();
	}

	private static String section(int n) {
		StringBuilder out = new StringBuilder();
		boolean zero = false;
		for (int place = 3; place >= 0; place--) {
			int digit = n / (int) Math.pow(10, place) % 10;
			if (digit == 0) {
				zero = !out.isEmpty();
				continue;
			}
			if (zero) {
				out.append('零');
				zero = false;
			}
			out.append(DIGITS.charAt(digit)).append(PLACES[place]);
		}
		return out.toString();
	}
}
