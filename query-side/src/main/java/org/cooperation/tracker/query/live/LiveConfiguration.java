package org.cooperation.tracker.query.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ConfigurerModule;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every event processor announces its committed batches ({@link CommittedChanges}): one
 * rule for all read models, present and future.
 */
@Configuration(proxyBeanMethods = false)
class LiveConfiguration {

	@Bean
	ConfigurerModule committedChangesOfEveryProcessor(ObjectProvider<JdbcTemplate> jdbc,
			ObjectProvider<ObjectMapper> json) {
		CommittedChanges announcer = new CommittedChanges(jdbc, json);
		return (configurer) -> configurer
			.eventProcessing((processing) -> processing.registerDefaultHandlerInterceptor((config, name) -> announcer));
	}

}
