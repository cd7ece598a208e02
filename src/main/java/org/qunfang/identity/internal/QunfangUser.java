package org.qunfang.identity.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.qunfang.identity.Caller;
import org.qunfang.identity.Jurisdiction;
import org.qunfang.identity.Role;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in principal: the caller as Spring Security sees it. Authorities are the role
 * ({@code ROLE_…}) and the permission codes the role holds in the user's county.
 */
public final class QunfangUser implements UserDetails, CredentialsContainer {

	private static final long serialVersionUID = 1L;

	private final Caller caller;
	private String passwordHash;
	private final boolean enabled;
	private final boolean locked;
	private final boolean mustChangePassword;
	private final String locale;
	private final long accountVersion;
	private final List<GrantedAuthority> authorities;

	QunfangUser(UserAccount account, Jurisdiction jurisdiction, Set<String> permissions, Instant now) {
		this.caller = new Caller(account.id(), account.username(), account.displayName(), account.role(),
				account.scopePath(), jurisdiction, permissions);
		this.passwordHash = account.passwordHash();
		this.enabled = account.enabled();
		this.locked = account.lockedAt(now);
		this.mustChangePassword = account.mustChangePassword();
		this.locale = account.locale();
		this.accountVersion = account.version();
		this.authorities = Stream.concat(Stream.of("ROLE_" + account.role().name()), permissions.stream().sorted())
			.map(SimpleGrantedAuthority::new)
			.map(GrantedAuthority.class::cast)
			.toList();
	}

	public Caller caller() {
		return caller;
	}

	public long id() {
		return caller.userId();
	}

	public String getDisplayName() {
		return caller.displayName();
	}

	public Role getRole() {
		return caller.role();
	}

	public boolean mustChangePassword() {
		return mustChangePassword;
	}

	long accountVersion() {
		return accountVersion;
	}

	public String locale() {
		return locale;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return caller.username();
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}
}
