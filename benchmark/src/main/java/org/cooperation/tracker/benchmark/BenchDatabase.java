package org.cooperation.tracker.benchmark;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The durable PostgreSQL the benchmark runs on, and the fresh database of this run on it:
 * the machine's server when an admin URL is given, otherwise an embedded one started with
 * {@code fsync=on} and {@code synchronous_commit=on} (the embedded library's default
 * turns synchronous commits off, which would flatter every write). The database gets the
 * two roles a deployment gives the applications (README, "Database roles"), under names
 * of the benchmark's own so that a tracker on the same server is not touched.
 */
final class BenchDatabase implements AutoCloseable {

	static final String OWNER = "tracker_bench_owner";

	static final String APPLICATION = "tracker_bench_app";

	/** Both roles' password: the roles exist only for benchmark databases. */
	static final String PASSWORD = "tracker-bench";

	private final EmbeddedPostgres embedded;

	private final String host;

	private final int port;

	private final String superuser;

	private final String superuserPassword;

	final String name = "tracker_bench_"
			+ LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"));

	private BenchDatabase(EmbeddedPostgres embedded, String host, int port, String superuser,
			String superuserPassword) {
		this.embedded = embedded;
		this.host = host;
		this.port = port;
		this.superuser = superuser;
		this.superuserPassword = superuserPassword;
	}

	/**
	 * The server named by an admin JDBC URL, such as
	 * jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres.
	 */
	static BenchDatabase onServer(String adminUrl) {
		URI uri = URI.create(adminUrl.substring("jdbc:".length()));
		Map<String, String> parameters = new HashMap<>();
		if (uri.getQuery() != null) {
			for (String pair : uri.getQuery().split("&")) {
				String[] parts = pair.split("=", 2);
				parameters.put(parts[0], (parts.length > 1) ? parts[1] : "");
			}
		}
		return new BenchDatabase(null, (uri.getHost() != null) ? uri.getHost() : "localhost",
				(uri.getPort() > 0) ? uri.getPort() : 5432, parameters.getOrDefault("user", "postgres"),
				parameters.get("password"));
	}

	/**
	 * An embedded server of its own, data in a directory removed when it stops unless
	 * kept.
	 */
	static BenchDatabase embedded(Path dataDirectory, boolean keep) throws IOException {
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(!keep)
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("max_connections", "300")
			.start();
		return new BenchDatabase(postgres, "localhost", postgres.getPort(), "postgres", null);
	}

	boolean isEmbedded() {
		return embedded != null;
	}

	String host() {
		return host;
	}

	int port() {
		return port;
	}

	String superuser() {
		return superuser;
	}

	String superuserPassword() {
		return superuserPassword;
	}

	/** The JDBC URL of this run's database, as the applications get it. */
	String url() {
		return "jdbc:postgresql://" + host + ":" + port + "/" + name;
	}

	Connection asSuperuser(String database) throws SQLException {
		return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + database, superuser,
				superuserPassword);
	}

	/** The tables' owner on this run's database: the bulk history is appended as it. */
	Connection asOwner() throws SQLException {
		return DriverManager.getConnection(url(), OWNER, PASSWORD);
	}

	/**
	 * The settings that make a commit durable, and the server's version, for the table's
	 * heading.
	 */
	String describe() throws SQLException {
		try (Connection connection = asSuperuser("postgres"); Statement statement = connection.createStatement()) {
			return "PostgreSQL " + show(statement, "server_version") + (isEmbedded() ? " embedded" : " at " + host)
					+ ", fsync=" + show(statement, "fsync") + ", synchronous_commit="
					+ show(statement, "synchronous_commit") + ", max_connections=" + show(statement, "max_connections");
		}
	}

	private static String show(Statement statement, String setting) throws SQLException {
		try (ResultSet value = statement.executeQuery("SHOW " + setting)) {
			value.next();
			return value.getString(1);
		}
	}

	/**
	 * Creates this run's database and sets its roles up as deploy/database-roles.sql
	 * does.
	 */
	void create() throws SQLException {
		try (Connection connection = asSuperuser("postgres"); Statement statement = connection.createStatement()) {
			for (String role : new String[] { OWNER, APPLICATION }) {
				statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role
						+ "') THEN CREATE ROLE " + role + " LOGIN PASSWORD '" + PASSWORD + "'; END IF; END $$");
			}
			statement.execute("CREATE DATABASE " + name);
		}
		try (Connection connection = asSuperuser(name); Statement statement = connection.createStatement()) {
			statement.execute("GRANT USAGE, CREATE ON SCHEMA public TO " + OWNER);
			statement.execute("GRANT CREATE ON DATABASE " + name + " TO " + OWNER);
			statement.execute("GRANT USAGE ON SCHEMA public TO " + APPLICATION);
			statement.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
			statement.execute("ALTER DEFAULT PRIVILEGES FOR ROLE " + OWNER
					+ " IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO " + APPLICATION);
			statement.execute("ALTER DEFAULT PRIVILEGES FOR ROLE " + OWNER
					+ " IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO " + APPLICATION);
		}
	}

	/**
	 * Drops this run's database, whoever is still connected (the applications are stopped
	 * by then).
	 */
	void drop() throws SQLException {
		try (Connection connection = asSuperuser("postgres"); Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
		}
	}

	@Override
	public void close() throws IOException {
		if (embedded != null) {
			embedded.close();
		}
	}

}
