package org.cooperation.tracker.command.concurrency;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Puts the version a request's If-Match names into the metadata of the command it sends,
 * where {@link ExpectedVersionTargetResolver} finds it. Every write endpoint sends
 * exactly one command, the one about the record the If-Match names; an endpoint that ever
 * sends a second would have to keep the version off it. Commands sent outside a request,
 * or with {@code If-Match: *}, expect no version. The key is not among those copied onto
 * events: the version a client expected is not a fact about the record.
 */
class ExpectedVersionOnCommands implements MessageDispatchInterceptor<CommandMessage<?>> {

	static final String METADATA_KEY = "expectedAggregateVersion";

	@Override
	public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
			List<? extends CommandMessage<?>> messages) {
		return (index, command) -> {
			RequestAttributes request = RequestContextHolder.getRequestAttributes();
			if (request == null) {
				return command;
			}
			return IfMatch.sentWith(request)
				.filter(IfMatch::namesAVersion)
				.<CommandMessage<?>>map((ifMatch) -> command.andMetaData(Map.of(METADATA_KEY, ifMatch.version())))
				.orElse(command);
		};
	}

}
