package org.qunfang.cases.suggestion;

import java.util.Arrays;
import java.util.Locale;

import org.qunfang.platform.DomainException;

/**
 * What a villager writes in the suggestion book. Opinions (意见) and suggestions (建议) are answered in
 * public on the village page; tips (举报线索) and complaints (投诉) never appear there, so that nobody learns
 * who told what.
 */
public enum SuggestionKind {
	OPINION(true), SUGGESTION(true), TIP(false), COMPLAINT(false);

	private final boolean publicReply;

	SuggestionKind(boolean publicReply) {
		this.publicReply = publicReply;
	}

	/** Whether the writing and its reply may appear on the public village page. */
	public boolean publicReply() {
		return publicReply;
	}

	public String messageKey() {
		return "suggestion.kind." + name();
	}

	/** The kind a form or API call names; anything else is refused with a clear message. */
	public static SuggestionKind parse(String value) {
		String name = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
		return Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst()
			.orElseThrow(() -> new DomainException("error.suggestion.kind"));
	}
}
