package org.cooperation.tracker.query.deadletter;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManagerFactory;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.serialization.Serializer;

import org.cooperation.tracker.query.common.BatchPrefetch;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Every processing group gets a dead-letter queue in the {@code deadletterentry} table
 * (Flyway V8), one rule for all rather than a property per read model. Ordered after
 * Axon's own module, which would give a queue only to groups named in properties. A batch
 * of events is tried whole, with its rows written in JDBC batches
 * ({@link BatchedEvents}), and when that fails, event by event, each in a savepoint
 * ({@link EventSavepoints}), so that what the database refuses reaches the queue as the
 * failing event's own.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeadLetterSettings.class)
@EnableScheduling
class DeadLetterConfiguration {

	/**
	 * Static, and given its resources lazily: Axon asks for handler enhancers while it is
	 * being configured, before the persistence unit exists.
	 */
	@Bean
	static HandlerEnhancerDefinition eventSavepoints(ObjectProvider<DataSource> dataSource,
			ObjectProvider<EntityManagerFactory> entityManagerFactory, ObjectProvider<MeterRegistry> meters) {
		return new EventSavepoints(dataSource, entityManagerFactory);
	}

	@Bean
	ConfigurerModule deadLettersForEveryProcessingGroup(ConnectionProvider connectionProvider,
			TransactionManager transactionManager, Serializer genericSerializer,
			@Qualifier("eventSerializer") Serializer eventSerializer, ObjectProvider<DataSource> dataSource,
			ObjectProvider<EntityManagerFactory> entityManagerFactory, ObjectProvider<MeterRegistry> meters,
			ObjectProvider<BatchPrefetch> prefetch, ListableBeanFactory beans) {
		return new ConfigurerModule() {

			@Override
			public void configureModule(org.axonframework.config.Configurer configurer) {
				// Without it, every event costs each processor a select in the queue, for
				// a sequence that is nearly never there (100,000 a read model in a
				// catch-up of 100,000 events). The cache is kept per segment and begun
				// afresh, from the queue, whenever this instance claims one, so a segment
				// taken over from another instance starts from what that one parked.
				for (String bean : beans.getBeanNamesForAnnotation(ProcessingGroup.class)) {
					ProcessingGroup group = beans.findAnnotationOnBean(bean, ProcessingGroup.class);
					configurer.eventProcessing(
							(processing) -> processing.registerDeadLetteringEventHandlerInvokerConfiguration(
									group.value(), (config, invoker) -> invoker.enableSequenceIdentifierCache()));
				}
				configurer.eventProcessing((processing) -> processing
					.registerDeadLetterQueueProvider((group) -> (config) -> JdbcSequencedDeadLetterQueue.builder()
						.processingGroup(group)
						.connectionProvider(connectionProvider)
						.transactionManager(transactionManager)
						.schema(DeadLetterSchema.defaultSchema())
						.statementFactory(new StorableCauses(DeadLetterSchema.defaultSchema(), genericSerializer,
								eventSerializer))
						.genericSerializer(genericSerializer)
						.eventSerializer(eventSerializer)
						.build())
					.registerDefaultDeadLetterPolicy((config) -> new ParkingPolicy())
					// After the announcement of changes (LiveConfiguration), so that it
					// hears of every event of a batch, however the batch was applied.
					.registerDefaultHandlerInterceptor(
							(config, name) -> new BatchedEvents(name, config.eventProcessingConfiguration(), dataSource,
									entityManagerFactory, meters, prefetch)));
			}

			@Override
			public int order() {
				return 100;
			}

		};
	}

}
