package org.cooperation.tracker.access.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnavailableTest {

	/**
	 * Outages as they reach the handlers, each with whether the database is only busy.
	 */
	static Stream<Arguments> outages() {
		// Hikari gives its last failure to connect as the timeout's cause and next
		// exception.
		SQLException refused = new SQLException("Connection to localhost:5432 refused", "08001");
		SQLException poolTimeout = new SQLTransientConnectionException(
				"HikariPool-1 - Connection is not available, request timed out after 2500ms", "08001", refused);
		poolTimeout.setNextException(refused);
		Throwable signIn = new InternalAuthenticationServiceException("could not load user",
				new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", poolTimeout));
		RuntimeException append = new IllegalStateException("An event could not be stored",
				new SQLException("canceling statement due to lock timeout", "55P03"));
		RuntimeException rollbackFailed = new IllegalStateException("Unable to rollback",
				new SQLException("An I/O error occurred while sending", "08006"));
		rollbackFailed.addSuppressed(new SQLTransientConnectionException("request timed out"));
		return Stream.of(
				Arguments.of(Named.of("a lost connection, through the wrappers of sign-in and persistence", signIn),
						false),
				Arguments.of(Named.of("a lock wait that ran out", append), true), Arguments
					.of(Named.of("a lost connection anywhere in the chain, over a busy sign", rollbackFailed), false));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("outages")
	void anOutageIsRecognisedAndSaysWhetherTheDatabaseIsOnlyBusy(Throwable failure, boolean busy) {
		assertThat(DatabaseUnavailable.causedBy(failure)).isTrue();
		assertThat(DatabaseUnavailable.busy(failure)).isEqualTo(busy);
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
