package org.qunfang.identity;

import java.io.Serializable;
import java.util.Set;

import org.qunfang.platform.ForbiddenException;

/**
 * Who is asking: the signed-in user (by session or access token) with their role, jurisdiction and
 * current permission codes. {@code homePath} is the scope path of the user's own unit, under which their
 * actions are filed in the logs. Controllers receive it as a method parameter; use cases take it (or its
 * jurisdiction) explicitly.
 */
public record Caller(long userId, String username, String displayName, Role role, String homePath,
		Jurisdiction jurisdiction, Set<String> permissions) implements Serializable {

	private static final long serialVersionUID = 1L;

	public Caller {
		permissions = Set.copyOf(permissions);
	}

	public boolean has(String permission) {
		return permissions.contains(permission);
	}

	/** Refuses the call unless the caller holds the permission. */
	public void require(String permission) {
		if (!has(permission)) {
			throw new ForbiddenException("error.permission-missing", permission);
		}
	}
}
