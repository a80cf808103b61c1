package org.cooperation.tracker.query.eventstore;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Wakes the event store when the command side appends: a trigger on the event table sends
 * {@code NOTIFY tracker_events} on every committed append, and this component listens.
 * <p>
 * It holds one connection of its own, outside the pool: a LISTEN belongs to its session,
 * and a pooled connection would be handed to others and recycled. When the connection
 * fails it reconnects with a bounded back-off; meanwhile the event store's one-second
 * polling keeps the read models going, only slower.
 */
@Component
public class EventAppendedListener implements SmartLifecycle {

	/** The channel the command side's trigger notifies. */
	static final String CHANNEL = "tracker_events";

	/**
	 * Shown in pg_stat_activity, so operators (and tests) can tell this session apart.
	 */
	static final String APPLICATION_NAME = "tracker-query-side-listener";

	private static final Logger log = LoggerFactory.getLogger(EventAppendedListener.class);

	/** How long one wait for notifications blocks; bounds how long a stop takes. */
	private static final int RECEIVE_TIMEOUT_MILLIS = 500;

	/**
	 * A connection whose server went away without a word can look quiet for ever, so
	 * after this long without a notification the listener asks the server for a sign of
	 * life.
	 */
	private static final long LIVENESS_CHECK_NANOS = TimeUnit.SECONDS.toNanos(30);

	private static final long FIRST_RETRY_MILLIS = 250;

	private static final long MAX_RETRY_MILLIS = 30_000;

	private final WakeableEventStore eventStore;

	private final String url;

	private final Properties connectionProperties = new Properties();

	private final AtomicLong notifications = new AtomicLong();

	private final AtomicLong sessions = new AtomicLong();

	private volatile boolean running;

	private volatile CountDownLatch stopSignal = new CountDownLatch(0);

	private Thread thread;

	private long retryMillis = FIRST_RETRY_MILLIS;

	public EventAppendedListener(WakeableEventStore eventStore, DataSourceProperties dataSource) {
		this.eventStore = eventStore;
		this.url = dataSource.determineUrl();
		String user = dataSource.determineUsername();
		String password = dataSource.determinePassword();
		if (user != null) {
			connectionProperties.setProperty("user", user);
		}
		if (password != null) {
			connectionProperties.setProperty("password", password);
		}
		connectionProperties.setProperty("ApplicationName", APPLICATION_NAME);
		connectionProperties.setProperty("tcpKeepAlive", "true");
	}

	@Override
	public synchronized void start() {
		if (running) {
			return;
		}
		running = true;
		stopSignal = new CountDownLatch(1);
		thread = new Thread(this::listenUntilStopped, "event-store-listener");
		// A daemon never holds the JVM open if the context is not closed properly.
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public synchronized void stop() {
		if (!running) {
			return;
		}
		running = false;
		stopSignal.countDown();
		try {
			thread.join(RECEIVE_TIMEOUT_MILLIS * 4L);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (thread.isAlive()) {
			thread.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Notifications received since start; for tests and diagnostics. */
	public long notificationsReceived() {
		return notifications.get();
	}

	/** Sessions that reached LISTEN since start; more than one means it reconnected. */
	public long sessionsOpened() {
		return sessions.get();
	}

	private void listenUntilStopped() {
		while (running) {
			try {
				listen();
			}
			catch (SQLException ex) {
				if (!running) {
					return;
				}
				log.warn("Event-store notifications unavailable ({}); retrying in {} ms, polling meanwhile",
						ex.getMessage(), retryMillis);
				awaitStop(retryMillis);
				retryMillis = Math.min(retryMillis * 2, MAX_RETRY_MILLIS);
			}
		}
	}

	private void listen() throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, connectionProperties);
				Statement statement = connection.createStatement()) {
			statement.execute("LISTEN " + CHANNEL);
			retryMillis = FIRST_RETRY_MILLIS;
			if (sessions.incrementAndGet() > 1) {
				log.info("Event-store notifications restored");
			}
			// Appends made while nobody listened went unannounced: look once now.
			eventStore.wakeUp();
			PGConnection notificationSource = connection.unwrap(PGConnection.class);
			long quietSince = System.nanoTime();
			while (running) {
				PGNotification[] received = notificationSource.getNotifications(RECEIVE_TIMEOUT_MILLIS);
				if (received != null && received.length > 0) {
					notifications.addAndGet(received.length);
					eventStore.wakeUp();
					quietSince = System.nanoTime();
				}
				else if (System.nanoTime() - quietSince > LIVENESS_CHECK_NANOS) {
					statement.execute("SELECT 1");
					quietSince = System.nanoTime();
				}
			}
		}
	}

	private void awaitStop(long millis) {
		try {
			stopSignal.await(millis, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			running = false;
		}
	}

}
