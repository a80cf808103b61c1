package org.cooperation.tracker.query.eventstore;

import java.util.concurrent.TimeUnit;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every processing group gets a tracking processor on the event store, with batches of
 * 50: tracking rather than pooled, because the pooled processor re-polls a JDBC stream
 * every 500 ms, and one rule here rather than three properties per read model.
 * <p>
 * Several query-side instances share a processor's work through Axon's token claims: its
 * history is split into {@code tracker.processors.segments} segments (by each event's
 * aggregate), each claimed by one instance at a time in {@code tokenentry}. Each instance
 * runs a thread per segment, so one instance alone claims every segment and, when another
 * instance is killed, a survivor claims the segments whose claims it stops renewing
 * ({@code axon.eventhandling.tokenstore.claim-timeout}, 5 s) at the next try
 * ({@link #CLAIM_INTERVAL_MILLIS}). How the segments are then shared out again is
 * {@link FairShareOfSegments}'s job.
 * <p>
 * Axon splits a processor into segments only when it creates its first token: a database
 * whose tokens exist keeps their segments (README, "Several instances").
 */
@Configuration(proxyBeanMethods = false)
class ProcessorDefaults {

	static final int BATCH_SIZE = 50;

	/**
	 * How often a thread without a segment tries to claim one: the longest a survivor
	 * leaves an expired claim unclaimed.
	 */
	static final long CLAIM_INTERVAL_MILLIS = 1000;

	@Bean
	ConfigurerModule trackingProcessorsByDefault(@Value("${tracker.processors.segments:2}") int segments) {
		if (segments < 1) {
			throw new IllegalArgumentException("tracker.processors.segments must be 1 or more, not " + segments);
		}
		return (configurer) -> configurer.eventProcessing((processing) -> processing.usingTrackingEventProcessors()
			.registerTrackingEventProcessorConfiguration(
					(config) -> TrackingEventProcessorConfiguration.forParallelProcessing(segments)
						.andInitialSegmentsCount(segments)
						.andTokenClaimInterval(CLAIM_INTERVAL_MILLIS, TimeUnit.MILLISECONDS)
						.andBatchSize(BATCH_SIZE)));
	}

}
