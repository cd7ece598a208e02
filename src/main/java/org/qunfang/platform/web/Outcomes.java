package org.qunfang.platform.web;

import java.util.Locale;

import org.qunfang.platform.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a form's action and redirects back to a page with either a notice (a message key) or the
 * refusal in the reader's language. For forms whose page is shown again after the post; forms that
 * re-render themselves with the reader's input handle refusals in place.
 */
public final class Outcomes {

	private Outcomes() {
	}

	public static String run(MessageSource messages, String back, Locale locale, RedirectAttributes redirect, String notice,
			Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (DomainException refused) {
			redirect.addFlashAttribute("error", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
		}
		return back;
	}
}
