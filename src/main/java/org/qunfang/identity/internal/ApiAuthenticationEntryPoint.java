package org.qunfang.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.qunfang.platform.web.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/** An API call without a valid session or token: 401 as a problem detail in the caller's language. */
@Component
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private final ProblemWriter problems;
	private final LocaleResolver locales;

	ApiAuthenticationEntryPoint(ProblemWriter problems, LocaleResolver locales) {
		this.problems = problems;
		this.locales = locales;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		refuse(request, response, "error.unauthenticated");
	}

	void refuse(HttpServletRequest request, HttpServletResponse response, String messageKey) throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer");
		problems.write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", messageKey, locales.resolveLocale(request));
	}
}
