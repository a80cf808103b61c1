package org.cooperation.tracker.command.eventstore;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's JDBC storage engine on the table layout of its defaults (see the Flyway
 * migration), with commit-ordered appends and PostgreSQL duplicate-key detection. JDBC
 * rather than JPA: the command side has no entities of its own, and Axon's JPA entities
 * would map their payloads to large objects on PostgreSQL.
 */
@Configuration(proxyBeanMethods = false)
class EventStoreConfiguration {

	@Bean
	EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
			@Qualifier("eventSerializer") Serializer eventSerializer,
			org.axonframework.config.Configuration configuration, ConnectionProvider connectionProvider,
			TransactionManager transactionManager) {
		return JdbcEventStorageEngine.builder()
			.schema(new EventSchema())
			.snapshotSerializer(defaultSerializer)
			.eventSerializer(eventSerializer)
			.upcasterChain(configuration.upcasterChain())
			.snapshotFilter(configuration.snapshotFilter())
			.persistenceExceptionResolver(new PostgresDuplicateKeyResolver())
			.connectionProvider(connectionProvider)
			.transactionManager(transactionManager)
			.appendEvents(new CommitOrderedAppends())
			.build();
	}

}
