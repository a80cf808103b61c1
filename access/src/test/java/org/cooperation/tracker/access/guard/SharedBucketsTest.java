package org.cooperation.tracker.access.guard;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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

	/**
	 * An instance looks at a bucket from its copy for up to a second: what another
	 * instance took meanwhile shows once that second is over, not later.
	 */
	@Test
	void anotherInstanceSeesWhatWasTakenAtMostASecondLate() {
		String name = "seen-" + ++limits;
		SharedBuckets first = new SharedBuckets(BucketStore.inPostgres(database, clock()), name, 1, 1);
		SharedBuckets second = new SharedBuckets(BucketStore.inPostgres(database, clock()), name, 1, 1);
		assertThat(second.waitFor("address:1")).isZero();
		assertThat(first.take("address:1")).isZero();
		assertThat(first.waitFor("address:1")).as("the instance that took it").isPositive();
		assertThat(second.waitFor("address:1")).as("the other, from its copy").isZero();
		now.addAndGet(SECOND + 1);
		assertThat(second.waitFor("address:1")).as("the other, a second later").isPositive();
	}

	/**
	 * With a slack, each instance takes that many tokens from its copy before it asks: on
	 * two instances a burst passes by at most the two slacks, and what was taken without
	 * asking is taken from the shared bucket at the next round trip, past empty if need
	 * be, so the caller then waits for the refill of all of it.
	 */
	@Test
	void aSlackLetsEachInstancePassABurstByAtMostItself() {
		String name = "slack-" + ++limits;
		List<SharedBuckets> instances = List.of(
				new SharedBuckets(BucketStore.inPostgres(database, clock()), name, 60, 10, 2),
				new SharedBuckets(BucketStore.inPostgres(database, clock()), name, 60, 10, 2));
		int passed = 0;
		for (int i = 0; i < 30; i++) {
			if (instances.get(i % 2).take("user:a").isZero()) {
				passed++;
			}
		}
		assertThat(passed).isBetween(10, 14);
		now.addAndGet(SECOND + 1);
		assertThat(instances.get(0).take("user:a")).as("a second's refill went to what was taken without asking")
			.isPositive();
	}

	/**
	 * Requests of one caller that meet are taken in one round trip (batching): each still
	 * gets its own exact answer, on each of two instances, so the burst is never exceeded
	 * nor a token lost.
	 */
	@Test
	void aConcurrentBurstOnTwoInstancesTakesExactlyTheBucket() throws Exception {
		String name = "burst-" + ++limits;
		List<SharedBuckets> instances = List.of(
				new SharedBuckets(BucketStore.inPostgres(database, clock()), name, 1, 20),
				new SharedBuckets(BucketStore.inPostgres(database, clock()), name, 1, 20));
		assertThat(passedOf64ConcurrentTakes(instances)).isEqualTo(20);
		assertThat(instances.get(0).take("user:busy")).isPositive();
	}

	/**
	 * A bucket deleted under the kept proxies (ExpiredBuckets deletes a bucket once it
	 * has filled up again, which with a generous limit is at once) is made again by the
	 * next requests, batched or not: before, a batch that met it missing failed every
	 * request in it with a 500.
	 */
	@Test
	void aBucketDeletedUnderABusyCallerIsMadeAgain() throws Exception {
		String name = "deleted-" + ++limits;
		List<SharedBuckets> instances = List.of(
				new SharedBuckets(BucketStore.inPostgres(database, clock()), name, 1, 20),
				new SharedBuckets(BucketStore.inPostgres(database, clock()), name, 1, 20));
		assertThat(passedOf64ConcurrentTakes(instances)).isEqualTo(20);
		AtomicBoolean taking = new AtomicBoolean(true);
		AtomicInteger deleted = new AtomicInteger();
		Thread sweeper = new Thread(() -> {
			try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
				while (taking.get()) {
					deleted.addAndGet(
							statement.executeUpdate("DELETE FROM access_limit_bucket WHERE id LIKE '" + name + "%'"));
				}
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		});
		sweeper.start();
		try {
			// Deleted meanwhile, the bucket starts full again: how many pass in a round
			// is
			// not fixed (each instance answers from its own copy, at most a second old,
			// which
			// may still be the spent one), only that every request gets an answer; and
			// once
			// the copies have met the database again, the bucket was made again.
			int most = 0;
			long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
			for (int round = 0; round < 10 || System.nanoTime() < until; round++) {
				most = Math.max(most, passedOf64ConcurrentTakes(instances));
			}
			assertThat(most).as("the most that passed in a round").isBetween(20, 64);
		}
		finally {
			taking.set(false);
			sweeper.join();
		}
		assertThat(deleted.get()).isPositive();
	}

	/**
	 * 64 takes of one caller at once, 16 at a time, alternating between the instances.
	 */
	private static int passedOf64ConcurrentTakes(List<SharedBuckets> instances) throws Exception {
		ExecutorService requests = Executors.newFixedThreadPool(16);
		try {
			List<Future<Duration>> answers = new ArrayList<>();
			for (int i = 0; i < 64; i++) {
				SharedBuckets instance = instances.get(i % 2);
				answers.add(requests.submit(() -> instance.take("user:busy")));
			}
			int passed = 0;
			for (Future<Duration> answer : answers) {
				if (answer.get(30, TimeUnit.SECONDS).isZero()) {
					passed++;
				}
			}
			return passed;
		}
		finally {
			requests.shutdownNow();
		}
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
			// A new instance's first look, which has no copy of the bucket yet, as well.
			assertThat(new SharedBuckets(BucketStore.inPostgres(lost, clock()), "failed-sign-ins", 60, 1)
				.waitFor("address:1")).isZero();
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
