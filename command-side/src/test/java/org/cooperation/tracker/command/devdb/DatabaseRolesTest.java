package org.cooperation.tracker.command.devdb;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import org.cooperation.tracker.access.AccessSchema;
import org.cooperation.tracker.accounts.AccountsSchema;
import org.cooperation.tracker.testing.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A data directory of the embedded default from before the roles: every table was made,
 * and is owned, by the superuser. The embedded server's start hands them to the owner
 * role and gives the application's role its rights, on the event table reading and
 * appending only; a second start changes nothing.
 */
class DatabaseRolesTest {

	private static final TestPostgres.Database DATABASE = TestPostgres.newDatabase();

	private final DriverManagerDataSource superuser = new DriverManagerDataSource(DATABASE.url(), DATABASE.user(),
			DATABASE.password());

	@Test
	void tablesOfTheSuperuserGoToTheOwnerAndTheApplicationMayOnlyAppendToTheHistory() throws SQLException {
		Flyway.configure()
			.dataSource(superuser)
			.locations("classpath:db/event-store")
			.table("flyway_event_store_history")
			.load()
			.migrate();
		AccountsSchema.migrate(superuser);
		AccessSchema.migrate(superuser);
		JdbcTemplate jdbc = new JdbcTemplate(superuser);
		jdbc.execute(append("before-the-roles"));

		for (int start = 0; start < 2; start++) {
			try (Connection connection = superuser.getConnection()) {
				DatabaseRoles.setUp(connection);
			}
		}

		assertThat(jdbc.queryForList("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'",
				String.class))
			.containsExactly(DatabaseRoles.OWNER);
		assertThat(jdbc.queryForList("SELECT DISTINCT sequenceowner FROM pg_sequences WHERE schemaname = 'public'",
				String.class))
			.containsExactly(DatabaseRoles.OWNER);
		assertThat(jdbc.queryForList(
				"SELECT DISTINCT proowner::regrole::text FROM pg_proc " + "WHERE pronamespace = 'public'::regnamespace",
				String.class))
			.containsExactly(DatabaseRoles.OWNER);

		try (Connection application = superuser.getConnection(); Statement statement = application.createStatement()) {
			// SET ROLE: the role has no password, and the test server may check them.
			statement.execute("SET ROLE " + DatabaseRoles.APPLICATION);
			statement.execute(append("after-the-roles"));
			statement.execute("UPDATE tracker_user SET enabled = enabled");
			statement.execute("DELETE FROM creator_contact WHERE email = 'nobody@example.org'");
			for (String rewrite : new String[] { "UPDATE domainevententry SET payloadtype = payloadtype",
					"DELETE FROM domainevententry", "TRUNCATE domainevententry",
					"SELECT setval('domain_event_global_index', 1)" }) {
				assertThat(refusal(application, rewrite)).as(rewrite).isEqualTo("42501");
			}
		}
		assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry", Integer.class)).isEqualTo(2);
	}

	private static String append(String aggregate) {
		return "INSERT INTO domainevententry (eventidentifier, aggregateidentifier, sequencenumber, timestamp, "
				+ "payloadtype, payload) VALUES ('" + UUID.randomUUID() + "', '" + aggregate
				+ "', 0, '2026-01-01T00:00:00Z', 'Test', '\\x7b7d')";
	}

	/** The SQL state PostgreSQL refuses the statement with, or null if it ran. */
	private static String refusal(Connection connection, String sql) throws SQLException {
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
			return null;
		}
		catch (SQLException ex) {
			return ex.getSQLState();
		}
		finally {
			connection.rollback();
			connection.setAutoCommit(true);
		}
	}

}
