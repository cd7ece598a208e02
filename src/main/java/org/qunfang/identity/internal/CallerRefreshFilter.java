package org.qunfang.identity.internal;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a signed-in session in step with the account: a disabled or locked account is signed out at
 * its next request; a changed role, jurisdiction or permission table applies at once; and a person who
 * must change their password sees nothing else until they have.
 */
@Component
class CallerRefreshFilter extends OncePerRequestFilter {

	private static final Set<String> ALLOWED_BEFORE_CHANGE = Set.of("/account/password", "/logout", "/login",
			"/error");

	private final UserAccounts accounts;
	private final PrincipalFactory principals;
	private final HttpSessionSecurityContextRepository contexts;
	private final org.qunfang.platform.web.ProblemWriter problems;
	private final org.springframework.web.servlet.LocaleResolver locales;

	CallerRefreshFilter(UserAccounts accounts, PrincipalFactory principals,
			HttpSessionSecurityContextRepository contexts, org.qunfang.platform.web.ProblemWriter problems,
			org.springframework.web.servlet.LocaleResolver locales) {
		this.accounts = accounts;
		this.principals = principals;
		this.contexts = contexts;
		this.problems = problems;
		this.locales = locales;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<QunfangUser> signedIn = CallerContext.principal();
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (signedIn.isEmpty() || BearerTokenFilter.BY_TOKEN.equals(authentication.getDetails())) {
			chain.doFilter(request, response);
			return;
		}
		QunfangUser current = signedIn.get();
		Optional<QunfangUser> fresh = accounts.findById(current.id()).flatMap(principals::principalOf);
		if (fresh.isEmpty() || !fresh.get().isEnabled() || !fresh.get().isAccountNonLocked()) {
			SecurityContextHolder.clearContext();
			if (request.getSession(false) != null) {
				request.getSession(false).invalidate();
			}
			response.sendRedirect(request.getContextPath() + "/login?expired");
			return;
		}
		QunfangUser user = fresh.get();
		if (user.accountVersion() != current.accountVersion()
				|| !user.getAuthorities().equals(current.getAuthorities())
				|| !user.caller().jurisdiction().equals(current.caller().jurisdiction())) {
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
			SecurityContextHolder.setContext(context);
			contexts.saveContext(context, request, response);
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (user.mustChangePassword() && !ALLOWED_BEFORE_CHANGE.contains(path) && !isStatic(path)) {
			if (path.startsWith("/api/")) {
				problems.write(response, org.springframework.http.HttpStatus.FORBIDDEN, "forbidden",
						"error.password.change-first", locales.resolveLocale(request));
			}
			else {
				response.sendRedirect(request.getContextPath() + "/account/password");
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isStatic(String path) {
		return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
				|| path.startsWith("/img/");
	}
}
