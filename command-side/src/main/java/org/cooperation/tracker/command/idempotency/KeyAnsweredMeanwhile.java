package org.cooperation.tracker.command.idempotency;

import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Another request under the same key (on another instance, or one past this request's
 * read of the table) committed its answer while this one ran up to its command: the
 * command is not handled, and the filter gives this request that answer, or 422 if it
 * asked for something else. A concurrent change, in Axon's terms, so that whatever
 * answers it on the way (before the filter replaces the answer) takes it for one and does
 * not log it as a failure.
 */
class KeyAnsweredMeanwhile extends ConcurrencyException {

	private final transient IdempotencyKeyStore.Remembered earlier;

	KeyAnsweredMeanwhile(IdempotencyKey key, IdempotencyKeyStore.Remembered earlier) {
		super("idempotency key " + key + " was answered by another request meanwhile");
		this.earlier = earlier;
	}

	IdempotencyKeyStore.Remembered earlier() {
		return earlier;
	}

}
