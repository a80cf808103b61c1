package org.cooperation.tracker.query.eventstore;

import java.util.List;

import org.axonframework.config.Configuration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.junit.jupiter.api.Test;

import org.cooperation.tracker.query.QuerySideTestBase;
import org.cooperation.tracker.query.history.model.ParticipationHistoryProjection;
import org.cooperation.tracker.query.initiative.model.InitiativesProjection;
import org.cooperation.tracker.query.protocol.model.ProtocolsProjection;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Axon is wired as decided: JDBC storage, a wakeable store, one tracking processor per
 * read model.
 */
class AxonWiringTest extends QuerySideTestBase {

	@Autowired
	private Configuration axon;

	@Autowired
	private EventProcessingConfiguration processing;

	@Autowired
	private TokenStore tokenStore;

	@Autowired
	private ApplicationContext context;

	@Test
	void theEventStoreIsTheWakeableOne() {
		assertThat(axon.eventBus()).isInstanceOf(WakeableEventStore.class);
		assertThat(axon.eventStore()).isSameAs(axon.eventBus());
	}

	@Test
	void tokensAreKeptByJdbcNotJpa() {
		assertThat(tokenStore).isInstanceOf(JdbcTokenStore.class);
	}

	@Test
	void eachReadModelHasATrackingProcessorNamedAfterIt() {
		List<String> groups = context.getBeansWithAnnotation(ProcessingGroup.class)
			.values()
			.stream()
			.map((projection) -> AopUtils.getTargetClass(projection).getAnnotation(ProcessingGroup.class).value())
			.toList();
		assertThat(groups).contains(ProtocolsProjection.PROCESSING_GROUP, InitiativesProjection.PROCESSING_GROUP,
				ParticipationHistoryProjection.PROCESSING_GROUP);
		assertThat(processing.eventProcessors().keySet()).containsExactlyInAnyOrderElementsOf(groups);
		for (String group : groups) {
			EventProcessor processor = processing.eventProcessorByProcessingGroup(group).orElseThrow();
			assertThat(processor).as(group).isInstanceOf(TrackingEventProcessor.class);
			assertThat(processor.getName()).isEqualTo(group);
		}
	}

}
