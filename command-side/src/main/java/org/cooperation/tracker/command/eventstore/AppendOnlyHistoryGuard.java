package org.cooperation.tracker.command.eventstore;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Checks at start that the database role the command side connects as cannot rewrite the
 * event store (README, "Database roles"). The migrations take every such right back from
 * every role but the tables' owner, so the role can only have one when it is the owner or
 * a superuser: a deployment that still runs the application as the role its migrations
 * run as. Under the {@code prod} profile that refuses the start; otherwise (a developer's
 * own PostgreSQL with one role for everything) it is a warning.
 */
@Component
class AppendOnlyHistoryGuard implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(AppendOnlyHistoryGuard.class);

	private final JdbcTemplate jdbc;

	private final Environment environment;

	/** After the migrations: the event table must be there to be asked about. */
	AppendOnlyHistoryGuard(JdbcTemplate jdbc, Environment environment, FlywayMigrationInitializer migrated) {
		this.jdbc = jdbc;
		this.environment = environment;
	}

	@Override
	public void afterPropertiesSet() {
		List<String> rewrites = jdbc.queryForList("""
				SELECT right_to_rewrite FROM unnest(ARRAY['UPDATE', 'DELETE', 'TRUNCATE']) AS right_to_rewrite
				WHERE has_table_privilege('domainevententry', right_to_rewrite)
				UNION ALL
				SELECT 'setval' WHERE has_sequence_privilege('domain_event_global_index', 'UPDATE')""", String.class);
		if (rewrites.isEmpty()) {
			return;
		}
		String role = jdbc.queryForObject("SELECT current_user", String.class);
		String problem = "the database role '" + role + "' may " + String.join(", ", rewrites)
				+ " the event store, so the application could rewrite history; connect as a role that may only "
				+ "read and append (spring.datasource.username), and run the migrations as the owner "
				+ "(spring.flyway.user): README, \"Database roles\"";
		if (environment.matchesProfiles("prod")) {
			throw new IllegalStateException("the prod profile refuses to start: " + problem);
		}
		log.warn("{}", problem);
	}

}
