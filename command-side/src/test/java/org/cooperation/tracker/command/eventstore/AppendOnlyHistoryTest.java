package org.cooperation.tracker.command.eventstore;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import org.cooperation.tracker.command.CommandSideIntegrationTest;
import org.cooperation.tracker.testing.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application cannot rewrite history (DESIGN, "Verifiable history"): the command side
 * connects as a role that PostgreSQL lets append events and read them, and refuses to
 * update, delete or truncate them or to set the global index back, while the command
 * side's writes go on as ever. The tables belong to the role the migrations run as.
 */
class AppendOnlyHistoryTest extends CommandSideIntegrationTest {

	/** PostgreSQL's insufficient_privilege. */
	private static final String REFUSED = "42501";

	/**
	 * Each would rewrite history; each is tried in a transaction that is rolled back, so
	 * that even a wrongly allowed one leaves the other tests' events alone.
	 */
	private static final List<String> REWRITES = List.of(
			"UPDATE domainevententry SET payloadtype = payloadtype WHERE globalindex > 0",
			"DELETE FROM domainevententry WHERE globalindex > 0", "TRUNCATE domainevententry",
			"SELECT setval('domain_event_global_index', 1)");

	@Autowired
	private DataSource applicationsConnections;

	@Test
	void theApplicationAppendsThroughItsApiButPostgresRefusesItAnyRewrite() throws SQLException {
		long before = storedEvents();
		ResponseEntity<JsonNode> recorded = sendAs("secretariat", HttpMethod.POST, "/api/protocols", TASHKENT_PROTOCOL);
		assertThat(recorded.getStatusCode().value()).as(recorded.toString()).isEqualTo(201);
		long appended = storedEvents();
		assertThat(appended).as("the protocol and its direction are appended").isGreaterThan(before);

		try (Connection connection = applicationsConnections.getConnection()) {
			assertThat(currentUser(connection)).isEqualTo(TestPostgres.APPLICATION);
			for (String rewrite : REWRITES) {
				assertThat(refusal(connection, rewrite)).as(rewrite).isEqualTo(REFUSED);
			}
			// What is derived or may be erased stays the application's to delete.
			for (String allowed : List.of("DELETE FROM snapshotevententry WHERE sequencenumber < 0",
					"DELETE FROM creator_contact WHERE email = 'nobody@example.org'",
					"DELETE FROM idempotency_key WHERE created_at < '2000-01-01'")) {
				assertThat(refusal(connection, allowed)).as(allowed).isNull();
			}
		}
		assertThat(storedEvents()).isEqualTo(appended);
	}

	@Test
	void theMigrationsRoleOwnsEveryTable() {
		assertThat(jdbc.queryForList("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'",
				String.class))
			.containsExactly(TestPostgres.OWNER);
	}

	private static String currentUser(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				var result = statement.executeQuery("SELECT current_user")) {
			result.next();
			return result.getString(1);
		}
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
