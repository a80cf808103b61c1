package org.cooperation.tracker.command.access;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;

import org.cooperation.tracker.kernel.access.Caller;

/**
 * Lets a command handler take the {@link Caller} as a parameter, read from the command's
 * metadata. A command that names no caller gets {@link Access#NOBODY}, whom every check
 * refuses. Registered through {@code META-INF/services}, so aggregates and their test
 * fixtures resolve it alike.
 */
public class CallerParameters implements ParameterResolverFactory {

	@Override
	public ParameterResolver<Caller> createInstance(Executable executable, Parameter[] parameters, int index) {
		if (!Caller.class.equals(parameters[index].getType())) {
			return null;
		}
		return new ParameterResolver<>() {

			@Override
			public Caller resolveParameterValue(Message<?> message) {
				Caller caller = Caller.fromMetaData(message.getMetaData());
				return caller != null ? caller : Access.NOBODY;
			}

			@Override
			public boolean matches(Message<?> message) {
				return true;
			}

		};
	}

}
