package org.qunfang.funds.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Amounts in the capitals a receipt carries. */
class ChineseAmountTest {

	@ParameterizedTest
	@CsvSource({ "0, 零元整", "1000, 壹拾元整", "1500, 壹拾伍元整", "120530, 壹仟贰佰零伍元叁角整", "50, 伍角整", "7, 柒分",
			"10005, 壹佰元零伍分", "101000, 壹仟零壹拾元整", "100005000, 壹佰万零伍拾元整", "10000000000, 壹亿元整",
			"1000050000, 壹仟万零伍佰元整", "1234567891, 壹仟贰佰叁拾肆万伍仟陆佰柒拾捌元玖角壹分" })
	void writesTheAmountInCapitals(long fen, String capitals) {
		assertThat(ChineseAmount.of(fen)).isEqualTo(capitals);
	}
}
