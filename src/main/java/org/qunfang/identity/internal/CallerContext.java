package org.qunfang.identity.internal;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.qunfang.identity.Caller;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one place that turns the current security context into a {@link Caller} (and so a jurisdiction),
 * and tells the client address of the current request.
 */
public final class CallerContext {

	private CallerContext() {
	}

	public static Optional<Caller> current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof QunfangUser user) {
			return Optional.of(user.caller());
		}
		return Optional.empty();
	}

	public static Optional<QunfangUser> principal() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof QunfangUser user ? Optional.of(user) : Optional.empty();
	}

	public static Optional<HttpServletRequest> request() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? Optional.of(attributes.getRequest()) : Optional.empty();
	}

	public static String clientAddress() {
		return request().map(HttpServletRequest::getRemoteAddr).orElse(null);
	}
}
