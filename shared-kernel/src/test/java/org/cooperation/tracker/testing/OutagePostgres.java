package org.cooperation.tracker.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server of a test's own that the test can stop and start again, on the same
 * data directory and port, to play a database outage: the application under test keeps
 * its connection settings and finds its data again after the restart. Never the shared
 * {@link TestPostgres} server, which other test classes use at the same time.
 */
public final class OutagePostgres implements AutoCloseable {

	private final Path dataDirectory;

	private final int port;

	private EmbeddedPostgres server;

	private OutagePostgres(Path dataDirectory, int port) {
		this.dataDirectory = dataDirectory;
		this.port = port;
	}

	/** Starts a fresh server on a free port. */
	public static OutagePostgres start() {
		try {
			OutagePostgres postgres = new OutagePostgres(Files.createTempDirectory("tracker-outage-pg"), freePort());
			postgres.startAgain();
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not prepare a PostgreSQL to stop and start", ex);
		}
	}

	public String url() {
		return "jdbc:postgresql://localhost:" + port + "/postgres";
	}

	public String user() {
		return "postgres";
	}

	public String password() {
		return "";
	}

	/**
	 * The server's database, to make it an application's datasource, with the owner and
	 * application roles set up as on every test database.
	 */
	public TestPostgres.Database database() {
		return TestPostgres.prepared(new TestPostgres.Database(url(), user(), password()));
	}

	/** Stops the server (fast shutdown: sessions are cut, as in a crash of the host). */
	public synchronized void stop() {
		try {
			server.close();
			server = null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not stop PostgreSQL", ex);
		}
	}

	/** Starts the server again on the same data and port. */
	public synchronized void startAgain() {
		try {
			server = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setPort(port)
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not start PostgreSQL on port " + port, ex);
		}
	}

	@Override
	public synchronized void close() {
		if (server != null) {
			stop();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
