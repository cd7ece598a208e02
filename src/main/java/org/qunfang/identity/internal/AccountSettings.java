package org.qunfang.identity.internal;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.qunfang.identity.Audited;
import org.qunfang.identity.audit.AuditWriter;
import org.qunfang.identity.audit.OperationEntry;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.i18n.LocalePreference;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A signed-in person's own account: their password and their language. */
@Service
public class AccountSettings implements LocalePreference {

	private final UserAccounts accounts;
	private final PasswordEncoder encoder;
	private final PasswordPolicy policy;
	private final Clock clock;
	private final AuditWriter audit;

	AccountSettings(UserAccounts accounts, PasswordEncoder encoder, PasswordPolicy policy, Clock clock, AuditWriter audit) {
		this.audit = audit;
		this.accounts = accounts;
		this.encoder = encoder;
		this.policy = policy;
		this.clock = clock;
	}

	@Transactional
	@Audited(value = "identity.account.change-password", target = "user", targetId = "#userId")
	public void changePassword(long userId, String currentPassword, String newPassword, String confirmation) {
		UserAccount account = accounts.findById(userId).orElseThrow();
		if (currentPassword == null || !encoder.matches(currentPassword, account.passwordHash())) {
			throw new DomainException("error.password.current-wrong");
		}
		if (newPassword == null || !newPassword.equals(confirmation)) {
			throw new DomainException("error.password.confirmation");
		}
		if (newPassword.equals(currentPassword)) {
			throw new DomainException("error.password.unchanged");
		}
		policy.check(account.username(), newPassword);
		account.changePassword(encoder.encode(newPassword), clock.instant());
		accounts.save(account);
	}

	@Override
	public Optional<Locale> preferredLocale() {
		return CallerContext.principal().map(QunfangUser::locale).filter(l -> l != null && !l.isBlank())
			.map(Locale::forLanguageTag);
	}

	/** Saves a signed-in person's choice of language (logged, when it changes). */
	@Override
	@Transactional
	public void remember(Locale locale) {
		CallerContext.principal().ifPresent(user -> accounts.findById(user.id()).ifPresent(account -> {
			String chosen = locale == null ? null : locale.toLanguageTag();
			if (java.util.Objects.equals(account.locale(), chosen)) {
				return;
			}
			account.setLocale(locale);
			accounts.save(account);
			audit.operation(new OperationEntry(user.caller().jurisdiction().countyId(), user.id(), user.getUsername(),
					"identity.account.language", "user", Long.toString(user.id()), user.caller().homePath(),
					OperationEntry.Outcome.SUCCESS, chosen, CallerContext.clientAddress()));
		}));
	}
}
