package org.cooperation.tracker.command.devdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Runs a real PostgreSQL server, embedded, for the default run of the whole system: data
 * are kept in a directory across restarts, and the server stops cleanly when this process
 * is interrupted (Ctrl-C) or terminated. Both applications connect to it like to any
 * other PostgreSQL, each as the role a deployment gives it ({@link DatabaseRoles}).
 * Started by {@code tracker.sh}; not part of either application.
 * <p>
 * Arguments: {@code [dataDirectory [port [readyFile]]]}, defaults
 * {@code .tracker-data/postgres} and 54329. The ready file, if named, is written once the
 * database and its roles are set up (the port opens before that) and removed when the
 * server stops: {@code tracker.sh} starts the applications only then.
 */
public final class EmbeddedDatabaseServer {

	static final String DATABASE = "tracker";

	private EmbeddedDatabaseServer() {
	}

	public static void main(String[] args) throws IOException, SQLException, InterruptedException {
		Path dataDirectory = Path.of((args.length > 0) ? args[0] : ".tracker-data/postgres").toAbsolutePath();
		int port = (args.length > 1) ? Integer.parseInt(args[1]) : 54329;
		Path readyFile = (args.length > 2) ? Path.of(args[2]).toAbsolutePath() : null;
		if (readyFile != null) {
			Files.deleteIfExists(readyFile);
		}
		Files.createDirectories(dataDirectory);
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(false)
			.setPort(port)
			.start();
		createDatabaseIfMissing(postgres);
		try (Connection tracker = postgres.getDatabase("postgres", DATABASE).getConnection()) {
			DatabaseRoles.setUp(tracker);
		}
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				if (readyFile != null) {
					Files.deleteIfExists(readyFile);
				}
				postgres.close();
				System.out.println("Embedded PostgreSQL stopped; data kept in " + dataDirectory);
			}
			catch (IOException ex) {
				System.err.println("Embedded PostgreSQL did not stop cleanly: " + ex.getMessage());
			}
			stopped.countDown();
		}, "embedded-postgres-stop"));
		if (readyFile != null) {
			Files.writeString(readyFile, "jdbc:postgresql://localhost:" + port + "/" + DATABASE + "\n");
		}
		System.out.println("Embedded PostgreSQL ready: jdbc:postgresql://localhost:" + port + "/" + DATABASE
				+ " (applications as " + DatabaseRoles.APPLICATION + ", migrations as " + DatabaseRoles.OWNER
				+ ", data in " + dataDirectory + ")");
		stopped.await();
	}

	private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws SQLException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			try (ResultSet exists = statement
				.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
				if (exists.next()) {
					return;
				}
			}
			statement.execute("CREATE DATABASE " + DATABASE);
		}
	}

}
