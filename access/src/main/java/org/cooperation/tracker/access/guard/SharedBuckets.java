package org.cooperation.tracker.access.guard;

import java.time.Duration;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;

/**
 * One token bucket per caller for one limit: {@code burst} requests at once, refilled
 * evenly at {@code perMinute}. Kept in the {@link BucketStore}, so the limit holds across
 * instances and restarts; each instance answers from its copy of a bucket for up to a
 * second, and may take up to the limit's slack from it without asking the database.
 */
public class SharedBuckets {

	private final BucketStore store;

	private final String limit;

	private final BucketConfiguration configuration;

	private final long slack;

	/**
	 * A limit whose every token is taken in the database, at once: each instance looks at
	 * a bucket without asking for up to a second, but counts what it takes exactly.
	 * @param name what the limit is about; callers' buckets are kept apart per limit
	 */
	public SharedBuckets(BucketStore store, String name, int perMinute, int burst) {
		this(store, name, perMinute, burst, 0);
	}

	/**
	 * @param name what the limit is about; callers' buckets are kept apart per limit
	 * @param slack how many tokens of a caller's bucket an instance may take without
	 * asking the database, at most for a second: with several instances, a burst may pass
	 * by up to this much per instance
	 */
	public SharedBuckets(BucketStore store, String name, int perMinute, int burst, int slack) {
		if (perMinute <= 0 || burst <= 0) {
			throw new IllegalArgumentException("a rate limit needs a positive rate and burst");
		}
		if (slack < 0 || slack > burst) {
			throw new IllegalArgumentException("a rate limit's slack is between none and its burst");
		}
		this.store = store;
		this.slack = slack;
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
			ConsumptionProbe probe = (slack == 0)
					? store.inTheDatabase(key(caller), configuration,
							(bucket) -> bucket.tryConsumeAndReturnRemaining(1))
					: store.fromCopy(key(caller), configuration, slack,
							(bucket) -> bucket.tryConsumeAndReturnRemaining(1));
			return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
		});
	}

	/**
	 * How long until the caller's bucket has a token again, without taking one; zero when
	 * it has one now. Answered from this instance's copy of the bucket when it is at most
	 * a second old, so what other instances took since may be missing.
	 */
	public Duration waitFor(String caller) {
		return store.ask(limit, () -> {
			EstimationProbe probe = store.fromCopy(key(caller), configuration, Math.max(slack, 1),
					(bucket) -> bucket.estimateAbilityToConsume(1));
			return probe.canBeConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
		});
	}

	private String key(String caller) {
		return limit + ":" + caller;
	}

}
