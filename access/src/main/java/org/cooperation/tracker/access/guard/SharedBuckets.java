package org.cooperation.tracker.access.guard;

import java.time.Duration;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;

/**
 * One token bucket per caller for one limit: {@code burst} requests at once, refilled
 * evenly at {@code perMinute}. Kept in the {@link BucketStore}, so the limit holds across
 * instances and restarts.
 */
public class SharedBuckets {

	private final BucketStore store;

	private final String limit;

	private final BucketConfiguration configuration;

	/**
	 * @param name what the limit is about; callers' buckets are kept apart per limit
	 */
	public SharedBuckets(BucketStore store, String name, int perMinute, int burst) {
		if (perMinute <= 0 || burst <= 0) {
			throw new IllegalArgumentException("a rate limit needs a positive rate and burst");
		}
		this.store = store;
		// The figures are part of the key: a changed limit starts from fresh buckets
		// instead of one filled under the old figures.
		this.limit = name + ":" + perMinute + "/" + burst;
		this.configuration = BucketConfiguration.builder()
			.addLimit(bandwidth -> bandwidth.capacity(burst).refillGreedy(perMinute, Duration.ofMinutes(1)))
			.build();
	}

	/**
	 * Takes one token for the caller; returns zero when it may go on, otherwise how long
	 * until a token is there.
	 */
	public Duration take(String caller) {
		return store.ask(limit, () -> {
			ConsumptionProbe probe = store.onBucket(key(caller), configuration,
					(bucket) -> bucket.tryConsumeAndReturnRemaining(1));
			return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
		});
	}

	/**
	 * How long until the caller's bucket has a token again, without taking one; zero when
	 * it has one now.
	 */
	public Duration waitFor(String caller) {
		return store.ask(limit, () -> {
			if (store.untouched(key(caller))) {
				return Duration.ZERO;
			}
			EstimationProbe probe = store.onBucket(key(caller), configuration,
					(bucket) -> bucket.estimateAbilityToConsume(1));
			return probe.canBeConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
		});
	}

	private String key(String caller) {
		return limit + ":" + caller;
	}

}
