package org.cooperation.tracker.command.eventstore;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.AppendEventsStatementBuilder;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.cooperation.tracker.command.snapshots.ReadableSnapshotsOnly;
import org.cooperation.tracker.command.snapshots.SnapshotJson;
import org.cooperation.tracker.command.waits.LockWait;
import org.cooperation.tracker.eventstore.ConcurrentAppends;

/**
 * Axon's JDBC storage engine on the table layout of its defaults (see the Flyway
 * migration), with concurrent appends and PostgreSQL duplicate-key detection. JDBC rather
 * than JPA: the command side has no entities of its own, and Axon's JPA entities would
 * map their payloads to large objects on PostgreSQL.
 * <p>
 * Appends take no lock: readers never pass a position an open transaction may still fill
 * ({@link org.cooperation.tracker.eventstore.ReadHorizon}).
 * {@code tracker.event-store.commit-ordered-appends=true} serialises them behind one
 * advisory lock instead, as the tracker did before the horizon: kept so that the gap
 * stress test and the benchmark can show what each costs.
 */
@Configuration(proxyBeanMethods = false)
class EventStoreConfiguration {

	/**
	 * Axon's default batch. A record is read in batches of sequence numbers from the
	 * snapshot on; a batch that comes back short is the last. Axon's JDBC engine asks for
	 * one more batch until one comes back empty, in case a record's sequence numbers have
	 * gaps; here they have none (each append takes the next number, and the history is
	 * never deleted from), and that empty batch was a round trip of every write.
	 */
	static final int BATCH_SIZE = 100;

	@Bean
	EventStorageEngine eventStorageEngine(@Qualifier("eventSerializer") Serializer eventSerializer,
			org.axonframework.config.Configuration configuration, ConnectionProvider connectionProvider,
			TransactionManager transactionManager,
			@Value("${tracker.event-store.commit-ordered-appends:false}") boolean commitOrdered, LockWait lockWait) {
		return new ReadableSnapshotsOnly(JdbcEventStorageEngine.builder()
			.schema(new EventSchema())
			.snapshotSerializer(SnapshotJson.serializer())
			.eventSerializer(eventSerializer)
			.upcasterChain(configuration.upcasterChain())
			.snapshotFilter(configuration.snapshotFilter())
			.persistenceExceptionResolver(new PostgresDuplicateKeyResolver())
			.connectionProvider(connectionProvider)
			.transactionManager(transactionManager)
			.appendEvents(appends(commitOrdered, lockWait))
			.batchSize(BATCH_SIZE)
			.finalAggregateBatchPredicate((batch) -> batch.size() < BATCH_SIZE)
			.build());
	}

	/**
	 * How appends draw their global positions: one writer at a time in commit order, or
	 * concurrently.
	 */
	static AppendEventsStatementBuilder appends(boolean commitOrdered, LockWait lockWait) {
		return commitOrdered ? new CommitOrderedAppends(lockWait) : new ConcurrentAppends();
	}

}
