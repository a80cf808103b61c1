package org.cooperation.tracker.accounts;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import org.cooperation.tracker.kernel.access.Caller;
import org.cooperation.tracker.kernel.access.Role;
import org.cooperation.tracker.testing.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every running application hears of a change to an account when it commits, whoever made
 * it, and one that lost its way of hearing finds it again and forgets everything it may
 * have missed.
 */
class AccountChangeNotificationsTest {

	private static final TestPostgres.Database DATABASE = TestPostgres.newDatabase();

	private static final JdbcTemplate jdbc = new JdbcTemplate(
			new DriverManagerDataSource(DATABASE.url(), DATABASE.user(), DATABASE.password()));

	private final List<AccountChangeNotifications> started = new CopyOnWriteArrayList<>();

	@BeforeAll
	static void accounts() {
		AccountsSchema.migrate(jdbc.getDataSource());
		for (String name : List.of("someone", "someone-else")) {
			jdbc.update("INSERT INTO tracker_user (username, password_hash, role, created_at, created_by) "
					+ "VALUES (?, 'not-a-hash', 'OFFICIAL', now(), 'test')", name);
		}
	}

	@AfterEach
	void stop() {
		started.forEach(AccountChangeNotifications::stop);
	}

	@Test
	void everyListeningApplicationHearsOfAChangeWhenItCommits() {
		Heard commandSide = new Heard();
		Heard querySide = new Heard();
		listen(commandSide, "command");
		listen(querySide, "query");

		jdbc.update("UPDATE tracker_user SET enabled = NOT enabled WHERE username = 'someone'");

		await().atMost(Duration.ofSeconds(1)).until(() -> commandSide.accounts.contains("someone"));
		await().atMost(Duration.ofSeconds(1)).until(() -> querySide.accounts.contains("someone"));
	}

	@Test
	void onlyWhatSignInDependsOnIsAnnounced() {
		Heard heard = new Heard();
		listen(heard, "only-sign-in");

		jdbc.update("UPDATE tracker_user SET demo = NOT demo, changed_by = 'test' WHERE username = 'someone'");
		jdbc.update("UPDATE tracker_user SET password_hash = 'another-hash' WHERE username = 'someone-else'");

		// Announcements arrive in commit order: once the second is heard, the first
		// would have been.
		await().atMost(Duration.ofSeconds(1)).until(() -> heard.accounts.contains("someone-else"));
		assertThat(heard.accounts).containsExactly("someone-else");
	}

	@Test
	void aLostConnectionIsOpenedAgainAndWhatMayHaveBeenMissedIsForgotten() {
		Heard heard = new Heard();
		listen(heard, "to-be-cut");

		jdbc.queryForList("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ?",
				"to-be-cut");

		await().atMost(Duration.ofSeconds(10)).until(() -> heard.everything.get() > 0);
		jdbc.update("UPDATE tracker_user SET enabled = NOT enabled WHERE username = 'someone'");
		await().atMost(Duration.ofSeconds(1)).until(() -> heard.accounts.contains("someone"));
	}

	@Test
	void theApplicationThatMakesAChangeForgetsAtOnceNotWhenItHearsOfIt() {
		Heard here = new Heard();
		AccountChangeNotifications notListening = notifications(here, "not-listening");
		UserAccounts accounts = new UserAccounts(jdbc, new BCryptPasswordEncoder(4), Clock.systemUTC(), notListening);
		accounts.create(Caller.of("rotating-auditor", Role.AUDITOR), "first long password", "admin");

		accounts.changePassword("rotating-auditor", "second long password", "admin");
		assertThat(here.accounts).containsExactly("rotating-auditor");
		accounts.enable("rotating-auditor", false, "admin");
		assertThat(here.accounts).containsExactly("rotating-auditor", "rotating-auditor");
	}

	private void listen(Heard heard, String applicationName) {
		AccountChangeNotifications notifications = notifications(heard, applicationName);
		notifications.start();
		started.add(notifications);
	}

	private static AccountChangeNotifications notifications(Heard heard, String applicationName) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("heard", heard);
		return new AccountChangeNotifications(() -> {
			Properties settings = new Properties();
			settings.setProperty("user", DATABASE.user());
			settings.setProperty("password", DATABASE.password());
			settings.setProperty("ApplicationName", applicationName);
			return DriverManager.getConnection(DATABASE.url(), settings);
		}, beans.getBeanProvider(AccountChangeListener.class));
	}

	/** What one application was told. */
	static final class Heard implements AccountChangeListener {

		final List<String> accounts = new CopyOnWriteArrayList<>();

		final AtomicInteger everything = new AtomicInteger();

		@Override
		public void accountChanged(String username) {
			accounts.add(username);
		}

		@Override
		public void anyAccountMayHaveChanged() {
			everything.incrementAndGet();
		}

	}

}
