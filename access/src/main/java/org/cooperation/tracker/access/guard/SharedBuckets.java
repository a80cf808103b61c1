package org.cooperation.tracker.access.guard;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.cooperation.tracker.access.problem.DatabaseUnavailable;

/**
 * One token bucket per caller for one limit: {@code burst} requests at once, refilled
 * evenly at {@code perMinute}. The buckets live in PostgreSQL (Bucket4j, one row locked
 * for update per request), so every instance of both applications spends from the same
 * bucket and a restart forgets nothing.
 * <p>
 * A database that cannot be used lets the request through rather than refusing it: the
 * limit guards the database, which is not there to overload, and the request meets the
 * application's own 503 (or its 503 page) where it needs the database. After such a
 * failure the buckets are not asked again for a few seconds, so an outage does not cost
 * every request a second wait for a connection.
 */
public class SharedBuckets {

	private static final Logger log = LoggerFactory.getLogger(SharedBuckets.class);

	/** How long after a database failure the limit is not checked. */
	private static final Duration RESTING_AFTER_FAILURE = Duration.ofSeconds(DatabaseUnavailable.RETRY_AFTER_SECONDS);

	private final ProxyManager<String> store;

	private final String limit;

	private final BucketConfiguration configuration;

	private final AtomicLong restingUntil = new AtomicLong(System.nanoTime());

	/**
	 * @param store where the buckets are kept, see {@link #inPostgres}
	 * @param name what the limit is about; callers' buckets are kept apart per limit
	 */
	public SharedBuckets(ProxyManager<String> store, String name, int perMinute, int burst) {
		if (perMinute <= 0 || burst <= 0) {
			throw new IllegalArgumentException("a rate limit needs a positive rate and burst");
		}
		this.store = store;
		// The figures are part of the key: a changed limit starts from fresh buckets
		// instead of one filled under the old figures.
		this.limit = name + ":" + perMinute + "/" + burst + ":";
		this.configuration = BucketConfiguration.builder()
			.addLimit(bandwidth -> bandwidth.capacity(burst).refillGreedy(perMinute, Duration.ofMinutes(1)))
			.build();
	}

	/**
	 * Bucket4j's store on the application's database, in the table the access module's
	 * migration creates. A bucket row may be deleted once it has filled up again
	 * ({@link ExpiredBuckets}). The clock must be the wall clock in production: every
	 * instance reads and writes the same buckets.
	 */
	public static PostgreSQLSelectForUpdateBasedProxyManager<String> inPostgres(DataSource dataSource,
			TimeMeter clock) {
		return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("access_limit_bucket")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
			.clientClock(clock)
			.build();
	}

	/**
	 * Takes one token for the caller; returns zero when it may go on, otherwise how long
	 * until a token is there.
	 */
	public Duration take(String caller) {
		if (resting()) {
			return Duration.ZERO;
		}
		try {
			ConsumptionProbe probe = bucket(caller).tryConsumeAndReturnRemaining(1);
			return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
		}
		catch (RuntimeException ex) {
			return letThrough(ex);
		}
	}

	/**
	 * How long until the caller's bucket has a token again, without taking one; zero when
	 * it has one now.
	 */
	public Duration waitFor(String caller) {
		if (resting()) {
			return Duration.ZERO;
		}
		try {
			EstimationProbe probe = bucket(caller).estimateAbilityToConsume(1);
			return probe.canBeConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
		}
		catch (RuntimeException ex) {
			return letThrough(ex);
		}
	}

	private BucketProxy bucket(String caller) {
		return store.builder().build(limit + caller, () -> configuration);
	}

	private boolean resting() {
		return System.nanoTime() - restingUntil.get() < 0;
	}

	private Duration letThrough(RuntimeException failure) {
		if (!DatabaseUnavailable.causedBy(failure)) {
			throw failure;
		}
		restingUntil.set(System.nanoTime() + RESTING_AFTER_FAILURE.toNanos());
		log.warn("Rate limit {} not checked for {} s, the database cannot be used: {}", limit,
				RESTING_AFTER_FAILURE.toSeconds(), failure.toString());
		return Duration.ZERO;
	}

}
