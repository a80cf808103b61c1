package org.cooperation.tracker.command.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import org.cooperation.tracker.access.Callers;
import org.cooperation.tracker.access.problem.CorrelationIdFilter;
import org.cooperation.tracker.kernel.access.Caller;
import org.cooperation.tracker.kernel.common.EventMetadata;

/**
 * Stamps every command sent during an HTTP request with who sent it (the signed-in
 * caller: name, role, a liaison's country), from where, and the request's correlation id.
 * Axon copies these onto the events the command causes (see {@code AxonConfiguration}),
 * and aggregates check the caller against the records they hold. Commands sent outside a
 * request (the demo data loader) carry metadata of their own; a command naming no caller
 * is refused by every aggregate.
 */
@Component
public class RequestMetadata implements MessageDispatchInterceptor<CommandMessage<?>> {

	@Override
	public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
			List<? extends CommandMessage<?>> messages) {
		return (index, command) -> {
			HttpServletRequest request = currentRequest();
			if (request == null) {
				return command;
			}
			Map<String, Object> metadata = new HashMap<>();
			Caller caller = Callers.current();
			if (caller != null) {
				metadata.putAll(caller.toMetaData());
			}
			metadata.put(EventMetadata.ORIGIN, request.getRemoteAddr());
			String correlationId = CorrelationIdFilter.of(request);
			if (correlationId != null) {
				metadata.put(EventMetadata.CORRELATION_ID, correlationId);
			}
			return command.andMetaData(metadata);
		};
	}

	private static HttpServletRequest currentRequest() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest();
		}
		return null;
	}

}
