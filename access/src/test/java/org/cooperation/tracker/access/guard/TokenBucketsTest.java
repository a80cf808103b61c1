package org.cooperation.tracker.access.guard;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketsTest {

	private static final long SECOND = Duration.ofSeconds(1).toNanos();

	@Test
	void aBurstPassesThenTheCallerWaitsForTheRefill() {
		TokenBuckets buckets = new TokenBuckets(60, 3);
		for (int i = 0; i < 3; i++) {
			assertThat(buckets.take("user:a", 0)).isZero();
		}
		assertThat(buckets.take("user:a", 0)).isEqualTo(Duration.ofSeconds(1));
		assertThat(buckets.take("user:a", SECOND / 2)).isBetween(Duration.ofMillis(499), Duration.ofMillis(501));
		assertThat(buckets.take("user:a", SECOND + 1)).isZero();
	}

	@Test
	void callersHaveBucketsOfTheirOwn() {
		TokenBuckets buckets = new TokenBuckets(60, 1);
		assertThat(buckets.take("user:a", 0)).isZero();
		assertThat(buckets.take("user:a", 0)).isPositive();
		assertThat(buckets.take("user:b", 0)).isZero();
	}

	@Test
	void lookingDoesNotTake() {
		TokenBuckets buckets = new TokenBuckets(60, 1);
		assertThat(buckets.waitFor("address:1", 0)).isZero();
		assertThat(buckets.waitFor("address:1", 0)).isZero();
		buckets.take("address:1", 0);
		assertThat(buckets.waitFor("address:1", 0)).isEqualTo(Duration.ofSeconds(1));
		assertThat(buckets.waitFor("address:1", 2 * SECOND)).isZero();
	}

}
