package org.qunfang.funds.web;

import java.util.Locale;

import org.qunfang.funds.fees.ChargeKind;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A charge's name as pages ({@code ${@chargeNames.of(c.kind, c.year, c.title)}}) and exports show it: the
 * defense fee by its year in the reader's language, a levy by the title the village gave it.
 */
@Component("chargeNames")
public class ChargeNames {

	private final MessageSource messages;

	ChargeNames(MessageSource messages) {
		this.messages = messages;
	}

	public String of(ChargeKind kind, int year, String title) {
		return of(kind, year, title, LocaleContextHolder.getLocale());
	}

	String of(ChargeKind kind, int year, String title, Locale locale) {
		return kind == ChargeKind.DEFENSE_FEE
				? messages.getMessage("funds.fee.title", new Object[] { Integer.toString(year) }, locale) : title;
	}
}
