package org.cooperation.tracker.access.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnavailableTest {

	@Test
	void aLostConnectionIsRecognisedThroughTheWrappersOfSignInAndPersistence() {
		// Hikari gives its last failure to connect as the timeout's cause and next
		// exception.
		SQLException refused = new SQLException("Connection to localhost:5432 refused", "08001");
		SQLException poolTimeout = new SQLTransientConnectionException(
				"HikariPool-1 - Connection is not available, request timed out after 2500ms", "08001", refused);
		poolTimeout.setNextException(refused);
		Throwable signIn = new InternalAuthenticationServiceException("could not load user",
				new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", poolTimeout));
		assertThat(DatabaseUnavailable.causedBy(signIn)).isTrue();
		assertThat(DatabaseUnavailable.busy(signIn)).isFalse();
	}

	@Test
	void aLockWaitThatRanOutIsBusy() {
		RuntimeException append = new IllegalStateException("An event could not be stored",
				new SQLException("canceling statement due to lock timeout", "55P03"));
		assertThat(DatabaseUnavailable.busy(append)).isTrue();
		assertThat(DatabaseUnavailable.causedBy(append)).isTrue();
	}

	@Test
	void aLostConnectionAnywhereInTheChainOutweighsABusySign() {
		RuntimeException rollbackFailed = new IllegalStateException("Unable to rollback",
				new SQLException("An I/O error occurred while sending", "08006"));
		rollbackFailed.addSuppressed(new SQLTransientConnectionException("request timed out"));
		assertThat(DatabaseUnavailable.busy(rollbackFailed)).isFalse();
		assertThat(DatabaseUnavailable.causedBy(rollbackFailed)).isTrue();
	}

	@Test
	void theServerGoingAwayMidSessionIsRecognisedByItsSqlState() {
		assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("batch failed",
				new SQLException("terminating connection due to administrator command", "57P01"))))
			.isTrue();
		assertThat(DatabaseUnavailable
			.causedBy(new RuntimeException(new SQLException("An I/O error occurred while sending", "08006")))).isTrue();
	}

	@Test
	void aConnectionThatBrokeMidRequestIsRecognisedBehindTheFailedRollback() {
		RuntimeException rollbackFailed = new IllegalStateException("Unable to rollback against JDBC Connection",
				new SQLException("Connection is closed", new java.net.SocketException("Broken pipe")));
		assertThat(DatabaseUnavailable.causedBy(rollbackFailed)).isTrue();
		assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("Unable to rollback against JDBC Connection",
				new SQLException("Connection is closed"))))
			.isTrue();
		RuntimeException withSuppressedFirstFailure = new IllegalStateException("Unable to rollback");
		withSuppressedFirstFailure.addSuppressed(new SQLTransientConnectionException("request timed out"));
		assertThat(DatabaseUnavailable.causedBy(withSuppressedFirstFailure)).isTrue();
	}

	@Test
	void otherFailuresAreNotMistakenForAnOutage() {
		assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("duplicate key",
				new SQLException("duplicate key value violates unique constraint", "23505"))))
			.isFalse();
		assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("no map entry for the place"))).isFalse();
		assertThat(DatabaseUnavailable.busy(new IllegalStateException("no map entry for the place"))).isFalse();
	}

}
