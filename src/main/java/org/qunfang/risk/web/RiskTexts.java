package org.qunfang.risk.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.qunfang.risk.internal.Hotspots;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The words of the risk pages and API: times of the week and the reasons behind a place to watch. */
@Component
class RiskTexts {

	private final MessageSource messages;

	RiskTexts(MessageSource messages) {
		this.messages = messages;
	}

	String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	/** "周三 20–24时": a weekday and a block of hours. */
	String when(int weekday, int fromHour, Locale locale) {
		return message("risk.when", locale, message("risk.weekday." + weekday, locale), fromHour, fromHour + Hotspots.BLOCK);
	}

	/** The hours of the week as the heat map labels them: "周二 14时". */
	List<String> hourLabels(Locale locale) {
		List<String> labels = new ArrayList<>();
		for (int day = 0; day < 7; day++) {
			String name = message("risk.weekday." + day, locale);
			for (int hour = 0; hour < 24; hour++) {
				labels.add(message("risk.hour", locale, name, hour));
			}
		}
		return labels;
	}

	/** The reasons as one sentence each, joined. */
	String reasons(List<Hotspots.Reason> reasons, Locale locale) {
		return String.join(" ", reasons.stream().map(r -> r.text(messages, locale)).toList());
	}
}
