package org.qunfang.platform;

import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/**
 * Globally unique, time-ordered 64-bit ids: 42 bits of milliseconds since 2024-01-01, 10 random node
 * bits chosen at start, 11 bits of sequence. Ids sort by creation time and need no database round trip,
 * so rows of every module and county can later be merged or distributed without renumbering.
 */
@Component
public class IdGenerator {

	private static final long EPOCH = 1_704_067_200_000L;
	private static final int SEQUENCE_BITS = 11;
	private static final int NODE_BITS = 10;

	private final Clock clock;
	private final long node = ThreadLocalRandom.current().nextLong(1 << NODE_BITS);
	private final AtomicLong last = new AtomicLong();

	public IdGenerator(Clock clock) {
		this.clock = clock;
	}

	public long next() {
		while (true) {
			long previous = last.get();
			long now = Math.max(System.currentTimeMillis(), clock.millis()) - EPOCH;
			long previousMillis = previous >>> SEQUENCE_BITS;
			long candidate;
			if (now > previousMillis) {
				candidate = now << SEQUENCE_BITS;
			}
			else {
				candidate = previous + 1; // same (or earlier) millisecond: advance the sequence, borrowing time if full
			}
			if (last.compareAndSet(previous, candidate)) {
				long millis = candidate >>> SEQUENCE_BITS;
				long sequence = candidate & ((1L << SEQUENCE_BITS) - 1);
				return (millis << (NODE_BITS + SEQUENCE_BITS)) | (node << SEQUENCE_BITS) | sequence;
			}
		}
	}
}
