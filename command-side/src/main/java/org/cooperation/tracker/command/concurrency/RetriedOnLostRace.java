package org.cooperation.tracker.command.concurrency;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Axon's command gateway, sending a command again when it lost a race on its record to
 * another command-side instance. Each instance lets one command at a time at a record
 * (its record lock), but two instances load the same version and both append at the next
 * sequence number; the event store's unique key lets the first one in and refuses the
 * other with Axon's {@link ConcurrencyException}. Without If-Match the loser was decided
 * on no particular version, so it is run again, on the record as it now is, with its
 * rules judging it afresh, a bounded number of times; then it is answered 409. A command
 * whose If-Match names a version is never run again: that version is gone, and the answer
 * is 412. A record's creation that loses (Axon's
 * {@code AggregateStreamCreationException}) and a key another request answered meanwhile
 * are other refusals, never run again.
 */
final class RetriedOnLostRace extends DefaultCommandGateway {

	private static final Logger log = LoggerFactory.getLogger(RetriedOnLostRace.class);

	private final int attempts;

	private final List<SecondAttempt> preparations;

	RetriedOnLostRace(Builder builder, int attempts, List<SecondAttempt> preparations) {
		super(builder);
		this.attempts = attempts;
		this.preparations = preparations;
	}

	@Override
	public <R> R sendAndWait(Object command) {
		return untilNotLost(command, () -> super.sendAndWait(command));
	}

	@Override
	public <R> R sendAndWait(Object command, long timeout, TimeUnit unit) {
		return untilNotLost(command, () -> super.sendAndWait(command, timeout, unit));
	}

	private <R> R untilNotLost(Object command, Supplier<R> send) {
		for (int attempt = 1;; attempt++) {
			try {
				return send.get();
			}
			catch (RuntimeException ex) {
				if (attempt >= attempts || !lostARace(ex) || namesAVersion(command)) {
					throw ex;
				}
				log.debug("Another instance appended to the record first; running the command again ({} of {})",
						attempt + 1, attempts);
				preparations.forEach(SecondAttempt::prepare);
			}
		}
	}

	/**
	 * Exactly Axon's own exception for a taken sequence number, wherever it is wrapped.
	 */
	private static boolean lostARace(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause.getClass() == ConcurrencyException.class) {
				return true;
			}
		}
		return false;
	}

	private static boolean namesAVersion(Object command) {
		if (command instanceof CommandMessage<?> message
				&& message.getMetaData().containsKey(ExpectedVersionOnCommands.METADATA_KEY)) {
			return true;
		}
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		return request != null && IfMatch.sentWith(request).filter(IfMatch::namesAVersion).isPresent();
	}

}
