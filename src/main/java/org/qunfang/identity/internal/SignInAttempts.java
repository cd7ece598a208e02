package org.qunfang.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.qunfang.identity.audit.AuditWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed password sign-ins and locks the account after {@code qunfang.login.max-failures} (5) of
 * them in a row for {@code qunfang.login.lock-duration} (15 minutes); a success clears the count. Every
 * attempt, success or failure, goes to the login log. Counting is one atomic update, so parallel
 * guesses cannot slip past the limit.
 */
@Component
class SignInAttempts {

	private final JdbcClient jdbc;
	private final AuditWriter audit;
	private final Clock clock;
	private final int maxFailures;
	private final Duration lockDuration;

	SignInAttempts(JdbcClient jdbc, AuditWriter audit, Clock clock,
			@Value("${qunfang.login.max-failures:5}") int maxFailures,
			@Value("${qunfang.login.lock-duration:PT15M}") Duration lockDuration) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockDuration = lockDuration;
	}

	@EventListener
	@Transactional
	public void succeeded(AuthenticationSuccessEvent event) {
		if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)
				|| !(event.getAuthentication().getPrincipal() instanceof QunfangUser user)) {
			return; // access tokens are not sign-ins
		}
		jdbc.sql("update app_user set failed_attempts = 0, locked_until = null, version = version + 1 where id = :id and (failed_attempts > 0 or locked_until is not null)")
			.param("id", user.id()).update();
		audit.login(user.caller().jurisdiction().countyId(), user.id(), user.getUsername(),
				user.caller().homePath(), "SUCCESS", CallerContext.clientAddress(), userAgent());
	}

	@EventListener
	@Transactional
	public void failed(AbstractAuthenticationFailureEvent event) {
		String username = String.valueOf(event.getAuthentication().getName()).strip();
		String outcome = switch (event.getException()) {
			case LockedException locked -> "LOCKED";
			case DisabledException disabled -> "DISABLED";
			default -> "BAD_CREDENTIALS";
		};
		var account = jdbc.sql("select id, county_id, scope_path from app_user where username = :u")
			.param("u", username).query().listOfRows().stream().findFirst();
		if (account.isPresent() && outcome.equals("BAD_CREDENTIALS")) {
			OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
			jdbc.sql("""
					update app_user set
					  locked_until = case when failed_attempts + 1 >= :max then :until else locked_until end,
					  failed_attempts = case when failed_attempts + 1 >= :max then 0 else failed_attempts + 1 end,
					  version = version + 1
					where id = :id""")
				.param("max", maxFailures).param("until", now.plus(lockDuration))
				.param("id", account.get().get("id")).update();
		}
		audit.login(account.map(a -> ((Number) a.get("county_id")).longValue()).orElse(null),
				account.map(a -> ((Number) a.get("id")).longValue()).orElse(null), username,
				account.map(a -> (String) a.get("scope_path")).orElse(null), outcome, CallerContext.clientAddress(),
				userAgent());
	}

	private static String userAgent() {
		return CallerContext.request().map(r -> r.getHeader("User-Agent")).orElse(null);
	}
}
