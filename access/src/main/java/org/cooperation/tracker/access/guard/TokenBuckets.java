package org.cooperation.tracker.access.guard;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One token bucket per caller: {@code burst} requests at once, refilled evenly at
 * {@code perMinute}. Buckets that have filled up again are forgotten, so the map holds
 * only callers active in the last minutes.
 */
public class TokenBuckets {

	private static final int FORGET_ABOVE = 10_000;

	private final double capacity;

	private final double tokensPerNano;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	public TokenBuckets(int perMinute, int burst) {
		if (perMinute <= 0 || burst <= 0) {
			throw new IllegalArgumentException("a rate limit needs a positive rate and burst");
		}
		this.capacity = burst;
		this.tokensPerNano = perMinute / (double) Duration.ofMinutes(1).toNanos();
	}

	/**
	 * Takes one token for the caller; returns zero when it may go on, otherwise how long
	 * until a token is there.
	 */
	public Duration take(String caller, long nowNanos) {
		if (buckets.size() > FORGET_ABOVE) {
			buckets.values().removeIf(bucket -> bucket.fullAt(nowNanos));
		}
		return buckets.computeIfAbsent(caller, key -> new Bucket(capacity, nowNanos)).take(nowNanos);
	}

	/**
	 * How long until the caller's bucket has a token again, without taking one; zero when
	 * it has one now.
	 */
	public Duration waitFor(String caller, long nowNanos) {
		Bucket bucket = buckets.get(caller);
		return bucket == null ? Duration.ZERO : bucket.waitFor(nowNanos);
	}

	private final class Bucket {

		private double tokens;

		private long updated;

		Bucket(double tokens, long now) {
			this.tokens = tokens;
			this.updated = now;
		}

		synchronized Duration take(long now) {
			refill(now);
			if (tokens >= 1) {
				tokens -= 1;
				return Duration.ZERO;
			}
			return Duration.ofNanos((long) Math.ceil((1 - tokens) / tokensPerNano));
		}

		synchronized Duration waitFor(long now) {
			refill(now);
			return tokens >= 1 ? Duration.ZERO : Duration.ofNanos((long) Math.ceil((1 - tokens) / tokensPerNano));
		}

		synchronized boolean fullAt(long now) {
			refill(now);
			return tokens >= capacity;
		}

		private void refill(long now) {
			tokens = Math.min(capacity, tokens + (now - updated) * tokensPerNano);
			updated = now;
		}

	}

}
