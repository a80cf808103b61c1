package org.cooperation.tracker.command.concurrency;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires If-Match into Axon. Axon's Spring configuration takes the one
 * {@link CommandTargetResolver} bean for every aggregate, and every
 * {@link HandlerEnhancerDefinition} bean for every handler.
 */
@Configuration(proxyBeanMethods = false)
class OptimisticConcurrency {

	@Bean
	static CommandTargetResolver expectedVersionTargetResolver() {
		return new ExpectedVersionTargetResolver();
	}

	@Bean
	static HandlerEnhancerDefinition unseenChangesRefused() {
		return new UnseenChangesRefused();
	}

	@Autowired
	void stampExpectedVersions(CommandBus commandBus) {
		commandBus.registerDispatchInterceptor(new ExpectedVersionOnCommands());
	}

}
