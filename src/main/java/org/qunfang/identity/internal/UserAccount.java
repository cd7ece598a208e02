package org.qunfang.identity.internal;

import java.time.Instant;
import java.util.Locale;

import org.qunfang.identity.Role;
import org.qunfang.platform.DomainException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person who signs in: one role, one jurisdiction (a unit of the hierarchy), a password kept only as
 * a salted hash, and the state of sign-in (failed attempts, lock, forced change at first sign-in).
 */
@Table("app_user")
public class UserAccount {

	@Id
	private Long id;
	private long countyId;
	private String username;
	private String displayName;
	private String passwordHash;
	private Role role;
	private long scopeUnitId;
	private String scopePath;
	private String phoneCipher;
	private String phoneIndex;
	private String locale;
	private boolean mustChangePassword;
	private boolean enabled;
	private int failedAttempts;
	private Instant lockedUntil;
	private Instant passwordChangedAt;
	private Instant createdAt;
	@Version
	private Long version;

	protected UserAccount() {
	}

	UserAccount(long id, long countyId, String username, String displayName, String passwordHash, Role role,
			long scopeUnitId, String scopePath, boolean mustChangePassword, Instant now) {
		this.id = id;
		this.countyId = countyId;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
		this.scopeUnitId = scopeUnitId;
		this.scopePath = scopePath;
		this.mustChangePassword = mustChangePassword;
		this.enabled = true;
		this.createdAt = now;
	}

	/** The person chose a new password: it replaces the old one and ends any forced change. */
	void changePassword(String newHash, Instant now) {
		this.passwordHash = newHash;
		this.mustChangePassword = false;
		this.passwordChangedAt = now;
	}

	/** An administrator set a temporary password: the person must choose their own at next sign-in. */
	void resetPassword(String temporaryHash, Instant now) {
		this.passwordHash = temporaryHash;
		this.mustChangePassword = true;
		this.passwordChangedAt = now;
		unlock();
	}

	void unlock() {
		this.failedAttempts = 0;
		this.lockedUntil = null;
	}

	void disable() {
		if (!enabled) {
			throw new DomainException("error.user.already-disabled");
		}
		this.enabled = false;
	}

	void enable() {
		this.enabled = true;
	}

	void setPhone(String cipher, String index) {
		this.phoneCipher = cipher;
		this.phoneIndex = index;
	}

	void setLocale(Locale chosen) {
		this.locale = chosen == null ? null : chosen.toLanguageTag();
	}

	boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	public long id() {
		return id;
	}

	public long countyId() {
		return countyId;
	}

	public String username() {
		return username;
	}

	public String displayName() {
		return displayName;
	}

	String passwordHash() {
		return passwordHash;
	}

	public Role role() {
		return role;
	}

	public long scopeUnitId() {
		return scopeUnitId;
	}

	public String scopePath() {
		return scopePath;
	}

	String phoneCipher() {
		return phoneCipher;
	}

	public String locale() {
		return locale;
	}

	public boolean mustChangePassword() {
		return mustChangePassword;
	}

	public boolean enabled() {
		return enabled;
	}

	public int failedAttempts() {
		return failedAttempts;
	}

	public Instant lockedUntil() {
		return lockedUntil;
	}

	long version() {
		return version == null ? 0 : version;
	}

	public Instant createdAt() {
		return createdAt;
	}
}
