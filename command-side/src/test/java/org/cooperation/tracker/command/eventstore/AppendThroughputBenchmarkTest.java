package org.cooperation.tracker.command.eventstore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.protocol.DirectionAgreed;
import org.cooperation.tracker.kernel.protocol.DirectionId;
import org.cooperation.tracker.kernel.protocol.ProtocolId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What commit-ordered appends cost: appends per second concurrent (the default) and
 * behind the advisory lock, for 1, 4 and 16 concurrent writers, each append its own
 * transaction as a command is; the median of several runs. It prints a table and asserts
 * only that every append was stored: timings on a shared build machine are too noisy to
 * assert.
 * <p>
 * The CI run is short;
 * {@code -Dtracker.benchmark.appends=4000 -Dtracker.benchmark.runs=5} gives steadier
 * figures (README, "No event is skipped").
 */
class AppendThroughputBenchmarkTest extends StorageEngineTest {

	private static final int[] WRITERS = { 1, 4, 16 };

	private static final int APPENDS_PER_RUN = Integer.getInteger("tracker.benchmark.appends", 400);

	private static final int RUNS = Integer.getInteger("tracker.benchmark.runs", 3);

	@Autowired
	DataSourceProperties database;

	@Test
	void appendsPerSecondWithAndWithoutTheOrderingLock() throws Exception {
		// A pool of its own, so sixteen writers measure the lock and not the
		// application's pool of ten.
		try (HikariDataSource pool = database.initializeDataSourceBuilder().type(HikariDataSource.class).build()) {
			pool.setMaximumPoolSize(WRITERS[WRITERS.length - 1] + 1);
			DataSourceTransactionManager springTransactions = new DataSourceTransactionManager(pool);
			TransactionTemplate transactions = new TransactionTemplate(springTransactions);
			EventStorageEngine concurrent = engine(pool, springTransactions, false);
			EventStorageEngine ordered = engine(pool, springTransactions, true);

			// Warms up the JIT, the pool and the table before anything is measured.
			appendsPerSecond(concurrent, transactions, 4);
			appendsPerSecond(ordered, transactions, 4);

			StringBuilder table = new StringBuilder(
					String.format("%nappend throughput, %d appends per run, median of %d runs%n%8s %16s %20s %8s%n",
							APPENDS_PER_RUN, RUNS, "writers", "concurrent (/s)", "commit-ordered (/s)", "ratio"));
			for (int writers : WRITERS) {
				double[] plain = new double[RUNS];
				double[] locked = new double[RUNS];
				// Interleaved, so a noisy neighbour slows both alike.
				for (int run = 0; run < RUNS; run++) {
					plain[run] = appendsPerSecond(concurrent, transactions, writers);
					locked[run] = appendsPerSecond(ordered, transactions, writers);
				}
				double plainMedian = median(plain);
				double lockedMedian = median(locked);
				table.append(String.format("%8d %16.0f %20.0f %8.2f%n", writers, plainMedian, lockedMedian,
						lockedMedian / plainMedian));
			}
			System.out.print(table);
		}
	}

	private double appendsPerSecond(EventStorageEngine engine, TransactionTemplate transactions, int writers)
			throws Exception {
		int each = APPENDS_PER_RUN / writers;
		List<String> aggregates = new ArrayList<>();
		ExecutorService threads = Executors.newFixedThreadPool(writers);
		try {
			List<Future<?>> done = new ArrayList<>();
			long start = System.nanoTime();
			for (int writer = 0; writer < writers; writer++) {
				ProtocolId protocol = ProtocolId.random();
				aggregates.add(protocol.toString());
				done.add(threads.submit(() -> {
					for (int sequence = 0; sequence < each; sequence++) {
						GenericDomainEventMessage<DirectionAgreed> event = event(protocol, sequence);
						transactions.executeWithoutResult((tx) -> engine.appendEvents(event));
					}
				}));
			}
			for (Future<?> writer : done) {
				writer.get(5, TimeUnit.MINUTES);
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			Long stored = jdbc.queryForObject(
					"SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ANY(?)", Long.class,
					(Object) aggregates.toArray(String[]::new));
			assertThat(stored).as("appends stored").isEqualTo((long) each * writers);
			return each * writers / seconds;
		}
		finally {
			threads.shutdownNow();
		}
	}

	private EventStorageEngine engine(HikariDataSource pool, DataSourceTransactionManager transactions,
			boolean commitOrdered) {
		return engineLikeTheApplications().connectionProvider(new SpringDataSourceConnectionProvider(pool))
			.transactionManager(new SpringTransactionManager(transactions))
			.appendEvents(EventStoreConfiguration.appends(commitOrdered, lockWait))
			.build();
	}

	private static GenericDomainEventMessage<DirectionAgreed> event(ProtocolId protocol, long sequence) {
		return new GenericDomainEventMessage<>("Protocol", protocol.toString(), sequence,
				new DirectionAgreed(protocol, DirectionId.random(), LocalizedText.english("Direction " + sequence)));
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

}
