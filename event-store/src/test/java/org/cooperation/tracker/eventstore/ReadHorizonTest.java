package org.cooperation.tracker.eventstore;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.cooperation.tracker.testing.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The horizon against real transactions on PostgreSQL: a position an open transaction has
 * drawn keeps every reader below it, however many positions commit above it; once that
 * transaction ends (committed or rolled back) the horizon passes it.
 */
class ReadHorizonTest {

	private final TestPostgres.Database database = TestPostgres.newDatabase();

	private final ReadHorizon horizon = new ReadHorizon("global_index");

	@BeforeEach
	void eventTable() throws SQLException {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE SEQUENCE global_index CACHE 1");
			statement.execute("CREATE TABLE events (position bigint PRIMARY KEY DEFAULT nextval('global_index'))");
		}
	}

	@Test
	void aPositionHeldOpenKeepsTheHorizonBelowItUntilItsTransactionEnds() throws SQLException {
		try (Connection reader = database.connect(); Connection slow = database.connect()) {
			commitOne();
			assertThat(horizon.settledPosition(reader)).isEqualTo(1);

			slow.setAutoCommit(false);
			appendOn(slow);
			commitOne();
			// Position 3 committed, position 2 is still open: nothing past 1 is final.
			assertThat(horizon.settledPosition(reader)).isEqualTo(1);
			assertThat(horizon.settledPosition(reader)).isEqualTo(1);
			assertThat(horizon.behind()).isTrue();

			slow.commit();
			assertThat(horizon.settledPosition(reader)).isEqualTo(3);
			assertThat(horizon.behind()).isFalse();
		}
	}

	@Test
	void aRolledBackPositionIsFinalOnceItsTransactionHasEnded() throws SQLException {
		try (Connection reader = database.connect(); Connection failing = database.connect()) {
			failing.setAutoCommit(false);
			appendOn(failing);
			assertThat(horizon.settledPosition(reader)).isEqualTo(-1);
			failing.rollback();
			assertThat(horizon.settledPosition(reader)).isEqualTo(1);
		}
	}

	@Test
	void aLongTransactionThatAppendsNothingDoesNotHoldTheHorizonBack() throws SQLException {
		try (Connection reader = database.connect(); Connection other = database.connect()) {
			other.setAutoCommit(false);
			try (Statement statement = other.createStatement()) {
				statement.execute("SELECT pg_current_xact_id()");
			}
			commitOne();
			commitOne();
			assertThat(horizon.settledPosition(reader)).isEqualTo(2);
			other.rollback();
		}
	}

	@Test
	void eachSampleWaitsForTheAppendsInFlightWhenItWasTaken() throws SQLException {
		try (Connection reader = database.connect();
				Connection first = database.connect();
				Connection second = database.connect()) {
			first.setAutoCommit(false);
			second.setAutoCommit(false);
			appendOn(first);
			assertThat(horizon.settledPosition(reader)).isEqualTo(-1);
			appendOn(second);
			assertThat(horizon.settledPosition(reader)).isEqualTo(-1);
			// The first sample (position 1) waits for the first writer only; the later
			// ones (position 2) for the second too.
			first.commit();
			assertThat(horizon.settledPosition(reader)).isEqualTo(1);
			second.commit();
			assertThat(horizon.settledPosition(reader)).isEqualTo(2);
		}
	}

	/** Appends one event in a transaction of its own. */
	private void commitOne() throws SQLException {
		try (Connection writer = database.connect()) {
			writer.setAutoCommit(false);
			appendOn(writer);
			writer.commit();
		}
	}

	/**
	 * As {@link ConcurrentAppends} does: shows it is appending, then draws a position.
	 */
	private static void appendOn(Connection writer) throws SQLException {
		try (Statement statement = writer.createStatement()) {
			statement.execute("SELECT pg_advisory_xact_lock_shared(" + ConcurrentAppends.APPENDING + ")");
			statement.execute("INSERT INTO events DEFAULT VALUES");
		}
	}

}
