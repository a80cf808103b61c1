package org.cooperation.tracker.accounts;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Consumer;

import lombok.RequiredArgsConstructor;
import org.postgresql.PGNotification;
import org.postgresql.jdbc.PgConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;

/**
 * Hears, on a connection of its own, the announcements the accounts' table makes when an
 * account changes (PostgreSQL LISTEN on {@value #CHANNEL}), and tells every
 * {@link AccountChangeListener} in this application, so a disabled account or a new
 * password holds in every running application at once rather than when a remembered
 * sign-in runs out. A lost connection is opened again, and since announcements made
 * meanwhile are lost, every listener then forgets everything.
 * <p>
 * Plain pgjdbc rather than Spring Integration's {@code PostgresSubscribableChannel}: that
 * one listens for rows added to its own message table, so it would bring that table, its
 * trigger and a message store to carry one user name.
 */
@RequiredArgsConstructor
public class AccountChangeNotifications implements SmartLifecycle {

	/** The channel the table's trigger notifies (see {@code db/accounts}). */
	static final String CHANNEL = "tracker_accounts";

	private static final Logger log = LoggerFactory.getLogger(AccountChangeNotifications.class);

	/** How long one wait for announcements lasts; also how soon a stop is noticed. */
	private static final int WAIT_MILLIS = 250;

	/** A connection through which nothing came for this long is checked. */
	private static final Duration QUIET_CHECK = Duration.ofSeconds(10);

	private static final Duration RETRY = Duration.ofSeconds(1);

	private final Connections connections;

	private final ObjectProvider<AccountChangeListener> listeners;

	private volatile boolean running;

	private Thread listening;

	/** Opens a new connection to the accounts' database, outside any pool. */
	@FunctionalInterface
	public interface Connections {

		Connection open() throws SQLException;

	}

	/**
	 * Tells this application's listeners at once about a change made here; the other
	 * applications hear of it when it commits.
	 */
	void changedHere(String username) {
		tell(listener -> listener.accountChanged(username));
	}

	/**
	 * Listens before the application takes requests: once started, it hears every change.
	 */
	@Override
	public synchronized void start() {
		running = true;
		PgConnection first = listenOrNull();
		listening = new Thread(() -> listen(first), "account-changes");
		listening.setDaemon(true);
		listening.start();
	}

	@Override
	public synchronized void stop() {
		running = false;
		try {
			listening.join(Duration.ofSeconds(2).toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Before the web server starts taking requests, and stopped after it. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 1024;
	}

	private void listen(PgConnection first) {
		PgConnection connection = first;
		while (running) {
			if (connection == null) {
				connection = listenOrNull();
				if (connection == null) {
					pause(RETRY);
					continue;
				}
				tell(AccountChangeListener::anyAccountMayHaveChanged);
			}
			try {
				receive(connection);
			}
			catch (SQLException ex) {
				if (running) {
					log.warn("Lost the connection that hears of account changes; opening another: {}", ex.getMessage());
				}
				close(connection);
				connection = null;
			}
		}
		close(connection);
	}

	/** Waits for announcements until the application stops or the connection fails. */
	private void receive(PgConnection connection) throws SQLException {
		long quietSince = System.nanoTime();
		while (running) {
			PGNotification[] received = connection.getNotifications(WAIT_MILLIS);
			if (received != null && received.length > 0) {
				for (PGNotification notification : received) {
					String username = notification.getParameter();
					tell(listener -> listener.accountChanged(username));
				}
				quietSince = System.nanoTime();
			}
			else if (System.nanoTime() - quietSince > QUIET_CHECK.toNanos()) {
				// A connection the network silently dropped would wait quietly forever.
				if (!connection.isValid(2)) {
					throw new SQLException("the connection no longer answers");
				}
				quietSince = System.nanoTime();
			}
		}
	}

	private PgConnection listenOrNull() {
		Connection connection = null;
		try {
			connection = connections.open();
			try (Statement statement = connection.createStatement()) {
				statement.execute("LISTEN " + CHANNEL);
			}
			return connection.unwrap(PgConnection.class);
		}
		catch (SQLException ex) {
			log.warn("Cannot listen for account changes yet: {}", ex.getMessage());
			close(connection);
			return null;
		}
	}

	private void tell(Consumer<AccountChangeListener> what) {
		listeners.orderedStream().forEach(listener -> {
			try {
				what.accept(listener);
			}
			catch (RuntimeException ex) {
				log.error("{} failed to forget a changed account", listener, ex);
			}
		});
	}

	private static void close(Connection connection) {
		if (connection == null) {
			return;
		}
		try {
			connection.close();
		}
		catch (SQLException ex) {
			// Lost already; nothing is left to release.
		}
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
