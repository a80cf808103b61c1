package org.cooperation.tracker.command.eventstore;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.AppendEventsStatementBuilder;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.JdbcEventStorageEngineStatements;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.cooperation.tracker.command.waits.LockWait;

/**
 * Axon's JDBC storage engine on the table layout of its defaults (see the Flyway
 * migration), with commit-ordered appends and PostgreSQL duplicate-key detection. JDBC
 * rather than JPA: the command side has no entities of its own, and Axon's JPA entities
 * would map their payloads to large objects on PostgreSQL.
 * <p>
 * {@code tracker.event-store.commit-ordered-appends=false} switches back to Axon's own
 * appends. It exists so the gap stress test and the append benchmark can show what the
 * ordering buys and costs; production keeps the default.
 */
@Configuration(proxyBeanMethods = false)
class EventStoreConfiguration {

	@Bean
	EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
			@Qualifier("eventSerializer") Serializer eventSerializer,
			org.axonframework.config.Configuration configuration, ConnectionProvider connectionProvider,
			TransactionManager transactionManager,
			@Value("${tracker.event-store.commit-ordered-appends:true}") boolean commitOrdered, LockWait lockWait) {
		return JdbcEventStorageEngine.builder()
			.schema(new EventSchema())
			.snapshotSerializer(defaultSerializer)
			.eventSerializer(eventSerializer)
			.upcasterChain(configuration.upcasterChain())
			.snapshotFilter(configuration.snapshotFilter())
			.persistenceExceptionResolver(new PostgresDuplicateKeyResolver())
			.connectionProvider(connectionProvider)
			.transactionManager(transactionManager)
			.appendEvents(appends(commitOrdered, lockWait))
			.build();
	}

	/** How appends draw their global positions: in commit order, or as Axon does. */
	static AppendEventsStatementBuilder appends(boolean commitOrdered, LockWait lockWait) {
		return commitOrdered ? new CommitOrderedAppends(lockWait) : JdbcEventStorageEngineStatements::appendEvents;
	}

}
