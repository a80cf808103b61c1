package org.cooperation.tracker.command.access;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import org.cooperation.tracker.command.CommandSideApplication;
import org.cooperation.tracker.testing.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@code prod} profile refuses to start while the demo accounts, whose passwords the
 * README publishes, could sign in; once they have new passwords it starts.
 */
class ProductionGuardTest {

	private static final TestPostgres.Database DATABASE = TestPostgres.newDatabase();

	@Test
	void prodRefusesDemoAccountsUntilTheyAreChanged() {
		assertThatThrownBy(() -> start("prod", "--tracker.access.demo-users=true").close())
			.hasStackTraceContaining("refuses tracker.access.demo-users=true");

		try (ConfigurableApplicationContext embeddedDefault = start("default")) {
			JdbcTemplate jdbc = embeddedDefault.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("SELECT count(*) FROM tracker_user WHERE demo", Integer.class))
				.isEqualTo(10);
		}
		assertThatThrownBy(() -> start("prod").close()).hasStackTraceContaining("liaison-kg");

		try (ConfigurableApplicationContext embeddedDefault = start("default")) {
			embeddedDefault.getBean(JdbcTemplate.class).update("UPDATE tracker_user SET demo = FALSE");
		}
		try (ConfigurableApplicationContext prod = start("prod")) {
			assertThat(prod.isActive()).isTrue();
		}
	}

	private static ConfigurableApplicationContext start(String profile, String... more) {
		String[] args = new String[1 + more.length];
		// An argument, not a default property: application.properties would win over
		// that.
		args[0] = "--server.port=0";
		System.arraycopy(more, 0, args, 1, more.length);
		return new SpringApplicationBuilder(CommandSideApplication.class).profiles(profile)
			.run(DATABASE.applicationArguments(args));
	}

}
