package org.cooperation.tracker.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real PostgreSQL the tests run against: an embedded server started once per test
 * JVM, or, when {@code TRACKER_TEST_POSTGRES_URL} is set (e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres}), a fresh database created on that
 * external server. Each call to {@link #newDatabase()} gives an empty database, so test
 * classes never see each other's events.
 * <p>
 * Every database is set up as a deployment's is (README, "Database roles"): the
 * migrations run as {@link #OWNER}, which owns what they create, and the applications
 * connect as {@link #APPLICATION}, which may read and write everything but rewrite the
 * recorded history. A test that tampers with the event table on purpose does it through
 * the superuser connection, {@link Database#connect()}.
 */
public final class TestPostgres {

	/** The role the tests' migrations run as (Flyway): it owns the tables. */
	public static final String OWNER = "tracker_test_owner";

	/** The role the applications under test connect as. */
	public static final String APPLICATION = "tracker_test_app";

	/**
	 * Both test roles' password. A test server's own roles: the embedded server trusts
	 * every local connection anyway, and an external one needs some password.
	 */
	public static final String ROLE_PASSWORD = "tracker-test";

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
			// Not getJdbcUrl(), which names the user in the address: the driver would
			// then connect every role's connection as the superuser.
			adminUrl = "jdbc:postgresql://localhost:" + embedded().getPort() + "/postgres";
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
		String url = adminUrl.substring(0, lastSlash + 1) + name
				+ ((query >= 0) ? withoutCredentials(adminUrl.substring(query)) : "");
		return prepared(new Database(url, user, password));
	}

	/**
	 * Sets up the owner and application roles on that database, whose user must be a
	 * superuser (or hold CREATEROLE and own the database); returns it.
	 */
	public static Database prepared(Database database) {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			for (String role : List.of(OWNER, APPLICATION)) {
				createRoleIfMissing(statement, role);
			}
			// As the README's deployment SQL: the owner creates in the schema, the
			// application uses it, and whatever the owner creates is readable and
			// writable by the application but for what the event store's migrations
			// take back (afterMigrate: no UPDATE, DELETE or TRUNCATE of the history).
			// The owner also creates schemas: the query side's replays build in one of
			// their own.
			statement.execute("DO $$ BEGIN EXECUTE format('GRANT CREATE ON DATABASE %I TO " + OWNER
					+ "', current_database()); END $$");
			statement.execute("GRANT USAGE, CREATE ON SCHEMA public TO " + OWNER);
			statement.execute("GRANT USAGE ON SCHEMA public TO " + APPLICATION);
			statement.execute("ALTER DEFAULT PRIVILEGES FOR ROLE " + OWNER
					+ " IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO " + APPLICATION);
			statement.execute("ALTER DEFAULT PRIVILEGES FOR ROLE " + OWNER
					+ " IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO " + APPLICATION);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not set up the test roles on " + database.url(), ex);
		}
		return database;
	}

	/**
	 * The address's parameters but a user and a password, which the driver would prefer
	 * to those each connection gives: the roles' connections would all be the admin's.
	 */
	private static String withoutCredentials(String query) {
		String kept = Arrays.stream(query.substring(1).split("&"))
			.filter((parameter) -> !parameter.startsWith("user=") && !parameter.startsWith("password="))
			.collect(Collectors.joining("&"));
		return kept.isEmpty() ? "" : "?" + kept;
	}

	/**
	 * Roles belong to the whole server, which two test JVMs may share (an external one):
	 * the one that loses the race to create a role finds it made.
	 */
	private static void createRoleIfMissing(Statement statement, String role) throws SQLException {
		try {
			statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role
					+ "') THEN CREATE ROLE " + role + " LOGIN PASSWORD '" + ROLE_PASSWORD + "'; END IF; END $$");
		}
		catch (SQLException ex) {
			boolean raced = "42710".equals(ex.getSQLState()) || "23505".equals(ex.getSQLState());
			if (!raced) {
				throw ex;
			}
		}
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

	/**
	 * How to reach one test database: {@code user} is the superuser the test itself
	 * connects as (to set up, inspect or tamper with what the application cannot); the
	 * applications it starts connect as {@link #APPLICATION} and migrate as
	 * {@link #OWNER}.
	 */
	public record Database(String url, String user, String password) {

		/**
		 * A connection as the superuser: for what the test does behind the application.
		 */
		public Connection connect() throws SQLException {
			return DriverManager.getConnection(url, user, password);
		}

		/** A connection as the applications' role, with the rights they have. */
		public Connection connectAsApplication() throws SQLException {
			return DriverManager.getConnection(url, APPLICATION, ROLE_PASSWORD);
		}

		/** A connection as the owner role, as the migrations run. */
		public Connection connectAsOwner() throws SQLException {
			return DriverManager.getConnection(url, OWNER, ROLE_PASSWORD);
		}

		/**
		 * Makes this database the application's datasource, connected as
		 * {@link #APPLICATION}, with its migrations run as {@link #OWNER}; from a
		 * {@code @DynamicPropertySource}.
		 */
		public void registerAsDataSource(DynamicPropertyRegistry registry) {
			registry.add("spring.datasource.url", this::url);
			registry.add("spring.datasource.username", () -> APPLICATION);
			registry.add("spring.datasource.password", () -> ROLE_PASSWORD);
			registry.add("spring.flyway.user", () -> OWNER);
			registry.add("spring.flyway.password", () -> ROLE_PASSWORD);
		}

		/**
		 * The same as command-line arguments, for an application started by a test
		 * (in-process or as a process of its own).
		 */
		public List<String> applicationArguments() {
			return List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + APPLICATION,
					"--spring.datasource.password=" + ROLE_PASSWORD, "--spring.flyway.user=" + OWNER,
					"--spring.flyway.password=" + ROLE_PASSWORD);
		}

		/**
		 * These arguments, then the application's arguments, for a
		 * {@code run(String...)}.
		 */
		public String[] applicationArguments(String... more) {
			List<String> arguments = new ArrayList<>(applicationArguments());
			arguments.addAll(List.of(more));
			return arguments.toArray(String[]::new);
		}

	}

}
