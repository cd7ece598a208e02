package org.qunfang.identity.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/** An API call without a valid session or token: 401 as a problem detail in the caller's language. */
@Component
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private final MessageSource messages;
	private final LocaleResolver locales;

	ApiAuthenticationEntryPoint(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		write(response, messages.getMessage("error.unauthenticated", null, locales.resolveLocale(request)),
				messages.getMessage("problem.title.unauthenticated", null, locales.resolveLocale(request)));
	}

	static void write(HttpServletResponse response, String detail, String title) throws IOException {
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setHeader("WWW-Authenticate", "Bearer");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write("{\"type\":\"https://qunfang.org/problems/unauthenticated\",\"title\":\""
				+ title.replace("\"", "'") + "\",\"status\":401,\"detail\":\"" + detail.replace("\"", "'") + "\"}");
	}
}
