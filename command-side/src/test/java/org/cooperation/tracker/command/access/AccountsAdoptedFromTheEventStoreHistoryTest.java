package org.cooperation.tracker.command.access;

import java.util.Arrays;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import org.cooperation.tracker.accounts.AccountsSchema;
import org.cooperation.tracker.command.CommandSideApplication;
import org.cooperation.tracker.testing.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database from before the accounts had a history of their own: the command side's
 * event-store history created {@code tracker_user} as its V3 (kept in the test resources
 * as it was). The accounts' history adopts the table with every account in it, and both
 * histories validate.
 */
class AccountsAdoptedFromTheEventStoreHistoryTest {

	private static final TestPostgres.Database DATABASE = TestPostgres.newDatabase();

	/**
	 * The old history ran as the migrations' owner role, as the applications' migrations
	 * do.
	 */
	private final DriverManagerDataSource dataSource = new DriverManagerDataSource(DATABASE.url(), TestPostgres.OWNER,
			TestPostgres.ROLE_PASSWORD);

	@Test
	void accountsCreatedUnderTheOldHistorySignInAndBothHistoriesValidate() {
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/event-store", "classpath:db/event-store-before-accounts")
			.table("flyway_event_store_history")
			.load()
			.migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		String hash = new BCryptPasswordEncoder().encode("an old long password");
		jdbc.update("INSERT INTO tracker_user (username, password_hash, role, created_at, created_by) "
				+ "VALUES ('old-admin', ?, 'ADMIN', now(), 'first-admin'), ('old-official', ?, 'OFFICIAL', now(), "
				+ "'old-admin')", hash, hash);
		jdbc.update("INSERT INTO tracker_user (username, password_hash, role, enabled, created_at, created_by) "
				+ "VALUES ('gone-official', ?, 'OFFICIAL', FALSE, now(), 'old-admin')", hash);

		try (ConfigurableApplicationContext commandSide = start()) {
			String accounts = call(commandSide, "old-admin").getBody();
			assertThat(accounts).contains("\"username\":\"old-official\"", "\"createdBy\":\"old-admin\"",
					"\"username\":\"gone-official\"", "\"username\":\"liaison-kz\"");
			assertThat(status(commandSide, "old-official")).as("signed in, but not an admin").isEqualTo(403);
			assertThat(status(commandSide, "gone-official")).as("still disabled").isEqualTo(401);

			Flyway eventStore = commandSide.getBean(Flyway.class);
			eventStore.validate();
			assertThat(Arrays.stream(eventStore.info().applied()).map(MigrationInfo::getVersion))
				.as("the event-store history keeps its V3: history is never rewritten")
				.extracting(Object::toString)
				.contains("3", "4");
		}

		Flyway accountsHistory = AccountsSchema.history(dataSource);
		accountsHistory.validate();
		// V3 (the sign-in sessions both applications share) came after the adoption.
		assertThat(accountsHistory.info().current().getVersion().toString()).isEqualTo("3");
		assertThat(new JdbcTemplate(dataSource).queryForObject(
				"SELECT count(*) FROM tracker_user WHERE username IN ('old-admin', 'old-official', 'gone-official')",
				Integer.class))
			.isEqualTo(3);

		// And again, as every later start finds the database.
		try (ConfigurableApplicationContext again = start()) {
			again.getBean(Flyway.class).validate();
			assertThat(status(again, "old-admin")).isEqualTo(200);
		}
	}

	private static int status(ConfigurableApplicationContext application, String user) {
		return call(application, user).getStatusCode().value();
	}

	private static ResponseEntity<String> call(ConfigurableApplicationContext application, String user) {
		return AdminUsersCall.as(((ServletWebServerApplicationContext) application).getWebServer().getPort(), user,
				"an old long password");
	}

	private static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(CommandSideApplication.class)
			.run(DATABASE.applicationArguments("--server.port=0"));
	}

}
