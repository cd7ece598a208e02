package org.qunfang.identity.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.qunfang.identity.Audited;
import org.qunfang.identity.Caller;
import org.qunfang.identity.IdentityPermissions;
import org.qunfang.identity.Jurisdiction;
import org.qunfang.identity.PersonalData;
import org.qunfang.identity.Role;
import org.qunfang.identity.ScopeDirectory;
import org.qunfang.identity.ScopeUnit;
import org.qunfang.platform.ConflictException;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.ForbiddenException;
import org.qunfang.platform.IdGenerator;
import org.qunfang.platform.NotFoundException;
import org.qunfang.platform.crypto.PersonalDataCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managing the accounts of a jurisdiction: list, create, unlock, reset a password, disable. A manager
 * acts only inside their own jurisdiction and never creates an account with a wider one.
 */
@Service
public class UserAdministration {

	private final UserAccounts accounts;
	private final JdbcClient jdbc;
	private final ScopeDirectory scopes;
	private final PasswordEncoder encoder;
	private final PasswordPolicy policy;
	private final PersonalDataCipher cipher;
	private final PersonalData personalData;
	private final IdGenerator ids;
	private final Clock clock;

	UserAdministration(UserAccounts accounts, JdbcClient jdbc, ScopeDirectory scopes, PasswordEncoder encoder,
			PasswordPolicy policy, PersonalDataCipher cipher, PersonalData personalData, IdGenerator ids, Clock clock) {
		this.personalData = personalData;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.scopes = scopes;
		this.encoder = encoder;
		this.policy = policy;
		this.cipher = cipher;
		this.ids = ids;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<UserView> list(Caller caller, String search, Locale locale) {
		caller.require(IdentityPermissions.USER_VIEW);
		var scope = caller.jurisdiction().where("u");
		String like = search == null || search.isBlank() ? null : "%" + search.strip().toLowerCase(Locale.ROOT) + "%";
 		List<Long> ids = scope.bind(jdbc.sql("select id from app_user u where " + scope.sql()
				+ " and (cast(:q as varchar) is null or lower(u.username) like :q or lower(u.display_name) like :q)"
				+ " order by u.scope_path, u.username limit 1000"))
			.param("q", like)
			.query(Long.class).list();
		return accounts.findAllById(ids).stream()
			.sorted(java.util.Comparator.comparing(UserAccount::scopePath).thenComparing(UserAccount::username))
			.map(a -> view(a, locale))
			.toList();
	}

	@Transactional(readOnly = true)
	public UserView get(Caller caller, long id, Locale locale) {
		caller.require(IdentityPermissions.USER_VIEW);
		return view(inScope(caller.jurisdiction(), id), locale);
	}

	@Transactional
	@Audited(value = "identity.user.create", target = "user", targetId = "#result")
	public long create(Caller caller, NewUser form) {
		caller.require(IdentityPermissions.USER_MANAGE);
		ScopeUnit unit = scopes.find(form.scopeUnitId()).orElseThrow(() -> new DomainException("error.user.scope-unknown"));
		Jurisdiction target = Jurisdiction.of(unit);
		if (!caller.jurisdiction().contains(target)) {
			throw new ForbiddenException("error.user.scope-outside");
		}
		if (!form.role().actsAt(unit.level())) {
			throw new DomainException("error.user.role-scope-mismatch");
		}
		requireAuthorityOver(caller, form.role(), unit.homePath());
		if (accounts.findByUsername(form.username()).isPresent()) {
			throw new ConflictException("error.user.username-taken", form.username());
		}
		policy.check(form.username(), form.temporaryPassword());
		UserAccount account = new UserAccount(ids.next(), unit.countyId(), form.username(), form.displayName().strip(),
				encoder.encode(form.temporaryPassword()), form.role(), unit.id(), unit.homePath(), true, clock.instant());
		if (form.phone() != null && !form.phone().isBlank()) {
			account.setPhone(cipher.encrypt(form.phone()), cipher.blindIndex(form.phone()));
		}
		try {
			accounts.save(account);
		}
		catch (org.springframework.dao.DuplicateKeyException sameNameAtOnce) {
			throw new ConflictException("error.user.username-taken", form.username());
		}
		return account.id();
	}

	@Transactional
	@Audited(value = "identity.user.unlock", target = "user", targetId = "#id")
	public void unlock(Caller caller, long id) {
		caller.require(IdentityPermissions.USER_MANAGE);
		UserAccount account = managed(caller, id);
		account.unlock();
		accounts.save(account);
	}

	@Transactional
	@Audited(value = "identity.user.reset-password", target = "user", targetId = "#id")
	public void resetPassword(Caller caller, long id, String temporaryPassword) {
		caller.require(IdentityPermissions.USER_MANAGE);
		UserAccount account = managed(caller, id);
		policy.check(account.username(), temporaryPassword);
		account.resetPassword(encoder.encode(temporaryPassword), clock.instant());
		accounts.save(account);
	}

	@Transactional
	@Audited(value = "identity.user.disable", target = "user", targetId = "#id")
	public void disable(Caller caller, long id) {
		caller.require(IdentityPermissions.USER_MANAGE);
		if (caller.userId() == id) {
			throw new DomainException("error.user.disable-self");
		}
		UserAccount account = managed(caller, id);
		account.disable();
		accounts.save(account);
	}

	@Transactional
	@Audited(value = "identity.user.enable", target = "user", targetId = "#id")
	public void enable(Caller caller, long id) {
		caller.require(IdentityPermissions.USER_MANAGE);
		UserAccount account = managed(caller, id);
		account.enable();
		accounts.save(account);
	}

	/** A user's phone number in full, for a caller allowed to see it; the view is logged. */
	@Transactional
	public String revealPhone(Caller caller, long id) {
		caller.require(IdentityPermissions.USER_VIEW);
		UserAccount account = inScope(caller.jurisdiction(), id);
		return personalData.reveal(caller, PersonalData.Kind.PHONE, "user", Long.toString(id), account.phoneCipher());
	}

	/**
	 * A manager acts only on accounts below them: the county administrator on every account of the
	 * county, anyone else only on accounts of units narrower than their own (so no officer can take over
	 * a peer's or a superior's account) and never on a county administrator.
	 */
	private static void requireAuthorityOver(Caller caller, Role targetRole, String targetHomePath) {
		if (caller.role() == Role.COUNTY_ADMIN) {
			return;
		}
		if (targetRole == Role.COUNTY_ADMIN) {
			throw new ForbiddenException("error.user.admin-only");
		}
		if (caller.jurisdiction().paths().contains(targetHomePath) || targetHomePath.equals(caller.homePath())) {
			throw new ForbiddenException("error.user.peer");
		}
	}

	/** An account the caller may manage: inside the jurisdiction and below the caller. */
	private UserAccount managed(Caller caller, long id) {
		UserAccount account = inScope(caller.jurisdiction(), id);
		requireAuthorityOver(caller, account.role(), account.scopePath());
		return account;
	}

	private UserAccount inScope(Jurisdiction jurisdiction, long id) {
		return accounts.findById(id)
			.filter(a -> jurisdiction.covers(a.countyId(), a.scopePath()))
			.orElseThrow(NotFoundException::new);
	}

	private UserView view(UserAccount a, Locale locale) {
		String scopeName = scopes.find(a.scopeUnitId()).map(u -> u.name(locale)).orElse("?");
		String phone = personalData.masked(PersonalData.Kind.PHONE, a.phoneCipher());
		return new UserView(a.id(), a.username(), a.displayName(), a.role(), a.scopeUnitId(), scopeName, phone,
				a.enabled(), a.lockedAt(clock.instant()), a.mustChangePassword(), a.createdAt());
	}
}
