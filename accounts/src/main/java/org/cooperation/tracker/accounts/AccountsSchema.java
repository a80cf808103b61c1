package org.cooperation.tracker.accounts;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * The accounts' table, migrated from {@code db/accounts} with a history of its own,
 * {@code flyway_accounts_history}. Both applications share one database and run this at
 * start; Flyway's lock makes the second one find the work done. Not a {@link Flyway}
 * bean: Spring Boot's Flyway, which migrates each application's own tables, would then
 * not start.
 */
public final class AccountsSchema {

	private AccountsSchema() {
	}

	/** Brings the accounts' table up to date on the database. */
	public static AccountsSchema migrate(DataSource dataSource) {
		history(dataSource).migrate();
		return new AccountsSchema();
	}

	/** The accounts' migrations and their history on that database. */
	public static Flyway history(DataSource dataSource) {
		return Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/accounts")
			.table("flyway_accounts_history")
			// The database already holds the applications' tables (and, where the
			// command side's history created it before, the accounts' table): start this
			// history empty instead of refusing a schema that is not.
			.baselineOnMigrate(true)
			.baselineVersion("0")
			.load();
	}

}
