package org.cooperation.tracker.access.guard;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 */
public class BucketStore {

	private static final Logger log = LoggerFactory.getLogger(BucketStore.class);

	/** How long after a database failure the limits are not checked. */
	private static final Duration RESTING_AFTER_FAILURE = Duration.ofSeconds(DatabaseUnavailable.RETRY_AFTER_SECONDS);

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	private final AtomicLong restingUntil = new AtomicLong(System.nanoTime());

	private BucketStore(PostgreSQLSelectForUpdateBasedProxyManager<String> buckets) {
		this.buckets = buckets;
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
			.build());
	}

	BucketProxy bucket(String key, BucketConfiguration configuration) {
		return buckets.builder().build(key, () -> configuration);
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
