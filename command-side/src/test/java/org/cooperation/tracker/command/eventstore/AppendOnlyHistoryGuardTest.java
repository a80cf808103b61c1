package org.cooperation.tracker.command.eventstore;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.cooperation.tracker.command.CommandSideApplication;
import org.cooperation.tracker.testing.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@code prod} profile refuses to run the command side as a role that could rewrite
 * the event store, as a deployment that kept one role for the migrations and the
 * application would; as the application's role it starts.
 */
class AppendOnlyHistoryGuardTest {

	private static final TestPostgres.Database DATABASE = TestPostgres.newDatabase();

	@Test
	void prodRefusesToRunAsTheTablesOwner() {
		assertThatThrownBy(() -> start(TestPostgres.OWNER).close())
			.hasStackTraceContaining("the prod profile refuses to start: the database role '" + TestPostgres.OWNER
					+ "' may UPDATE, DELETE, TRUNCATE, setval the event store");

		try (ConfigurableApplicationContext prod = start(TestPostgres.APPLICATION)) {
			assertThat(prod.isActive()).isTrue();
		}
	}

	private static ConfigurableApplicationContext start(String role) {
		// Arguments, not default properties: application.properties would win over those.
		return new SpringApplicationBuilder(CommandSideApplication.class).profiles("prod")
			.run("--server.port=0", "--tracker.access.demo-users=false", "--spring.datasource.url=" + DATABASE.url(),
					"--spring.datasource.username=" + role,
					"--spring.datasource.password=" + TestPostgres.ROLE_PASSWORD,
					"--spring.flyway.user=" + TestPostgres.OWNER,
					"--spring.flyway.password=" + TestPostgres.ROLE_PASSWORD);
	}

}
