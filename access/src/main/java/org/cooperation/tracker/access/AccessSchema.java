package org.cooperation.tracker.access;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * The access module's own tables (the shared rate-limit buckets), migrated from
 * {@code db/access} with a history of their own, {@code flyway_access_history}. Both
 * applications share one database and run this at start; Flyway's lock makes the second
 * one find the work done. Not a {@link Flyway} bean: Spring Boot's Flyway, which migrates
 * each application's own tables, would then not start.
 */
public final class AccessSchema {

	private AccessSchema(DataSource dataSource) {
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/access")
			.table("flyway_access_history")
			// The database already holds the applications' tables: start this history
			// empty instead of refusing a schema that is not.
			.baselineOnMigrate(true)
			.baselineVersion("0")
			.load()
			.migrate();
	}

	/** Brings the access tables up to date on the database. */
	public static AccessSchema migrate(DataSource dataSource) {
		return new AccessSchema(dataSource);
	}

}
