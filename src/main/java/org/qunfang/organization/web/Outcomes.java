package org.qunfang.organization.web;

import java.util.Locale;

import org.qunfang.platform.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Runs a form's action and goes back to a page with either a notice or the refusal in the reader's language. */
final class Outcomes {

	private Outcomes() {
	}

	static String run(MessageSource messages, String back, Locale locale, RedirectAttributes redirect, String notice,
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
