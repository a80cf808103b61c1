package org.cooperation.tracker.query.common;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;

/**
 * Listens on one PostgreSQL channel (LISTEN) for as long as the application runs, and
 * hands what it hears to its subclass. One thread and one connection of its own, outside
 * the pool: a LISTEN belongs to its session, and a pooled connection would be handed to
 * others and recycled. When the connection fails it opens another with a bounded
 * back-off; a subclass hears when it listens (again: what was announced meanwhile went
 * unheard) and when it no longer does.
 */
public abstract class PostgresListener extends BackgroundWorker {

	private static final Logger log = LoggerFactory.getLogger(PostgresListener.class);

	/** How long one wait for notifications blocks; bounds how long a stop takes. */
	private static final int RECEIVE_TIMEOUT_MILLIS = 500;

	/**
	 * A connection whose server went away without a word can look quiet for ever: after
	 * this long without a notification the listener asks for a sign of life.
	 */
	private static final long LIVENESS_CHECK_NANOS = TimeUnit.SECONDS.toNanos(30);

	private static final long FIRST_RETRY_MILLIS = 250;

	private static final long MAX_RETRY_MILLIS = 30_000;

	private final String channel;

	private final String what;

	private final String url;

	private final Properties connectionProperties = new Properties();

	private final AtomicLong notifications = new AtomicLong();

	private final AtomicLong sessions = new AtomicLong();

	private long retryMillis = FIRST_RETRY_MILLIS;

	/**
	 * @param dataSource where to connect, as the application's pool does
	 * @param channel the channel to listen on
	 * @param applicationName shown in pg_stat_activity, so that operators (and tests) can
	 * tell this session apart
	 * @param what what is heard, for the log and the thread's name
	 */
	protected PostgresListener(DataSourceProperties dataSource, String channel, String applicationName, String what) {
		super(what.toLowerCase(Locale.ROOT).replace(' ', '-') + "-listener", RECEIVE_TIMEOUT_MILLIS * 4L);
		this.channel = channel;
		this.what = what;
		this.url = dataSource.determineUrl();
		String user = dataSource.determineUsername();
		String password = dataSource.determinePassword();
		if (user != null) {
			connectionProperties.setProperty("user", user);
		}
		if (password != null) {
			connectionProperties.setProperty("password", password);
		}
		connectionProperties.setProperty("ApplicationName", applicationName);
		connectionProperties.setProperty("tcpKeepAlive", "true");
	}

	/**
	 * The channel is listened on, for the first time or again; anything announced before
	 * went unheard.
	 */
	protected abstract void listening(boolean again);

	/** Notifications arrived, in commit order. */
	protected abstract void heard(PGNotification[] received);

	/** The channel is no longer listened on: the connection failed, or the stop. */
	protected void deaf() {
	}

	/** Notifications received since start; for tests and diagnostics. */
	public long notificationsReceived() {
		return notifications.get();
	}

	/** Sessions that reached LISTEN since start; more than one means it reconnected. */
	public long sessionsOpened() {
		return sessions.get();
	}

	@Override
	protected void work() {
		while (isRunning()) {
			try {
				listen();
			}
			catch (SQLException ex) {
				if (!isRunning()) {
					return;
				}
				log.warn("{} unavailable ({}); retrying in {} ms", what, ex.getMessage(), retryMillis);
				pause(retryMillis);
				retryMillis = Math.min(retryMillis * 2, MAX_RETRY_MILLIS);
			}
		}
	}

	private void listen() throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, connectionProperties);
				Statement statement = connection.createStatement()) {
			statement.execute("LISTEN " + channel);
			retryMillis = FIRST_RETRY_MILLIS;
			boolean again = sessions.incrementAndGet() > 1;
			if (again) {
				log.info("{} restored", what);
			}
			listening(again);
			PGConnection notificationSource = connection.unwrap(PGConnection.class);
			long quietSince = System.nanoTime();
			while (isRunning()) {
				PGNotification[] received = notificationSource.getNotifications(RECEIVE_TIMEOUT_MILLIS);
				if (received != null && received.length > 0) {
					notifications.addAndGet(received.length);
					heard(received);
					quietSince = System.nanoTime();
				}
				else if (System.nanoTime() - quietSince > LIVENESS_CHECK_NANOS) {
					statement.execute("SELECT 1");
					quietSince = System.nanoTime();
				}
			}
		}
		finally {
			deaf();
		}
	}

}
