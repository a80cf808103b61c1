package org.cooperation.tracker.query.live;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Hears the read models' committed changes ({@link CommittedChanges}) and hands them to
 * the open streams. One thread and one connection of its own, outside the pool: a LISTEN
 * belongs to its session. When the connection fails it reconnects with a bounded
 * back-off, and after a reconnection tells the pages that anything may have changed,
 * since what was announced meanwhile was not heard. It keeps the read models'
 * {@link ReadModelGeneration}: known while it listens, moved on by every announcement.
 */
@Component
class ChangeListener implements SmartLifecycle {

	static final String APPLICATION_NAME = "tracker-query-side-live";

	private static final Logger log = LoggerFactory.getLogger(ChangeListener.class);

	/** How long one wait for notifications blocks; bounds how long a stop takes. */
	private static final int RECEIVE_TIMEOUT_MILLIS = 500;

	/**
	 * A connection whose server went away without a word can look quiet for ever: after
	 * this long without a notification the listener asks for a sign of life.
	 */
	private static final long LIVENESS_CHECK_NANOS = TimeUnit.SECONDS.toNanos(30);

	private static final long FIRST_RETRY_MILLIS = 250;

	private static final long MAX_RETRY_MILLIS = 30_000;

	private final LiveStreams streams;

	private final ReadModelGeneration generation;

	private final ObjectMapper json;

	private final String url;

	private final Properties connectionProperties = new Properties();

	private volatile boolean running;

	private volatile CountDownLatch stopSignal = new CountDownLatch(0);

	private Thread thread;

	private long retryMillis = FIRST_RETRY_MILLIS;

	private long sessions;

	ChangeListener(LiveStreams streams, ReadModelGeneration generation, ObjectMapper json,
			DataSourceProperties dataSource) {
		this.streams = streams;
		this.generation = generation;
		this.json = json;
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
		thread = new Thread(this::listenUntilStopped, "live-change-listener");
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

	private void listenUntilStopped() {
		while (running) {
			try {
				listen();
			}
			catch (SQLException ex) {
				if (!running) {
					return;
				}
				log.warn("Read-model change notifications unavailable ({}); live pages wait, retrying in {} ms",
						ex.getMessage(), retryMillis);
				awaitStop(retryMillis);
				retryMillis = Math.min(retryMillis * 2, MAX_RETRY_MILLIS);
			}
		}
	}

	private void listen() throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, connectionProperties);
				Statement statement = connection.createStatement()) {
			statement.execute("LISTEN " + CommittedChanges.CHANNEL);
			generation.listening();
			retryMillis = FIRST_RETRY_MILLIS;
			if (++sessions > 1) {
				log.info("Read-model change notifications restored");
				streams.changed(ReadModelChange.ANYTHING);
			}
			PGConnection notificationSource = connection.unwrap(PGConnection.class);
			long quietSince = System.nanoTime();
			while (running) {
				PGNotification[] received = notificationSource.getNotifications(RECEIVE_TIMEOUT_MILLIS);
				if (received != null && received.length > 0) {
					generation.changed();
					for (PGNotification notification : received) {
						streams.changed(read(notification.getParameter()));
					}
					quietSince = System.nanoTime();
				}
				else if (System.nanoTime() - quietSince > LIVENESS_CHECK_NANOS) {
					statement.execute("SELECT 1");
					quietSince = System.nanoTime();
				}
			}
		}
		finally {
			generation.deaf();
		}
	}

	private ReadModelChange read(String payload) {
		try {
			return json.readValue(payload, ReadModelChange.class);
		}
		catch (JsonProcessingException ex) {
			// Another version's announcement, say: what it touched is unknown.
			return ReadModelChange.ANYTHING;
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
