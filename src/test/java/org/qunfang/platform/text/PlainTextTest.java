package org.qunfang.platform.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qunfang.platform.DomainException;

class PlainTextTest {

	@Test
	void textIsTrimmedAndKeepsItsLinesAndOrdinaryPunctuation() {
		assertThat(PlainText.required("f", "  村口小卖部 <3 次被盗，损失 > 500 元\r\n第二行  ", 100))
			.isEqualTo("村口小卖部 <3 次被盗，损失 > 500 元\n第二行");
		assertThat(PlainText.optional("f", "   ", 10)).isNull();
		assertThat(PlainText.required("f", "一二三", 3)).isEqualTo("一二三");
		assertThat(PlainText.required("f", "location=村口; condition = 良好", 100)).isEqualTo("location=村口; condition = 良好");
	}

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "看这里<img src=x onerror=alert(1)>", "</div>", "<!-- x -->",
			"javascript:alert(1)", "a onclick = b" })
	void markupIsRefused(String text) {
		assertThatThrownBy(() -> PlainText.required("f", text, 200)).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.messageKey()).isEqualTo("error.text.markup"));
	}

	@Test
	void emptyOversizedAndControlCharactersAreRefused() {
		assertThatThrownBy(() -> PlainText.required("f", " \n ", 10)).hasMessageContaining("error.text.empty");
		assertThatThrownBy(() -> PlainText.required("f", "一二三四", 3)).hasMessageContaining("error.text.too-long");
		assertThatThrownBy(() -> PlainText.required("f", "bell\u0007", 30)).hasMessageContaining("error.text.control");
	}
}
