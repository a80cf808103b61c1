package org.cooperation.tracker.query.eventstore;

import javax.sql.DataSource;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;
import org.axonframework.serialization.Serializer;

import org.cooperation.tracker.eventstore.ConcurrentAppends;
import org.cooperation.tracker.eventstore.HorizonReads;
import org.cooperation.tracker.eventstore.ReadHorizon;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The event store the tracking processors read. Declaring it here switches off Axon's own
 * event store and storage engine beans, so both are built as Axon's JDBC
 * auto-configuration would build them, plus the two things we need: waiting for the event
 * table, and a store that NOTIFY can wake.
 */
@Configuration(proxyBeanMethods = false)
class EventStoreConfiguration {

	/** The bean name the processors' {@code source=eventStore} property refers to. */
	static final String EVENT_STORE = "eventStore";

	@Bean
	EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
			@Qualifier("eventSerializer") Serializer eventSerializer,
			org.axonframework.config.Configuration configuration, ConnectionProvider connectionProvider,
			TransactionManager transactionManager, DataSource dataSource, ReadHorizon horizon) {
		// Axon's default schema: the unquoted camel-case names the command side's table
		// uses.
		EventSchema schema = new EventSchema();
		JdbcEventStorageEngine jdbc = HorizonReads.boundedBy(JdbcEventStorageEngine.builder(), horizon)
			.snapshotSerializer(defaultSerializer)
			.eventSerializer(eventSerializer)
			.upcasterChain(configuration.upcasterChain())
			.snapshotFilter(configuration.snapshotFilter())
			.persistenceExceptionResolver(new JdbcSQLErrorCodesResolver())
			.connectionProvider(connectionProvider)
			.transactionManager(transactionManager)
			.schema(schema)
			// Only tests append here, as the command side would.
			.appendEvents(new ConcurrentAppends())
			.build();
		return new EventTableAwaitingStorageEngine(jdbc, new JdbcTemplate(dataSource), schema.domainEventTable());
	}

	/**
	 * How far every reader of the event stream may read: the processors, the sealer, the
	 * audit history's feed. One per application, so that what one reader has seen settle
	 * another need not sample again.
	 */
	@Bean
	ReadHorizon readHorizon() {
		return new ReadHorizon(ReadHorizon.GLOBAL_INDEX_SEQUENCE);
	}

	/**
	 * Keeps Axon's default fetch delay (1000 ms) as the polling fallback for a missed or
	 * delayed notification.
	 */
	@Bean(name = EVENT_STORE)
	WakeableEventStore eventStore(EventStorageEngine storageEngine,
			org.axonframework.config.Configuration configuration) {
		return new WakeableEventStore(EmbeddedEventStore.builder()
			.storageEngine(storageEngine)
			.messageMonitor(configuration.messageMonitor(EventStore.class, EVENT_STORE))
			.spanFactory(configuration.getComponent(EventBusSpanFactory.class)));
	}

}
