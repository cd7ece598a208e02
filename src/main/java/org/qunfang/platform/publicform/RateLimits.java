package org.qunfang.platform.publicform;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Counts attempts per key in fixed windows (e.g. submissions per client address per hour), in memory.
 * That is enough for one node; with several nodes each counts on its own, so the effective limit is the
 * limit times the nodes. Counts are lost on restart. Behind a reverse proxy the client address is the
 * proxy's unless the server is told to trust its forwarded headers ({@code server.forward-headers-strategy}).
 */
@Component
public class RateLimits {

	private static final int PURGE_ABOVE = 10_000;

	private record Window(long index, long millis, int count) {

		boolean over(long nowMillis) {
			return index < nowMillis / millis;
		}
	}

	private final Map<String, Window> windows = new ConcurrentHashMap<>();
	private final Clock clock;

	RateLimits(Clock clock) {
		this.clock = clock;
	}

	/** Counts one attempt; false when the key has used up its limit in the current window. */
	public boolean tryAcquire(String key, int limit, Duration window) {
		long millis = clock.millis();
		long index = millis / window.toMillis();
		if (windows.size() > PURGE_ABOVE) {
			windows.values().removeIf(w -> w.over(millis));
		}
		Window now = windows.merge(key, new Window(index, window.toMillis(), 1),
				(old, one) -> old.index() == index ? new Window(index, old.millis(), old.count() + 1) : one);
		return now.count() <= limit;
	}

	/** Forgets every count, as a restart does. */
	public void clear() {
		windows.clear();
	}
}
