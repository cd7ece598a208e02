package org.qunfang.identity.internal;

import java.time.Instant;

import org.qunfang.identity.Role;

/** A user as listed to managers: never the password hash, the phone masked. */
public record UserView(long id, String username, String displayName, Role role, long scopeUnitId, String scopeName,
		String phoneMasked, boolean enabled, boolean locked, boolean mustChangePassword, Instant createdAt) {
}
