package org.cooperation.tracker.access.guard;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.BucketNotFoundException;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.NopeOptimizationListener;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.distributed.proxy.optimization.delay.DelayOptimization;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.cooperation.tracker.access.problem.DatabaseUnavailable;

/**
 * Where every limit's buckets live: Bucket4j's buckets in PostgreSQL, one row per caller
 * and limit, locked for update while an instance takes from it, so every instance of both
 * applications spends from the same bucket and a restart forgets nothing.
 * <p>
 * A database that cannot be used lets the request through rather than refusing it: the
 * limits guard the database, which is not there to overload, and the request meets the
 * application's own 503 (or its 503 page) where it needs the database. After such a
 * failure no limit asks the database for a few seconds, so an outage does not cost every
 * request another wait for a connection.
 * <p>
 * Each instance keeps a copy of the buckets of the callers it saw lately and answers from
 * it (Bucket4j's delaying optimization): it asks the database, in one round trip for all
 * the requests of a caller that meet then (batching), when its copy is older than
 * {@link #SYNCED_AT_LEAST_EVERY}, when the request would bring what it took without
 * asking above the limit's slack ({@link SharedBuckets}), and for a caller it has no copy
 * of. Each request took a row lock in a transaction of its own before: three to four
 * round trips on a connection of their own, the largest wait of a write in the
 * benchmark's profile. What the copy costs in exactness, with several instances: a
 * refusal is never wrong (the copy holds at most the tokens the bucket has, minus what
 * the instance took since), but each instance may let through up to the slack that the
 * others already spent, and sees what they spent at most a second late. Tokens taken
 * without asking are taken from the row at the next round trip even past empty, so over
 * any minute the limit still holds.
 */
public class BucketStore {

	private static final Logger log = LoggerFactory.getLogger(BucketStore.class);

	/** How long after a database failure the limits are not checked. */
	private static final Duration RESTING_AFTER_FAILURE = Duration.ofSeconds(DatabaseUnavailable.RETRY_AFTER_SECONDS);

	/** How old an instance's copy of a bucket may be when it answers from it. */
	static final Duration SYNCED_AT_LEAST_EVERY = Duration.ofSeconds(1);

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	private final AtomicLong restingUntil = new AtomicLong(System.nanoTime());

	/**
	 * The proxies of the callers seen lately that keep this instance's copy of their
	 * bucket, with what it took without asking. Forgetting one loses at most that slack:
	 * what it took is in the row at the next round trip, or never.
	 */
	private final Cache<String, BucketProxy> copies = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterAccess(Duration.ofMinutes(10))
		.build();

	/**
	 * The proxies of the callers seen lately that take every token in the database:
	 * batching joins only the requests that meet in one proxy. Such a proxy holds no
	 * tokens, so forgetting one loses nothing.
	 */
	private final Cache<String, BucketProxy> exact = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterAccess(Duration.ofMinutes(10))
		.build();

	private final TimeMeter clock;

	private BucketStore(PostgreSQLSelectForUpdateBasedProxyManager<String> buckets, TimeMeter clock) {
		this.buckets = buckets;
		this.clock = clock;
	}

	/**
	 * The buckets in the table the access module's migration creates; a row may be
	 * deleted once its bucket has filled up again ({@link ExpiredBuckets}). The clock
	 * must be the wall clock in production: every instance reads and writes the same
	 * buckets.
	 */
	public static BucketStore inPostgres(DataSource dataSource, TimeMeter clock) {
		return new BucketStore(Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("access_limit_bucket")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
			.clientClock(clock)
			.build(), clock);
	}

	/**
	 * The answer of the caller's bucket to a question, from this instance's copy of it
	 * when the copy is at most {@link #SYNCED_AT_LEAST_EVERY} old and what the instance
	 * took without asking stays within the slack; otherwise in one round trip for all the
	 * requests of the caller that meet then, which brings the copy up to date.
	 * @param slack how many tokens the instance may take without asking the database; at
	 * least one, which a question that takes none never uses
	 */
	<T> T fromCopy(String key, BucketConfiguration configuration, long slack, Function<BucketProxy, T> question) {
		return made(key, configuration, question,
				copies.get(key,
						(absent) -> buckets.builder()
							.withOptimization(new DelayOptimization(new DelayParameters(slack, SYNCED_AT_LEAST_EVERY),
									NopeOptimizationListener.INSTANCE, clock))
							.build(key, () -> configuration)));
	}

	/**
	 * The answer of the caller's bucket to a question asked of the database, in one round
	 * trip for all the requests of the caller that meet then (batching, which stays
	 * exact: each request gets its own answer). This instance's copy of the bucket is
	 * dropped, so its next look asks the database too and sees what was taken.
	 */
	<T> T inTheDatabase(String key, BucketConfiguration configuration, Function<BucketProxy, T> question) {
		try {
			return made(key, configuration, question,
					exact.get(key,
							(absent) -> buckets.builder()
								.withOptimization(Optimizations.batching())
								.build(key, () -> configuration)));
		}
		finally {
			copies.invalidate(key);
		}
	}

	/**
	 * A round trip that meets the bucket missing (not made yet, or deleted as filled up
	 * meanwhile) fails all the requests batched in it, as Bucket4j 8.14's batching does
	 * not make the bucket; none of them took a token, so the question is asked again of a
	 * plain proxy, which makes it.
	 */
	private <T> T made(String key, BucketConfiguration configuration, Function<BucketProxy, T> question,
			BucketProxy kept) {
		try {
			return question.apply(kept);
		}
		catch (RuntimeException ex) {
			if (!missing(ex)) {
				throw ex;
			}
			return question.apply(buckets.builder().build(key, () -> configuration));
		}
	}

	private static boolean missing(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof BucketNotFoundException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The answer to a question about a bucket, or zero ("go on") while the database
	 * cannot be used.
	 */
	Duration ask(String limit, Supplier<Duration> question) {
		if (System.nanoTime() - restingUntil.get() < 0) {
			return Duration.ZERO;
		}
		try {
			return question.get();
		}
		catch (RuntimeException ex) {
			if (!DatabaseUnavailable.causedBy(ex)) {
				throw ex;
			}
			restingUntil.set(System.nanoTime() + RESTING_AFTER_FAILURE.toNanos());
			log.warn("Limits not checked for {} s from {}, the database cannot be used: {}",
					RESTING_AFTER_FAILURE.toSeconds(), limit, ex.toString());
			return Duration.ZERO;
		}
	}

	/** Deletes up to {@code batch} buckets that have filled up again; how many it did. */
	int removeExpired(int batch) {
		return buckets.removeExpired(batch);
	}

}
