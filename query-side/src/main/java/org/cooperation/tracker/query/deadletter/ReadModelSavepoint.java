package org.cooperation.tracker.query.deadletter;

import java.sql.SQLException;
import java.sql.Savepoint;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.cooperation.tracker.query.common.PrefetchedRows;

import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A savepoint in the transaction of a processor's batch, and the way back to it: the
 * database's changes since, Hibernate's pending ones and the rollback marks they left. An
 * event's ({@link EventSavepoints}) or a whole batch's ({@link BatchedEvents}).
 */
final class ReadModelSavepoint {

	private final EntityManagerHolder entities;

	private final ConnectionHolder connection;

	private final Savepoint savepoint;

	private ReadModelSavepoint(EntityManagerHolder entities, ConnectionHolder connection, Savepoint savepoint) {
		this.entities = entities;
		this.connection = connection;
		this.savepoint = savepoint;
	}

	/**
	 * A savepoint in the transaction the thread runs, or null outside one (a handler
	 * called by a test has nothing to protect) or when the transaction is not the
	 * application's JPA one.
	 */
	static ReadModelSavepoint set(DataSource dataSource, EntityManagerFactory entityManagerFactory)
			throws SQLException {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			return null;
		}
		EntityManagerHolder entities = (EntityManagerHolder) TransactionSynchronizationManager
			.getResource(entityManagerFactory);
		ConnectionHolder connection = (ConnectionHolder) TransactionSynchronizationManager.getResource(dataSource);
		if (entities == null || connection == null) {
			return null;
		}
		return new ReadModelSavepoint(entities, connection, connection.createSavepoint());
	}

	/**
	 * Writes the pending changes now, so that the database refuses them here and not at
	 * the batch's commit. The savepoint is not released: that would cost a round trip and
	 * frees nothing PostgreSQL keeps (a subtransaction that wrote keeps its id until the
	 * commit either way); the commit ends them all.
	 */
	void flush() {
		entities.getEntityManager().flush();
	}

	/**
	 * Undoes everything since the savepoint and everything that marks the transaction as
	 * lost because of it. If the rollback itself fails (the connection is gone), nothing
	 * is repaired, the failure keeps the rollback's as suppressed, and the answer is
	 * false: the batch fails and is retried, as after a lost database.
	 */
	boolean rollBack(Throwable failure) {
		try {
			connection.getConnection().rollback(savepoint);
		}
		catch (SQLException | RuntimeException ex) {
			failure.addSuppressed(ex);
			return false;
		}
		EntityManager entityManager = entities.getEntityManager();
		// Hibernate's session must not try again what was rolled back; entities read
		// before are read again when needed.
		entityManager.clear();
		PrefetchedRows.forget();
		HibernateRollbackMark.clear(entityManager);
		// A repository call that failed inside the batch marked it for rollback as a
		// participant; that mark was for the work just undone.
		connection.resetRollbackOnly();
		entities.resetRollbackOnly();
		return true;
	}

}
