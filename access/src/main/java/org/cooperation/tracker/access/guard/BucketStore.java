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
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;

import org.cooperation.tracker.access.problem.DatabaseUnavailable;

/**
 * Where every limit's buckets live: Bucket4j's buckets in PostgreSQL, one row per caller
 * and limit, locked for update while a request takes from it, so every instance of both
 * applications spends from the same bucket and a restart forgets nothing.
 * <p>
 * A database that cannot be used lets the request through rather than refusing it: the
 * limits guard the database, which is not there to overload, and the request meets the
 * application's own 503 (or its 503 page) where it needs the database. After such a
 * failure no limit asks the database for a few seconds, so an outage does not cost every
 * request another wait for a connection.
 * <p>
 * A caller's requests that arrive together are taken from its bucket in one round trip
 * (Bucket4j's batching, which stays exact: each request still gets its own answer).
 * Without it, every request of one busy caller queued on the same row lock, and a burst
 * of 64 writes held 64 connections waiting for each other; the profile of the benchmark
 * showed that wait as the largest of a write.
 */
public class BucketStore {

	private static final Logger log = LoggerFactory.getLogger(BucketStore.class);

	/** How long after a database failure the limits are not checked. */
	private static final Duration RESTING_AFTER_FAILURE = Duration.ofSeconds(DatabaseUnavailable.RETRY_AFTER_SECONDS);

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	private final AtomicLong restingUntil = new AtomicLong(System.nanoTime());

	/**
	 * The proxies of the callers seen lately: batching joins only the requests that meet
	 * in one proxy. A proxy holds no tokens (the row does), so forgetting one loses
	 * nothing.
	 */
	private final Cache<String, BucketProxy> proxies = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterAccess(Duration.ofMinutes(10))
		.build();

	private final JdbcTemplate rows;

	private BucketStore(PostgreSQLSelectForUpdateBasedProxyManager<String> buckets, JdbcTemplate rows) {
		this.buckets = buckets;
		this.rows = rows;
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
			.build(), new JdbcTemplate(dataSource));
	}

	/**
	 * Whether the caller's bucket has no row: no token was taken from it since it was
	 * last full (a full bucket's row is deleted, {@link ExpiredBuckets}), so it is full.
	 * A plain read by key, without the row lock Bucket4j takes even to look: the sign-in
	 * throttle looks at every signed request's address, and the profile of 16 writing
	 * clients on one address showed those looks queueing on one row lock for longer than
	 * anything else a write waited for.
	 */
	boolean untouched(String key) {
		return !Boolean.TRUE.equals(rows
			.queryForObject("SELECT EXISTS (SELECT 1 FROM access_limit_bucket WHERE id = ?)", Boolean.class, key));
	}

	/**
	 * The answer of the caller's bucket to a question, asked of the caller's kept,
	 * batching proxy. A batch that meets the bucket missing (not made yet, or deleted as
	 * filled up meanwhile) fails all its requests, as Bucket4j 8.14's batching does not
	 * make the bucket; none of them took a token, so the question is asked again of a
	 * plain proxy, which makes it.
	 */
	<T> T onBucket(String key, BucketConfiguration configuration, Function<BucketProxy, T> question) {
		try {
			return question.apply(proxies.get(key,
					(absent) -> buckets.builder()
						.withOptimization(Optimizations.batching())
						.build(key, () -> configuration)));
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
