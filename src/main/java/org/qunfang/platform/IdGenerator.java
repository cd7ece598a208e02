package org.qunfang.platform;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Globally unique, time-ordered ids of 53 bits, so that they survive JSON and JavaScript numbers
 * exactly: 41 bits of milliseconds since 2024-01-01 (until 2093), 4 bits of node id
 * ({@code qunfang.node-id}, 0–15, distinct per application node) and 8 bits of sequence (256 ids per
 * millisecond and node; a burst beyond that borrows the next millisecond). Ids sort by creation time and
 * need no database round trip, so rows of every module and county can later be merged or distributed
 * without renumbering.
 */
@Component
public class IdGenerator {

	private static final long EPOCH = 1_704_067_200_000L;
	private static final int SEQUENCE_BITS = 8;
	private static final int NODE_BITS = 4;

	private final Clock clock;
	private final long node;
	private final AtomicLong last = new AtomicLong();

	public IdGenerator(Clock clock, @Value("${qunfang.node-id:0}") int node) {
		if (node < 0 || node >= 1 << NODE_BITS) {
			throw new IllegalStateException("qunfang.node-id must be between 0 and 15, is " + node);
		}
		this.clock = clock;
		this.node = node;
	}

	public long next() {
		while (true) {
			long previous = last.get();
			long now = Math.max(System.currentTimeMillis(), clock.millis()) - EPOCH;
			long candidate = now > (previous >>> SEQUENCE_BITS) ? now << SEQUENCE_BITS : previous + 1;
			if (last.compareAndSet(previous, candidate)) {
				long millis = candidate >>> SEQUENCE_BITS;
				long sequence = candidate & ((1L << SEQUENCE_BITS) - 1);
				return (millis << (NODE_BITS + SEQUENCE_BITS)) | (node << SEQUENCE_BITS) | sequence;
			}
		}
	}
}
