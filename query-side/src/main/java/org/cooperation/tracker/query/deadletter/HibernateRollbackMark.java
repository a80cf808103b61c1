package org.cooperation.tracker.query.deadletter;

import java.lang.reflect.Field;

import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.resource.transaction.backend.jdbc.internal.JdbcResourceLocalTransactionCoordinatorImpl;
import org.hibernate.resource.transaction.spi.TransactionCoordinator;

/**
 * Takes back the rollback-only mark Hibernate puts on its transaction when a statement
 * fails. Hibernate assumes a failed session is thrown away and offers no way to clear the
 * mark; with the failed work rolled back to a savepoint the mark is wrong, and left in
 * place it would make the batch's commit roll everything back. The mark lives in one
 * private field of Hibernate 6's JDBC transaction driver, looked up once: a Hibernate
 * upgrade that moves it fails the application's start ({@link #check()}), not a batch.
 */
final class HibernateRollbackMark {

	private static final Field ROLLBACK_ONLY = rollbackOnlyField();

	private HibernateRollbackMark() {
	}

	/** Fails when this Hibernate keeps the mark elsewhere. */
	static void check() {
		if (ROLLBACK_ONLY.getType() != boolean.class) {
			throw new IllegalStateException("Hibernate's rollback-only mark is not the boolean it used to be");
		}
	}

	static void clear(EntityManager entityManager) {
		TransactionCoordinator coordinator = entityManager.unwrap(SharedSessionContractImplementor.class)
			.getTransactionCoordinator();
		Object driver = coordinator.getTransactionDriverControl();
		if (!ROLLBACK_ONLY.getDeclaringClass().isInstance(driver)) {
			throw new IllegalStateException("transactions are not Hibernate's JDBC transactions but "
					+ driver.getClass().getName() + ": a failed event cannot be set aside within the batch");
		}
		try {
			ROLLBACK_ONLY.setBoolean(driver, false);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Field rollbackOnlyField() {
		try {
			Field field = JdbcResourceLocalTransactionCoordinatorImpl.TransactionDriverControlImpl.class
				.getDeclaredField("rollbackOnly");
			field.setAccessible(true);
			return field;
		}
		catch (NoSuchFieldException ex) {
			throw new IllegalStateException(
					"this Hibernate version keeps its rollback-only mark elsewhere; EventSavepoints needs adapting",
					ex);
		}
	}

}
