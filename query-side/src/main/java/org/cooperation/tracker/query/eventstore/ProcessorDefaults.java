package org.cooperation.tracker.query.eventstore;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every processing group gets a tracking processor on the event store, with batches of
 * 50: tracking rather than pooled, because the pooled processor re-polls a JDBC stream
 * every 500 ms, and one rule here rather than three properties per read model.
 */
@Configuration(proxyBeanMethods = false)
class ProcessorDefaults {

	static final int BATCH_SIZE = 50;

	@Bean
	ConfigurerModule trackingProcessorsByDefault() {
		return (configurer) -> configurer.eventProcessing((processing) -> processing.usingTrackingEventProcessors()
			.registerTrackingEventProcessorConfiguration(
					(config) -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
						.andBatchSize(BATCH_SIZE)));
	}

}
