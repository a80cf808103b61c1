package org.cooperation.tracker.query.deadletter;

import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;

import org.cooperation.tracker.query.common.WithoutEventSavepoints;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Applies an event in a savepoint of its own within the processor's batch transaction, so
 * that a failure belongs to the event and not to the batch: a batch of one event, and the
 * events of a larger batch when trying it whole has failed ({@link BatchedEvents}).
 * <p>
 * Without it, what the database refuses (a constraint, text PostgreSQL cannot hold such
 * as U+0000) surfaces when the batch commits, after every handler has returned: outside
 * the call the dead-letter queue guards, and with the transaction already lost, so the
 * processor retries the batch for ever instead of parking the event. Here the read-model
 * changes of each event are flushed before its handler returns; when the event fails, its
 * changes are rolled back to the savepoint and forgotten, the transaction is made usable
 * again, and the failure goes to the dead-letter queue as the event's own. Events before
 * it in the batch keep their effects, and the batch still commits with its token as one
 * transaction (a crash mid-batch leaves nothing half-applied).
 * <p>
 * A batch holds at most {@code ProcessorDefaults.BATCH_SIZE} events, so a transaction
 * holds at most that many savepoints and the batch's own: below the 64 subtransactions
 * PostgreSQL caches per session before every reader's snapshot gets slower.
 */
class EventSavepoints implements HandlerEnhancerDefinition {

	private final ObjectProvider<DataSource> dataSource;

	private final ObjectProvider<EntityManagerFactory> entityManagerFactory;

	EventSavepoints(ObjectProvider<DataSource> dataSource, ObjectProvider<EntityManagerFactory> entityManagerFactory) {
		this.dataSource = dataSource;
		this.entityManagerFactory = entityManagerFactory;
		HibernateRollbackMark.check();
	}

	@Override
	public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
		if (!original.canHandleMessageType(EventMessage.class)) {
			return original;
		}
		return new WrappedMessageHandlingMember<>(original) {

			@Override
			public Object handle(Message<?> message, T target) throws Exception {
				ReadModelSavepoint event = begin();
				if (event == null) {
					return super.handle(message, target);
				}
				try {
					Object result = super.handle(message, target);
					event.flush();
					return result;
				}
				catch (Exception | Error failure) {
					event.rollBack(failure);
					throw failure;
				}
			}

		};
	}

	/**
	 * A savepoint in the transaction that runs the handler, or null outside one (a
	 * handler called by a test has nothing to protect), in a replay, which fails whole
	 * ({@link WithoutEventSavepoints}), and while a batch is tried whole
	 * ({@link BatchedEvents}), which is retried event by event, each in a savepoint, if
	 * it fails.
	 */
	private ReadModelSavepoint begin() throws SQLException {
		if (WithoutEventSavepoints.inForce() || BatchedEvents.attempting()) {
			return null;
		}
		return ReadModelSavepoint.set(dataSource.getObject(), entityManagerFactory.getObject());
	}

}
