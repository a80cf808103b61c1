package org.cooperation.tracker.query.common;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;

/**
 * Lets an event handler take a {@link Recorded} parameter. Axon finds this factory
 * through the service loader (META-INF/services), the way the Axon reference documents
 * for custom parameter resolvers, so every processor's handlers can use it without
 * configuration.
 */
public class RecordedResolver implements ParameterResolverFactory {

	@Override
	public ParameterResolver<Recorded> createInstance(Executable executable, Parameter[] parameters,
			int parameterIndex) {
		if (!Recorded.class.equals(parameters[parameterIndex].getType())) {
			return null;
		}
		return new ParameterResolver<>() {

			@Override
			public Recorded resolveParameterValue(Message<?> message) {
				return Recorded.of((EventMessage<?>) message);
			}

			@Override
			public boolean matches(Message<?> message) {
				return message instanceof EventMessage;
			}

		};
	}

}
