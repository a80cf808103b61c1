package org.cooperation.tracker.command.devdb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The two database roles of the embedded default, set up as the README's "Database roles"
 * asks of a deployment: {@value #OWNER} runs the migrations and owns the tables;
 * {@value #APPLICATION}, which both applications connect as, reads and writes them but
 * may only read and append the event store (the event store's {@code afterMigrate}
 * callback takes every other right on it back).
 * <p>
 * The roles have no password: the embedded server trusts every connection from this
 * machine (its {@code initdb} runs with {@code -A trust}, and it listens on localhost
 * only), as it does for its superuser, so a password would protect nothing; and a role
 * without one can never sign in where passwords are checked. What the roles give here is
 * the production rights: a code path that rewrites history fails in development too.
 * <p>
 * Data directories from before the roles hold tables the superuser owns: each start hands
 * whatever in the {@code public} schema another role owns to {@value #OWNER}, and grants
 * {@value #APPLICATION} what it would have had from the default privileges (on the event
 * table and its sequence: reading and appending only).
 */
final class DatabaseRoles {

	static final String OWNER = "tracker_owner";

	static final String APPLICATION = "tracker_app";

	private DatabaseRoles() {
	}

	/**
	 * Sets the roles up on the tracker's database, over a superuser's connection to it;
	 * run at every start, it changes nothing the second time.
	 */
	static void setUp(Connection superuser) throws SQLException {
		try (Statement statement = superuser.createStatement()) {
			createRoleIfMissing(statement, OWNER);
			createRoleIfMissing(statement, APPLICATION);
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
			statement.execute(adoptOlderObjects());
		}
	}

	private static void createRoleIfMissing(Statement statement, String role) throws SQLException {
		statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role
				+ "') THEN CREATE ROLE " + role + " LOGIN; END IF; END $$");
	}

	/**
	 * What a deployment upgrading from one role runs by hand (README, "Database roles"):
	 * one file, so that both do the same.
	 */
	private static String adoptOlderObjects() {
		try (InputStream sql = DatabaseRoles.class.getResourceAsStream("/db/roles/adopt-existing-tables.sql")) {
			return new String(sql.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the roles' SQL is missing from the jar", ex);
		}
	}

}
