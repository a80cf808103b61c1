package org.cooperation.tracker.query.health;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import org.cooperation.tracker.accounts.AccountsSchema;

/**
 * What the command side would have created in the shared database before the query side
 * serves real HTTP: the event table, from the command side's own migration, and the user
 * accounts, from the accounts module's (so neither can drift), with an official and an
 * admin to sign in as ({@code demo-<name>}).
 */
public final class CommandSideTables {

	private static final Path MIGRATIONS = Path.of("../command-side/src/main/resources/db/event-store");

	/**
	 * The command side's migrations that shape the event table: the table, and the
	 * functions and indexes the auditors' filters read it by.
	 */
	private static final List<String> EVENT_TABLE = List.of("V1__event_store.sql", "V5__audit_filters.sql");

	private CommandSideTables() {
	}

	private static void createEventTable(Statement statement) throws SQLException, IOException {
		for (String migration : EVENT_TABLE) {
			statement.execute(Files.readString(MIGRATIONS.resolve(migration)));
		}
	}

	/** Whether the command side's event table is there in this database. */
	public static boolean eventTableExists(JdbcTemplate jdbc) {
		return Boolean.TRUE
			.equals(jdbc.queryForObject("SELECT to_regclass('domainevententry') IS NOT NULL", Boolean.class));
	}

	/**
	 * Creates the command side's event table, from its own migration, unless it is there
	 * already: the command side creates it in production; in a test, the test does.
	 */
	public static void createEventTableOnce(JdbcTemplate jdbc) {
		if (!eventTableExists(jdbc)) {
			jdbc.execute((Statement statement) -> {
				try {
					createEventTable(statement);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				return null;
			});
		}
	}

	public static void create(String url, String user, String password) {
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			createEventTable(statement);
			AccountsSchema.migrate(new SingleConnectionDataSource(connection, true));
			BCryptPasswordEncoder passwords = new BCryptPasswordEncoder();
			try (PreparedStatement insert = connection
				.prepareStatement("INSERT INTO tracker_user (username, password_hash, role, created_at, created_by) "
						+ "VALUES (?, ?, ?, now(), 'test')")) {
				for (String name : List.of("official", "admin")) {
					insert.setString(1, name);
					insert.setString(2, passwords.encode("demo-" + name));
					insert.setString(3, name.toUpperCase());
					insert.executeUpdate();
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not create the command side's tables", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
