package org.qunfang.identity.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in an API request that presents a personal access token. The request acts as the token's user,
 * with that user's current role, permissions and jurisdiction; nothing is kept in a session. A token
 * that is unknown, expired, revoked, or whose user may not act, gets 401.
 */
@Component
class BearerTokenFilter extends OncePerRequestFilter {

	/** Marks an authentication made from an access token (checked afresh on every request). */
	static final String BY_TOKEN = "access-token";

	private final AccessTokens tokens;
	private final UserAccounts accounts;
	private final PrincipalFactory principals;
	private final ApiAuthenticationEntryPoint entryPoint;

	BearerTokenFilter(AccessTokens tokens, UserAccounts accounts, PrincipalFactory principals,
			ApiAuthenticationEntryPoint entryPoint) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.principals = principals;
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<QunfangUser> user = tokens.authenticate(header.substring(7).strip())
			.flatMap(accounts::findById)
			.flatMap(principals::principalOf)
			.filter(u -> u.isEnabled() && u.isAccountNonLocked() && !u.mustChangePassword());
		if (user.isEmpty()) {
			entryPoint.refuse(request, response, "error.token.invalid");
			return;
		}
		var context = SecurityContextHolder.createEmptyContext();
		var authentication = UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
				user.get().getAuthorities());
		authentication.setDetails(BY_TOKEN);
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
