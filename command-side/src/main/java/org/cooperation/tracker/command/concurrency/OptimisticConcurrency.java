package org.cooperation.tracker.command.concurrency;

import java.util.List;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
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

	/**
	 * In place of Axon's auto-configured gateway: the same, plus a lost race run again
	 * ({@code tracker.command.lost-race-attempts}, 5 by default: each instance lets one
	 * writer at a time at a record, so a writer loses again only if another instance
	 * appended again between its load and its append; with two instances writing to one
	 * record without pause, 3 attempts left 5 in 92 writes answered 409, and each further
	 * attempt costs one load of the record).
	 */
	@Bean
	CommandGateway commandGateway(CommandBus commandBus, @Value("${tracker.command.lost-race-attempts:5}") int attempts,
			List<SecondAttempt> preparations) {
		return new RetriedOnLostRace(DefaultCommandGateway.builder().commandBus(commandBus), attempts, preparations);
	}

	@Autowired
	void stampExpectedVersions(CommandBus commandBus) {
		commandBus.registerDispatchInterceptor(new ExpectedVersionOnCommands());
	}

}
