package org.cooperation.tracker.command.eventstore;

import java.sql.SQLException;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Tells Axon that an append broke a unique constraint, so that it reports a
 * {@link org.axonframework.modelling.command.ConcurrencyException}. PostgreSQL's driver
 * signals this with SQL state 23505 rather than the JDBC subclass Axon's default resolver
 * looks for.
 */
public class PostgresDuplicateKeyResolver implements PersistenceExceptionResolver {

	private static final String UNIQUE_VIOLATION = "23505";

	@Override
	public boolean isDuplicateKeyViolation(Exception exception) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

}
