package org.cooperation.tracker.access.guard;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import com.zaxxer.hikari.HikariDataSource;
import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.cooperation.tracker.access.AccessSchema;
import org.cooperation.tracker.testing.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The buckets on a real PostgreSQL, on a clock the test moves: what the hand-written
 * buckets did before, and what they could not (two stores on one database spend from one
 * bucket; a database that cannot be used lets the request through).
 */
class SharedBucketsTest {

	private static final long SECOND = Duration.ofSeconds(1).toNanos();

	private static final AtomicLong now = new AtomicLong();

	private static HikariDataSource database;

	private static int limits;

	@BeforeAll
	static void migrate() {
		TestPostgres.Database created = TestPostgres.newDatabase();
		database = new HikariDataSource();
		database.setJdbcUrl(created.url());
		database.setUsername(created.user());
		database.setPassword(created.password());
		AccessSchema.migrate(database);
		AccessSchema.migrate(database);
	}

	@AfterAll
	static void close() {
		database.close();
	}

	@Test
	void aBurstPassesThenTheCallerWaitsForTheRefill() {
		SharedBuckets buckets = limit(60, 3);
		for (int i = 0; i < 3; i++) {
			assertThat(buckets.take("user:a")).isZero();
		}
		assertThat(buckets.take("user:a")).isEqualTo(Duration.ofSeconds(1));
		now.addAndGet(SECOND / 2);
		assertThat(buckets.take("user:a")).isBetween(Duration.ofMillis(499), Duration.ofMillis(501));
		now.addAndGet(SECOND / 2 + 1);
		assertThat(buckets.take("user:a")).isZero();
	}

	@Test
	void callersHaveBucketsOfTheirOwn() {
		SharedBuckets buckets = limit(60, 1);
		assertThat(buckets.take("user:a")).isZero();
		assertThat(buckets.take("user:a")).isPositive();
		assertThat(buckets.take("user:b")).isZero();
	}

	@Test
	void lookingDoesNotTake() {
		SharedBuckets buckets = limit(60, 1);
		assertThat(buckets.waitFor("address:1")).isZero();
		assertThat(buckets.waitFor("address:1")).isZero();
		buckets.take("address:1");
		assertThat(buckets.waitFor("address:1")).isEqualTo(Duration.ofSeconds(1));
		now.addAndGet(2 * SECOND);
		assertThat(buckets.waitFor("address:1")).isZero();
	}

	@Test
	void twoInstancesSpendFromOneBucket() {
		String name = "shared-" + ++limits;
		SharedBuckets first = new SharedBuckets(BucketStore.inPostgres(database, clock()), name, 60, 2);
		SharedBuckets second = new SharedBuckets(BucketStore.inPostgres(database, clock()), name, 60, 2);
		assertThat(first.take("user:a")).isZero();
		assertThat(second.take("user:a")).isZero();
		assertThat(first.take("user:a")).isPositive();
		assertThat(second.take("user:a")).isPositive();
	}

	@Test
	void aLimitWithOtherFiguresStartsFromFullBuckets() {
		String name = "changed-" + ++limits;
		SharedBuckets before = new SharedBuckets(BucketStore.inPostgres(database, clock()), name, 60, 1);
		before.take("user:a");
		assertThat(before.take("user:a")).isPositive();
		SharedBuckets after = new SharedBuckets(BucketStore.inPostgres(database, clock()), name, 120, 1);
		assertThat(after.take("user:a")).isZero();
	}

	@Test
	void aDatabaseThatCannotBeUsedLetsTheRequestThroughAndIsNotAskedAgainAtOnce() throws IOException {
		try (HikariDataSource lost = unreachable()) {
			BucketStore store = BucketStore.inPostgres(lost, clock());
			SharedBuckets requests = new SharedBuckets(store, "requests", 60, 1);
			SharedBuckets signIns = new SharedBuckets(store, "failed-sign-ins", 60, 1);
			assertThat(requests.take("user:a")).isZero();
			long asked = System.nanoTime();
			assertThat(requests.take("user:a")).isZero();
			assertThat(signIns.waitFor("address:1")).isZero();
			assertThat(Duration.ofNanos(System.nanoTime() - asked)).as("no second wait for a connection (500 ms)")
				.isLessThan(Duration.ofMillis(250));
		}
	}

	/** A limit of its own, so the tests do not share buckets. */
	private static SharedBuckets limit(int perMinute, int burst) {
		return new SharedBuckets(BucketStore.inPostgres(database, clock()), "test-" + ++limits, perMinute, burst);
	}

	private static TimeMeter clock() {
		return new TimeMeter() {
			@Override
			public long currentTimeNanos() {
				return now.get();
			}

			@Override
			public boolean isWallClockBased() {
				return true;
			}
		};
	}

	private static HikariDataSource unreachable() throws IOException {
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + port + "/tracker");
		pool.setConnectionTimeout(500);
		pool.setInitializationFailTimeout(-1);
		return pool;
	}

}
