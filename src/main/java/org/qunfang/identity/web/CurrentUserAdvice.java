package org.qunfang.identity.web;

import java.util.Locale;

import org.qunfang.identity.Notifications;
import org.qunfang.identity.ScopeDirectory;
import org.qunfang.identity.internal.CallerContext;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in person as the header shows them: name, role and jurisdiction. */
@ControllerAdvice
class CurrentUserAdvice {

	/** The signed-in person as shown in the page header. */
	record Me(long id, String username, String displayName, String roleKey, String jurisdictionName,
			java.util.function.LongSupplier unreadCounter) {

		/** Unread notifications, counted only when a page shows them (not for API calls or fragments). */
		public long getUnread() {
			return unreadCounter.getAsLong();
		}
	}

	private final ScopeDirectory scopes;
	private final Notifications notifications;

	CurrentUserAdvice(ScopeDirectory scopes, Notifications notifications) {
		this.scopes = scopes;
		this.notifications = notifications;
	}

	@ModelAttribute("me")
	Me me(Locale locale) {
		return CallerContext.current()
			.map(c -> new Me(c.userId(), c.username(), c.displayName(), c.role().messageKey(),
					scopes.find(c.jurisdiction().unitId()).map(u -> u.name(locale)).orElse(""), memo(() -> notifications.unread(c))))
			.orElse(null);
	}

	private static java.util.function.LongSupplier memo(java.util.function.LongSupplier count) {
		long[] value = { -1 };
		return () -> {
			if (value[0] < 0) {
				value[0] = count.getAsLong();
			}
			return value[0];
		};
	}
}
