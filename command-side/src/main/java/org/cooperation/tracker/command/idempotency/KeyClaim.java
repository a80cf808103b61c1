package org.cooperation.tracker.command.idempotency;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.lock.Lock;
import org.axonframework.common.lock.LockFactory;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.CommandTargetResolver;

/**
 * Claims a command's {@code Idempotency-Key} inside its unit of work, before the command
 * is handled: the claim is a row in the transaction the unit of work appends the events
 * in, so the key is on file exactly when they are. A command sent under a key another
 * request already answered (or still holds past the patience) is not handled at all; the
 * filter then gives that request's answer (or 409), never this command's.
 * <p>
 * The request's transaction commits after the controller has answered, once the answer is
 * filed, while Axon releases the record's lock when the unit of work ends. So the
 * command's record stays locked, with a second hold on Axon's own lock, until the request
 * ends: another command on the record waits for the commit (as long as the record lock
 * waits, then 503 busy) rather than loading the record without this command's events, to
 * be refused by a rule as if they had not happened or to lose on the event store's
 * sequence with a 409.
 */
class KeyClaim implements MessageHandlerInterceptor<CommandMessage<?>> {

	private final IdempotencyKeyStore keys;

	private final KeyRetention retention;

	private final Duration patience;

	private final CommandTargetResolver targets;

	private final LockFactory recordLocks;

	/**
	 * @param targets the resolver Axon finds a command's record with
	 * @param recordLocks the lock factory every record's repository uses
	 */
	KeyClaim(IdempotencyKeyStore keys, KeyRetention retention, Duration patience, CommandTargetResolver targets,
			LockFactory recordLocks) {
		this.keys = keys;
		this.retention = retention;
		this.patience = patience;
		this.targets = targets;
		this.recordLocks = recordLocks;
	}

	@Override
	public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
			throws Exception {
		Optional<KeyOnCommands.Carried> carried = KeyOnCommands.Carried.by(unitOfWork.getMessage());
		if (carried.isPresent()) {
			claim(carried.get().key(), carried.get().fingerprint());
			holdRecordUntilTheRequestEnds(unitOfWork.getMessage());
		}
		return interceptorChain.proceed();
	}

	/**
	 * Axon's record locks are reentrant: the repository takes this one again when it
	 * loads the record, and releases only its own hold.
	 */
	private void holdRecordUntilTheRequestEnds(CommandMessage<?> command) {
		String record;
		try {
			record = targets.resolveTarget(command).getIdentifier();
		}
		catch (IllegalArgumentException namesNoRecord) {
			return;
		}
		Lock lock = recordLocks.obtainLock(record);
		KeyedRequest.current().ifPresentOrElse((keyed) -> keyed.holdUntilItEnds(lock), lock::release);
	}

	private void claim(IdempotencyKey key, RequestFingerprint fingerprint) {
		try {
			Instant now = retention.now();
			Optional<IdempotencyKeyStore.Remembered> earlier = keys.claim(key, fingerprint, now,
					retention.expiredBefore(now), patience);
			if (earlier.isPresent()) {
				throw new KeyAnsweredMeanwhile(key, earlier.get());
			}
		}
		catch (KeyAnsweredMeanwhile | KeyStillInUse refused) {
			KeyedRequest.current().ifPresent((keyed) -> keyed.claimRefused(refused));
			throw refused;
		}
	}

}
