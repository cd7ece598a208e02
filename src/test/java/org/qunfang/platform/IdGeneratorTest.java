package org.qunfang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

class IdGeneratorTest {

	private final IdGenerator ids = new IdGenerator(Clock.systemUTC(), 3);

	@Test
	void idsIncreaseAndArePositive() {
		long previous = 0;
		for (int i = 0; i < 100_000; i++) {
			long id = ids.next();
			assertThat(id).isGreaterThan(previous);
			previous = id;
		}
	}

	@Test
	void idsAreExactInJavaScriptAndCarryTheNode() {
		long id = ids.next();
		assertThat(id).isLessThan(1L << 53);
		assertThat((id >>> 8) & 0xF).isEqualTo(3);
		assertThat(new IdGenerator(Clock.systemUTC(), 4).next()).isNotEqualTo(id);
	}

	@Test
	void nodeIdOutsideItsFourBitsIsRefused() {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> new IdGenerator(Clock.systemUTC(), 16))
			.hasMessageContaining("qunfang.node-id");
	}

	@Test
	void idsAreUniqueAcrossThreads() throws InterruptedException {
		Set<Long> seen = ConcurrentHashMap.newKeySet();
		List<Thread> threads = new ArrayList<>();
		for (int t = 0; t < 8; t++) {
			threads.add(Thread.ofPlatform().start(() -> {
				for (int i = 0; i < 20_000; i++) {
					seen.add(ids.next());
				}
			}));
		}
		for (Thread thread : threads) {
			thread.join();
		}
		assertThat(seen).hasSize(160_000);
	}
}
