package org.cooperation.tracker.command.idempotency;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.common.lock.Lock;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A write under an {@code Idempotency-Key} while it runs, kept on the request: the key
 * and fingerprint its commands carry ({@link KeyOnCommands}), the transaction its first
 * command begins and its answer is filed in, and a claim the unit of work could not make
 * ({@link KeyClaim}), with the record locks held until the transaction ends.
 * <p>
 * The transaction begins with the first command rather than with the request, so a
 * request refused before it sends one (a malformed body, a missing record) and a retry
 * replayed from the table hold no transaction at all; it ends when
 * {@link IdempotentRetries} has filed the answer, because the answer exists only once the
 * controller has turned the command's result into one, and it is filed with the command's
 * events or not at all.
 */
final class KeyedRequest {

	private static final String ATTRIBUTE = KeyedRequest.class.getName();

	private final IdempotencyKey key;

	private final RequestFingerprint fingerprint;

	private final PlatformTransactionManager transactions;

	private TransactionStatus transaction;

	private RuntimeException claimRefused;

	private final Deque<Lock> held = new ArrayDeque<>();

	private KeyedRequest(IdempotencyKey key, RequestFingerprint fingerprint, PlatformTransactionManager transactions) {
		this.key = key;
		this.fingerprint = fingerprint;
		this.transactions = transactions;
	}

	static KeyedRequest startOn(HttpServletRequest request, IdempotencyKey key, RequestFingerprint fingerprint,
			PlatformTransactionManager transactions) {
		KeyedRequest keyed = new KeyedRequest(key, fingerprint, transactions);
		request.setAttribute(ATTRIBUTE, keyed);
		return keyed;
	}

	/** The keyed write this thread is answering, if any (commands are sent on it). */
	static Optional<KeyedRequest> current() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				&& attributes.getRequest().getAttribute(ATTRIBUTE) instanceof KeyedRequest keyed) {
			return Optional.of(keyed);
		}
		return Optional.empty();
	}

	IdempotencyKey key() {
		return key;
	}

	RequestFingerprint fingerprint() {
		return fingerprint;
	}

	/**
	 * Begins the request's transaction unless a command before did; Axon's unit of work
	 * around each command takes part in it (its {@code SpringTransactionManager} joins a
	 * transaction already open).
	 */
	void beginTransaction() {
		if (transaction == null) {
			transaction = transactions.getTransaction(TransactionDefinition.withDefaults());
		}
	}

	boolean inTransaction() {
		return transaction != null && !transaction.isCompleted();
	}

	/** Commits what the commands and the filed answer wrote, together. */
	void commit() {
		transactions.commit(transaction);
	}

	/** Drops the claim and whatever the commands wrote; a no-op once ended. */
	void rollback() {
		if (inTransaction()) {
			transactions.rollback(transaction);
		}
	}

	/**
	 * Before a command that lost a race on its record runs again: its append aborted the
	 * transaction, which is rolled back (the key's claim with it) so that the next
	 * attempt begins one afresh and claims the key again. The record locks stay held.
	 */
	void afresh() {
		rollback();
		transaction = null;
		claimRefused = null;
	}

	/** Keeps a record locked until {@link #end}, past the command's unit of work. */
	void holdUntilItEnds(Lock lock) {
		held.push(lock);
	}

	/**
	 * Rolls back what was not committed, then lets other commands at the records: they
	 * now load them with this request's events, or without its rolled back ones.
	 */
	void end() {
		try {
			rollback();
		}
		finally {
			while (!held.isEmpty()) {
				held.pop().release();
			}
		}
	}

	/** The unit of work found the key answered, or still held, by another request. */
	void claimRefused(RuntimeException refusal) {
		claimRefused = refusal;
	}

	Optional<RuntimeException> claimRefused() {
		return Optional.ofNullable(claimRefused);
	}

}
