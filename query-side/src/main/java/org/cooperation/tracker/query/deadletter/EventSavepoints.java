package org.cooperation.tracker.query.deadletter;

import java.sql.SQLException;
import java.sql.Savepoint;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;

import org.cooperation.tracker.query.common.WithoutEventSavepoints;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Applies each event in a savepoint of its own within the processor's batch transaction,
 * so that a failure belongs to the event and not to the batch.
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
 * holds at most that many savepoints: below the 64 subtransactions PostgreSQL caches per
 * session before every reader's snapshot gets slower.
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
				EventInSavepoint event = begin();
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
	 * handler called by a test has nothing to protect) and in a replay, which fails whole
	 * ({@link WithoutEventSavepoints}).
	 */
	private EventInSavepoint begin() throws SQLException {
		if (!TransactionSynchronizationManager.isActualTransactionActive() || WithoutEventSavepoints.inForce()) {
			return null;
		}
		EntityManagerHolder entities = (EntityManagerHolder) TransactionSynchronizationManager
			.getResource(entityManagerFactory.getObject());
		ConnectionHolder connection = (ConnectionHolder) TransactionSynchronizationManager
			.getResource(dataSource.getObject());
		if (entities == null || connection == null) {
			return null;
		}
		return new EventInSavepoint(entities, connection, connection.createSavepoint());
	}

	private record EventInSavepoint(EntityManagerHolder entities, ConnectionHolder connection, Savepoint savepoint) {

		/**
		 * Writes the event's changes now, so that the database refuses them here, inside
		 * the handler, and not at the batch's commit. The savepoint is not released: that
		 * would cost a round trip per event and frees nothing PostgreSQL keeps (a
		 * subtransaction that wrote keeps its id until the commit either way); the commit
		 * ends them all.
		 */
		void flush() {
			entities.getEntityManager().flush();
		}

		/**
		 * Undoes the event's changes and everything that marks the batch as lost because
		 * of them. If the rollback itself fails (the connection is gone), nothing is
		 * repaired: the batch fails and is retried, as after a lost database.
		 */
		void rollBack(Throwable failure) {
			try {
				connection.getConnection().rollback(savepoint);
			}
			catch (SQLException | RuntimeException ex) {
				failure.addSuppressed(ex);
				return;
			}
			EntityManager entityManager = entities.getEntityManager();
			// Hibernate's session must not try again what was rolled back; entities read
			// by earlier events are read again when needed.
			entityManager.clear();
			HibernateRollbackMark.clear(entityManager);
			// A repository call that failed inside the batch marked it for rollback as a
			// participant; that mark was for the work just undone.
			connection.resetRollbackOnly();
			entities.resetRollbackOnly();
		}

	}

}
