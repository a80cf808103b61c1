package org.cooperation.tracker.command.web;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.cooperation.tracker.kernel.common.EventMetadata;

/**
 * Wires request metadata into Axon: the dispatch interceptor puts it on commands, and
 * this provider copies it from each command onto the events it causes. (Axon's own
 * provider already copies the correlation id.)
 */
@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

	@Bean
	static CorrelationDataProvider requestMetadataOnEvents() {
		return new SimpleCorrelationDataProvider(EventMetadata.ACTOR, EventMetadata.ACTOR_ROLE,
				EventMetadata.ACTOR_COUNTRY, EventMetadata.ORIGIN, EventMetadata.SAMPLE, EventMetadata.CORRELATION_ID);
	}

	@Bean
	static CorrelationDataProvider causationAndTraceIds() {
		return new MessageOriginProvider("causationId", "traceId");
	}

	@Autowired
	void stampCommands(CommandBus commandBus, RequestMetadata requestMetadata) {
		commandBus.registerDispatchInterceptor(requestMetadata);
	}

}
