package org.qunfang.identity.internal;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. Pages use form sign-in with a session (CSRF-protected, a new session id at
 * sign-in); the API takes the same session or a personal access token ({@code Authorization: Bearer
 * qf_…}, no CSRF since no cookie is involved). Everything but {@link PublicPaths} needs a signed-in
 * caller; what a caller may do beyond that is decided by permission codes in the use cases.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder(
			@org.springframework.beans.factory.annotation.Value("${qunfang.security.bcrypt-strength:12}") int strength) {
		return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
	}

	@Bean
	HttpSessionSecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	@Bean
	SecurityFilterChain web(HttpSecurity http, BearerTokenFilter bearer, CallerRefreshFilter refresh,
			HttpSessionSecurityContextRepository contexts, ApiAuthenticationEntryPoint apiEntryPoint) throws Exception {
		RequestMatcher api = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		RequestMatcher bearerRequest = request -> {
			String header = request.getHeader("Authorization");
			return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
		};
		http
			.authorizeHttpRequests(auth -> auth
				.requestMatchers(PublicPaths.PATTERNS.toArray(String[]::new)).permitAll()
				.anyRequest().authenticated())
			.securityContext(c -> c.securityContextRepository(contexts))
			.formLogin(form -> form
				.loginPage("/login")
				.failureHandler((request, response, exception) -> {
					String reason = switch (exception) {
						case LockedException locked -> "locked";
						case DisabledException disabled -> "disabled";
						default -> "bad";
					};
					response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
				})
				.defaultSuccessUrl("/", false)
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			.csrf(csrf -> csrf.ignoringRequestMatchers(bearerRequest)
				.ignoringRequestMatchers(PublicPaths.WITHOUT_CSRF.toArray(String[]::new)))
			.exceptionHandling(ex -> ex
				.defaultAuthenticationEntryPointFor(apiEntryPoint, api)
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
						+ "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; frame-ancestors 'none'"))
				.referrerPolicy(r -> r.policy(
						org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
			.addFilterBefore(bearer, UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(refresh, AuthorizationFilter.class);
		return http.build();
	}

	@Bean
	org.springframework.boot.web.servlet.FilterRegistrationBean<BearerTokenFilter> bearerNotInServletChain(
			BearerTokenFilter filter) {
		var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(filter);
		registration.setEnabled(false); // runs inside the security chain only
		return registration;
	}

	@Bean
	org.springframework.boot.web.servlet.FilterRegistrationBean<CallerRefreshFilter> refreshNotInServletChain(
			CallerRefreshFilter filter) {
		var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

}
