package org.cooperation.tracker.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real PostgreSQL the tests run against: an embedded server started once per test
 * JVM, or, when {@code TRACKER_TEST_POSTGRES_URL} is set (e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres}), a fresh database created on that
 * external server. Each call to {@link #newDatabase()} gives an empty database, so test
 * classes never see each other's events.
 */
public final class TestPostgres {

	private static final String EXTERNAL_URL = System.getenv("TRACKER_TEST_POSTGRES_URL");

	private static final String EXTERNAL_USER = System.getenv().getOrDefault("TRACKER_TEST_POSTGRES_USER", "postgres");

	private static final String EXTERNAL_PASSWORD = System.getenv().getOrDefault("TRACKER_TEST_POSTGRES_PASSWORD", "");

	private static EmbeddedPostgres embedded;

	private TestPostgres() {
	}

	/** Creates an empty database and returns how to reach it. */
	public static synchronized Database newDatabase() {
		String adminUrl;
		String user;
		String password;
		if (EXTERNAL_URL != null && !EXTERNAL_URL.isBlank()) {
			adminUrl = EXTERNAL_URL;
			user = EXTERNAL_USER;
			password = EXTERNAL_PASSWORD;
		}
		else {
			adminUrl = embedded().getJdbcUrl("postgres", "postgres");
			user = "postgres";
			password = "";
		}
		String name = "tracker_test_" + UUID.randomUUID().toString().replace("-", "");
		try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not create test database on " + adminUrl, ex);
		}
		int lastSlash = adminUrl.lastIndexOf('/');
		int query = adminUrl.indexOf('?', lastSlash);
		String url = adminUrl.substring(0, lastSlash + 1) + name + ((query >= 0) ? adminUrl.substring(query) : "");
		return new Database(url, user, password);
	}

	private static EmbeddedPostgres embedded() {
		if (embedded == null) {
			try {
				embedded = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("could not start embedded PostgreSQL", ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::closeEmbedded));
		}
		return embedded;
	}

	private static void closeEmbedded() {
		try {
			embedded.close();
		}
		catch (IOException ex) {
			// The JVM is exiting; the server's process dies with it either way.
		}
	}

	/** How to reach one test database. */
	public record Database(String url, String user, String password) {

		public Connection connect() throws SQLException {
			return DriverManager.getConnection(url, user, password);
		}

		/**
		 * Makes this database the application's datasource, from a
		 * {@code @DynamicPropertySource}.
		 */
		public void registerAsDataSource(DynamicPropertyRegistry registry) {
			registry.add("spring.datasource.url", this::url);
			registry.add("spring.datasource.username", this::user);
			registry.add("spring.datasource.password", this::password);
		}

	}

}
