package org.cooperation.tracker.access.problem;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;

import org.cooperation.tracker.testing.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What Hikari really throws when a request cannot get a connection in time, on a real
 * PostgreSQL: a full pool on a working database is busy, a pool whose database cannot be
 * reached is a lost database. The answers differ ("busy, retry in 2 seconds" against "the
 * database cannot be reached"), so the two must never be mistaken for each other.
 */
class PoolTimeoutTest {

	@Test
	void aFullPoolOnAWorkingDatabaseIsBusyNotLost() throws Exception {
		TestPostgres.Database database = TestPostgres.newDatabase();
		try (HikariDataSource pool = pool(database.url(), database.user(), database.password());
				Connection held = pool.getConnection()) {
			SQLException timeout = catchThrowableOfType(pool::getConnection, SQLException.class);

			assertThat(timeout.getMessage()).contains("Connection is not available, request timed out");
			assertThat(DatabaseUnavailable.busy(timeout)).as("busy").isTrue();
			assertThat(DatabaseUnavailable.causedBy(timeout)).as("answered 503").isTrue();
			assertThat(DatabaseUnavailable.retryAfterSeconds(timeout))
				.isEqualTo(DatabaseUnavailable.BUSY_RETRY_AFTER_SECONDS);
			// As sign-in and a transaction's start wrap it.
			assertThat(DatabaseUnavailable.busy(new InternalAuthenticationServiceException("could not load user",
					new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", timeout))))
				.isTrue();
			assertThat(DatabaseUnavailable
				.busy(new CannotCreateTransactionException("Could not open JDBC Connection for transaction", timeout)))
				.isTrue();
		}
	}

	@Test
	void aPoolWhoseDatabaseCannotBeReachedIsLostNotBusy() throws Exception {
		try (HikariDataSource pool = pool("jdbc:postgresql://127.0.0.1:" + portNobodyListensOn() + "/tracker",
				"postgres", "")) {
			SQLException timeout = catchThrowableOfType(pool::getConnection, SQLException.class);

			assertThat(timeout.getMessage()).contains("Connection is not available, request timed out");
			assertThat(timeout.getCause()).as("the pool's last failure to connect").isNotNull();
			assertThat(DatabaseUnavailable.busy(timeout)).as("busy").isFalse();
			assertThat(DatabaseUnavailable.causedBy(timeout)).as("answered 503").isTrue();
			assertThat(DatabaseUnavailable.retryAfterSeconds(timeout))
				.isEqualTo(DatabaseUnavailable.RETRY_AFTER_SECONDS);
			assertThat(DatabaseUnavailable
				.busy(new CannotCreateTransactionException("Could not open JDBC Connection for transaction", timeout)))
				.isFalse();
		}
	}

	/** Like the applications' pools (2.5 s there), smaller and quicker. */
	private static HikariDataSource pool(String url, String user, String password) {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(url);
		pool.setUsername(user);
		pool.setPassword(password);
		pool.setMaximumPoolSize(1);
		pool.setConnectionTimeout(500);
		// Start without a connection, as an application does when its database is away.
		pool.setInitializationFailTimeout(-1);
		return pool;
	}

	private static int portNobodyListensOn() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
