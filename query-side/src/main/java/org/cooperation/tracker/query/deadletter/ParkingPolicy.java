package org.cooperation.tracker.query.deadletter;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;

import org.cooperation.tracker.access.problem.DatabaseUnavailable;

/**
 * What becomes of an event a projection failed on. A lost database is no fault of the
 * event: the failure goes back to the tracking processor, which rolls the batch back and
 * retries it once the database answers, so nothing is parked (nor skipped) because of an
 * outage. Nor is a failure in a batch tried whole ({@link BatchedEvents}) the event's
 * yet: the batch is applied again event by event, and only what fails then is parked. Any
 * other failure parks the event with the number of failed attempts, which
 * {@link AutomaticRetries} reads to space its retries out.
 */
class ParkingPolicy implements EnqueuePolicy<EventMessage<?>> {

	static final String FAILED_ATTEMPTS = "failedAttempts";

	@Override
	public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
		if (DatabaseUnavailable.causedBy(cause)) {
			throw (cause instanceof RuntimeException runtime) ? runtime : new IllegalStateException(cause);
		}
		if (BatchedEvents.attempting()) {
			throw new BatchedEvents.FailedInBatch(cause);
		}
		int attempts = failedAttempts(letter) + 1;
		return Decisions.requeue(cause, (parked) -> parked.diagnostics().and(FAILED_ATTEMPTS, attempts));
	}

	static int failedAttempts(DeadLetter<?> letter) {
		return (letter.diagnostics().get(FAILED_ATTEMPTS) instanceof Number number) ? number.intValue() : 0;
	}

}
