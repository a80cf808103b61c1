package org.cooperation.tracker.query.health;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import org.cooperation.tracker.accounts.AccountsSchema;
import org.cooperation.tracker.testing.TestPostgres;

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

	/** Whether the command side's event table is there in this database. */
	public static boolean eventTableExists(JdbcTemplate jdbc) {
		return Boolean.TRUE
			.equals(jdbc.queryForObject("SELECT to_regclass('domainevententry') IS NOT NULL", Boolean.class));
	}

	/**
	 * Creates the command side's event table, from its own migration, unless it is there
	 * already: the command side creates it in production; in a test, the test does, as
	 * the owner role the migrations run as, so the application's role has the rights it
	 * has in production (reading and appending only).
	 */
	public static void createEventTableOnce(TestPostgres.Database database) {
		try (Connection connection = database.connectAsOwner(); Statement statement = connection.createStatement()) {
			try (ResultSet exists = statement.executeQuery("SELECT to_regclass('domainevententry') IS NOT NULL")) {
				exists.next();
				if (exists.getBoolean(1)) {
					return;
				}
			}
			createEventTable(statement);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not create the event table", ex);
		}
	}

	/**
	 * The event table and what the auditors' filters read it by, then what the command
	 * side's migrations do after every run: take back any right to rewrite it from every
	 * role but the owner.
	 */
	private static void createEventTable(Statement statement) throws SQLException {
		try {
			for (String migration : EVENT_TABLE) {
				statement.execute(Files.readString(MIGRATIONS.resolve(migration)));
			}
			statement.execute(Files.readString(MIGRATIONS.resolve("afterMigrate__append_only_history.sql")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The event table and the accounts, created as the owner role, as the command side's
	 * migrations would.
	 */
	public static void create(TestPostgres.Database database) {
		try (Connection connection = database.connectAsOwner(); Statement statement = connection.createStatement()) {
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
	}

}
