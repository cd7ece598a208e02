package org.qunfang.identity.internal;

import java.util.List;

/**
 * The paths anyone may open without signing in. This is the one list: the security configuration
 * permits exactly these, and the authorization matrix test checks every other endpoint refuses.
 */
public final class PublicPaths {

	public static final List<String> PATTERNS = List.of("/login", "/css/**", "/js/**", "/img/**", "/webjars/**",
			"/favicon.ico", "/error", "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
			"/v3/api-docs.yaml",
			"/swagger-ui.html", "/swagger-ui/**", "/public/**", "/api/v1/public/**");

	/**
	 * Public API paths that take no CSRF token: nobody is signed in there, so there is no session to
	 * protect, and a phone app could not fetch a token first. Public pages keep CSRF (their forms carry it).
	 */
	public static final List<String> WITHOUT_CSRF = List.of("/api/v1/public/**");

	private PublicPaths() {
	}
}
