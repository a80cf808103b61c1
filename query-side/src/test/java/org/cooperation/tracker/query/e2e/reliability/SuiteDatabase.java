package org.cooperation.tracker.query.e2e.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.cooperation.tracker.testing.TestPostgres;

/**
 * A real PostgreSQL server the suite can stop and start again on the same data directory
 * and port, as an operator restarting the database would: the applications keep their
 * connection settings and must find their way back by themselves.
 */
final class SuiteDatabase {

	private static final String NAME = "tracker";

	private final Path dataDirectory;

	private final int port;

	private EmbeddedPostgres server;

	private SuiteDatabase(Path dataDirectory, int port) {
		this.dataDirectory = dataDirectory;
		this.port = port;
	}

	/** A fresh server in an empty directory, with the tracker's database created. */
	static SuiteDatabase startFresh(Path dataDirectory) {
		deleteRecursively(dataDirectory);
		SuiteDatabase database = new SuiteDatabase(dataDirectory, freePort());
		database.start();
		try (Connection connection = DriverManager.getConnection(database.url("postgres"), "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + NAME);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not create the suite's database", ex);
		}
		TestPostgres.prepared(database.asTestDatabase());
		return database;
	}

	void start() {
		try {
			Files.createDirectories(dataDirectory);
			// Commits are durable, as on a production server (the embedded default turns
			// this off for speed): an acknowledged write must survive the restart.
			server = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setPort(port)
				.setServerConfig("synchronous_commit", "on")
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not start PostgreSQL on port " + port, ex);
		}
	}

	/**
	 * Stops the server (pg_ctl's fast mode: open transactions are rolled back and every
	 * client is disconnected at once).
	 */
	void stop() {
		try {
			server.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not stop PostgreSQL", ex);
		}
	}

	String url() {
		return url(NAME);
	}

	private String url(String database) {
		return "jdbc:postgresql://localhost:" + port + "/" + database;
	}

	Connection connect() throws SQLException {
		return DriverManager.getConnection(url(), "postgres", "");
	}

	/**
	 * The tracker's database with its roles: the applications connect as the restricted
	 * one and migrate as the owner
	 * ({@link TestPostgres.Database#applicationArguments()}).
	 */
	TestPostgres.Database asTestDatabase() {
		return new TestPostgres.Database(url(), "postgres", "");
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteRecursively(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
