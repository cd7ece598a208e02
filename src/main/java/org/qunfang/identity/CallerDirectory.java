package org.qunfang.identity;

import java.util.Optional;

/**
 * A named user as a {@link Caller}, with the same role, jurisdiction and permissions as when they sign in:
 * for demo data and background work done on a user's behalf, so that it passes the same checks and lands
 * in the logs under their name. Disabled users are not found.
 */
public interface CallerDirectory {

	Optional<Caller> of(String username);
}
