package org.cooperation.tracker.query.access;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.cooperation.tracker.query.health.CommandSideTables;
import org.cooperation.tracker.testing.TestPostgres;

/**
 * The query side serving real HTTP on its own database, with the user accounts the
 * command side would have made (an official and an admin, {@code demo-<name>}); the rate
 * limits are out of the way. Subclasses share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tracker.access.rate-limit.per-minute=600000", "tracker.access.rate-limit.burst=10000",
				"tracker.access.failed-sign-ins.burst=10000" })
abstract class QuerySideOverHttp {

	private static final TestPostgres.Database DATABASE = TestPostgres.newDatabase();

	static {
		CommandSideTables.create(DATABASE.url(), DATABASE.user(), DATABASE.password());
	}

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcTemplate jdbc;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		DATABASE.registerAsDataSource(registry);
	}

}
