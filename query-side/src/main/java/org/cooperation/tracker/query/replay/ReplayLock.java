package org.cooperation.tracker.query.replay;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * One replay at a time, across every query-side instance: a PostgreSQL advisory lock held
 * by a connection of its own for as long as the replay runs. Should the instance die, its
 * connection goes and the lock with it, so a crash never leaves replays locked out.
 */
@Component
class ReplayLock {

	/** The lock's key: "replay" in ASCII, apart from the sealer's. */
	static final long KEY = 0x7265706c6179L;

	private static final Logger log = LoggerFactory.getLogger(ReplayLock.class);

	private final DataSource dataSource;

	ReplayLock(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** The lock, or null when another replay holds it. */
	Held tryAcquire() throws SQLException {
		Connection connection = dataSource.getConnection();
		try (Statement statement = connection.createStatement();
				ResultSet locked = statement.executeQuery("SELECT pg_try_advisory_lock(" + KEY + ")")) {
			locked.next();
			if (locked.getBoolean(1)) {
				return new Held(connection);
			}
		}
		catch (SQLException | RuntimeException ex) {
			connection.close();
			throw ex;
		}
		connection.close();
		return null;
	}

	/** The lock held; closing it lets the next replay start. */
	static final class Held implements AutoCloseable {

		private final Connection connection;

		private boolean released;

		private Held(Connection connection) {
			this.connection = connection;
		}

		/**
		 * Writes the replay's last word and lets the next replay start, so that whoever
		 * reads that the replay ended may start the next at once: the write commits in
		 * the lock's own connection after the lock is released (an advisory lock is
		 * released at once, not at commit). A replay taken over meanwhile by another
		 * instance's {@code abandoned} waits for the row this transaction has written and
		 * then finds it ended.
		 */
		void releaseAfter(Consumer<JdbcTemplate> lastWord) {
			try {
				connection.setAutoCommit(false);
				lastWord.accept(new JdbcTemplate(new SingleConnectionDataSource(connection, true)));
				unlock();
				released = true;
				connection.commit();
			}
			catch (SQLException | RuntimeException ex) {
				log.warn("The replay's end could not be recorded: {}", ex.getMessage());
				try {
					connection.rollback();
				}
				catch (SQLException ignored) {
					// The connection is gone, and the lock with it.
				}
			}
			finally {
				close();
			}
		}

		private void unlock() throws SQLException {
			try (Statement statement = connection.createStatement()) {
				statement.execute("SELECT pg_advisory_unlock(" + KEY + ")");
			}
		}

		@Override
		public void close() {
			try (connection) {
				if (!released) {
					unlock();
				}
			}
			catch (SQLException ex) {
				// A lost connection has released the lock already.
				log.warn("Could not release the replay lock: {}", ex.getMessage());
			}
		}

	}

}
